package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Alias;

class AliasMatcherTest {
  private static Alias alias(String id, String text) {
    return new Alias(id, text, "alias", false, false, false);
  }

  /** "start-end:surface" of each candidate, in order. */
  private static List<String> spans(AliasMatcher m, String text, boolean ignoreCase) {
    return m.find(text, ignoreCase).stream().map(c -> c.start() + "-" + c.end() + ":" + c.surface()).toList();
  }

  @Test
  void keepsTheLongestThenTheLeftmostOfOverlappingCandidates() {
    AliasMatcher m = new AliasMatcher(List.of(alias("country:PNG", "Papua New Guinea"),
        alias("country:GIN", "Guinea"), alias("x:ny", "New York"), alias("x:yc", "York City")));
    // "Papua New Guinea" (0-16) hides the "Guinea" inside it; the second "Guinea" is 21-27
    assertEquals(List.of("0-16:Papua New Guinea", "21-27:Guinea"),
        spans(m, "Papua New Guinea and Guinea", false));
    // "New York" (0-8, 8 chars) and "York City" (4-13, 9 chars) overlap: the longer one wins
    assertEquals(List.of("4-13:York City"), spans(m, "New York City", false));
  }

  @Test
  void matchesWholeWordsOnlyWithAPossessiveAsABoundary() {
    AliasMatcher m = new AliasMatcher(List.of(alias("country:IRN", "Iran")));
    // "Tirana" (0-6) holds "iran" at 1, inside a word; "Iran's": "Iran" at 11-15
    assertEquals(List.of("11-15:Iran"), spans(m, "Tirana and Iran's", false));
  }

  @Test
  void checksTheCaseOfCaseSensitiveAliasesUnlessTold() {
    AliasMatcher m = new AliasMatcher(List.of(new Alias("country:USA", "US", "abbreviation", true, false, false)));
    // "us" (5-7) is the pronoun, "US" (13-15) the country
    assertEquals(List.of("13-15:US"), spans(m, "tell us, the US", false));
    assertEquals(List.of("5-7:us", "13-15:US"), spans(m, "tell us, the US", true));
  }

  @Test
  void mapsSpansBackThroughCollapsedSpacesHyphensAndPrefixes() {
    AliasMatcher m = new AliasMatcher(List.of(alias("leader:kju", "Kim Jong Un"),
        new Alias("topic:nukes", "nuclear weapon", "phrase", false, false, true)));
    // folded "kim jong un" comes from "Kim  Jong\u2010Un": 3 + 2 spaces + 4 + hyphen + 2 = 12 chars;
    // "nuclear weapon" continues to the end of its word: "nuclear weapons" at 17-32
    assertEquals(List.of("0-12:Kim  Jong\u2010Un", "17-32:nuclear weapons"),
        spans(m, "Kim  Jong\u2010Un and nuclear weapons.", false));
  }

  @Test
  void findsChildrenOfBranchingAndNarrowNodesWhetherASCIIOrNot() {
    // after "x" the trie branches nine ways (a to h, o-slash): that node has a table of its ASCII
    // children; "\u00f8" folds to itself (NFD leaves it whole), so it is looked up beside the table.
    // After "y" it branches two ways (a, o-slash): both are looked up in its short list.
    List<Alias> aliases = new java.util.ArrayList<>();
    for (char c = 'a'; c <= 'h'; c++) {
      aliases.add(alias("x:" + c, "X" + c));
    }
    aliases.addAll(List.of(alias("x:o", "X\u00f8"), alias("y:a", "Ya"), alias("y:o", "Y\u00f8")));
    AliasMatcher m = new AliasMatcher(aliases);
    // "Xd" at 0-2, "Xz" is no alias, "X\u00f8" at 6-8, "xh" at 9-11 (aliases are matched in any case),
    // "Y\u00f8" at 12-14, "Yb" is no alias, "ya" at 18-20
    assertEquals(List.of("0-2:Xd", "6-8:X\u00f8", "9-11:xh", "12-14:Y\u00f8", "18-20:ya"),
        spans(m, "Xd Xz X\u00f8 xh Y\u00f8 Yb ya", false));
  }

  @Test
  void findsEveryKindOfStartThatTheFirstWordFilterMustLetThrough() {
    // The trie is walked only from words that are some key's first word, or that begin with a
    // one-word prefix key: each kind of start below must still match.
    AliasMatcher m = new AliasMatcher(List.of(
        new Alias("topic:trade", "tariff", "phrase", false, false, true), // one word, prefix: "tariffs"
        new Alias("topic:war", "trade war", "phrase", false, false, true), // two words, prefix on the last
        alias("x:us", "U.S."), // first word "u", ended by a character that is not a word character
        alias("x:abc", "Abc"))); // one word, whole words only
    // "Tariffs" 0-7 ("Tariffs rose, " is 14 characters); "trade warriors" 14-28 (14 + 14);
    // "met; " ends at 34, so "U.S." is 34-38; "and " ends at 43: "Abc" 43-46. "Abcd" (48-52) is
    // longer than "Abc", and the "tariff" in "Pretariff" (54-63) is inside a word: no match
    String text = "Tariffs rose, trade warriors met; U.S. and Abc, Abcd, Pretariff";
    assertEquals(List.of("0-7:Tariffs", "14-28:trade warriors", "34-38:U.S.", "43-46:Abc"), spans(m, text, false));
  }

  @Test
  void walksFromCharactersThatAreNotWordCharactersWhenAKeyBeginsWithOne() {
    // ".net" begins with '.', which starts no word: such keys are walked from every start that
    // follows a character that is not a word character (here the space before ".net" at 4)
    AliasMatcher m = new AliasMatcher(List.of(alias("x:net", ".net"), alias("x:dot", "dot")));
    // "use .net, dot" : ".net" 4-8, "dot" 10-13; "a.net" has '.' after a word character: no match
    assertEquals(List.of("4-8:.net", "10-13:dot"), spans(m, "use .net, dot a.net", false));
  }
}
