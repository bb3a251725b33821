package org.newsgraph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data behind the resolution rules that is not about one entity: title phrases and the offices
 * they name ({@code office_titles.tsv}), phrases that hide or assert a country
 * ({@code context_phrases.tsv}) and dateline regions ({@code dateline_regions.tsv}). Kept apart from
 * {@link Gazetteer} so the entity files stay as they are; bundled on the classpath, immutable and
 * serialisable.
 *
 * @param officesByTitle folded title phrase -> offices in order ("*" = the country's leader)
 * @param contextPhrases phrases as aliases: entity {@code none:} when they name no country
 * @param regionCountry  folded dateline region -> country id
 * @param nameWords      words that make a place part of a longer name ({@code name_words.tsv}):
 *                       word as written -> "organisation" or "government" and its position
 */
public record ResolutionData(Map<String, List<String>> officesByTitle, List<Alias> contextPhrases,
                             Map<String, String> regionCountry, Map<String, NameWord> nameWords)
    implements Serializable {

  /** A word of {@code name_words.tsv}: whether it names a body of the state, and where it stands. */
  public record NameWord(boolean government, boolean before, boolean after) implements Serializable {
  }

  /** Entity-id prefix of title phrases in the alias matcher ({@code title:president}). */
  public static final String TITLE = "title";
  /** Entity-id prefix of context phrases that name no entity ({@code none:New Mexico}). */
  public static final String NONE = "none";

  public static ResolutionData loadBundled() {
    Map<String, List<String>> titles = new LinkedHashMap<>();
    for (GazetteerLoader.Row r : table("office_titles.tsv").rows()) {
      titles.put(fold(r.required("title")), r.list("offices"));
    }
    List<Alias> phrases = new ArrayList<>();
    for (GazetteerLoader.Row r : table("context_phrases.tsv").rows()) {
      String country = r.get("country_id");
      String phrase = r.required("phrase");
      phrases.add(new Alias(country.isEmpty() ? NONE + ":" + phrase : EntityIds.country(country),
          phrase, "alias", r.list("flags").contains("case"), false, false));
    }
    Map<String, String> regions = new LinkedHashMap<>();
    for (GazetteerLoader.Row r : table("dateline_regions.tsv").rows()) {
      regions.put(fold(r.required("region")), r.required("country_id"));
    }
    Map<String, NameWord> words = new LinkedHashMap<>();
    for (GazetteerLoader.Row r : table("name_words.tsv").rows()) {
      String kind = r.required("kind");
      String position = r.required("position");
      if (!kind.equals("organisation") && !kind.equals("government")
          || !List.of("before", "after", "both").contains(position)) {
        throw new GazetteerException("gazetteer/name_words.tsv: word '" + r.required("word")
            + "' needs kind organisation|government and position before|after|both");
      }
      words.put(r.required("word"), new NameWord(kind.equals("government"), !position.equals("after"),
          !position.equals("before")));
    }
    return new ResolutionData(Collections.unmodifiableMap(titles), List.copyOf(phrases),
        Collections.unmodifiableMap(regions), Collections.unmodifiableMap(words));
  }

  /** Title phrases as aliases for the matcher: entity {@code title:<phrase>}, any case. */
  public List<Alias> titleAliases() {
    List<Alias> out = new ArrayList<>();
    for (String t : officesByTitle.keySet()) {
      out.add(new Alias(TITLE + ":" + t, t, TITLE, false, false, false));
    }
    return out;
  }

  /** Lower case, dots kept, white space folded: the key of titles and regions. */
  public static String fold(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]+", " ").trim();
  }

  private static GazetteerLoader.Table table(String file) {
    String name = "/gazetteer/" + file;
    try (InputStream in = ResolutionData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new GazetteerException("bundled file " + name + " is missing from the classpath");
      }
      return GazetteerLoader.Table.parse("gazetteer/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + name + ": " + e.getMessage());
    }
  }
}
