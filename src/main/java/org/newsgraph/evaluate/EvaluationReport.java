package org.newsgraph.evaluate;

import java.util.List;
import java.util.Map;

/** The evaluation's console summary and its markdown report (docs/evaluation.md). */
public final class EvaluationReport {
  static final String COMMAND = "jobs/newsgraph evaluate --gold reuters21578 --data ../shared/data/reuters21578"
      + " --report docs/evaluation.md";

  private EvaluationReport() {
  }

  public static String summary(ReutersEvaluation.Result r) {
    ReutersEvaluation.Counts c = r.focusCountries().micro();
    ReutersEvaluation.Counts m = r.countries().micro();
    return String.format("[newsgraph] countries (all mentioned): micro P %.4f R %.4f F1 %.4f%n"
            + "[newsgraph] countries (focus): micro P %.4f R %.4f F1 %.4f; macro F1 %.4f"
            + " (tp %d, fp %d, fn %d)%n[newsgraph] leaders: recall %.4f (%d of %d); mentions whose"
            + " person is labelled %.4f; %.1f s%n",
        m.precision(), m.recall(), m.f1(),
        c.precision(), c.recall(), c.f1(), r.focusCountries().macroF1(), c.tp(), c.fp(), c.fn(),
        r.leaders().recall(), r.leaders().found(), r.leaders().gold(),
        share(r.leaders().mentionsLabelled(), r.leaders().mentions()), r.seconds())
        + String.format("[newsgraph] written as a dump (headline first in the text): focus F1 %.4f, all mentioned P %.4f%n",
        r.dumpFocusCountries().micro().f1(), r.dumpCountries().micro().precision());
  }

  public static String markdown(ReutersEvaluation.Result r, String gazetteerVersion) {
    return markdown(r, gazetteerVersion, false);
  }

  /**
   * The report; with {@code snippets} the confusion listings quote the stories (for a file under
   * target/, never committed: Reuters-21578 is for research use only).
   */
  public static String markdown(ReutersEvaluation.Result r, String gazetteerVersion, boolean snippets) {
    StringBuilder b = new StringBuilder();
    ReutersEvaluation.Counts c = r.countries().micro();
    b.append("## Reuters-21578 (countries by focus, leaders)\n\n");
    b.append("```\n").append(COMMAND).append("\n```\n\n");
    b.append("`../shared/data/reuters21578` holds the original SGML of Reuters-21578, Distribution 1.0\n");
    b.append("(research use only; it is read at run time and never copied into the repository). The command\n");
    b.append("parses every `reut2-*.sgm` file (Latin-1; control-character entities such as `&#2;` dropped),\n");
    b.append("builds each story's text as a wire story begins (the DATELINE, then the BODY; the TITLE is the\n");
    b.append("title), dates it by the day of its DATE element (`26-FEB-1987 15:01:01.79` -> 1987-02-26), and runs\n");
    b.append("the same `MentionExtractor` the Spark job wraps, in plain Java. Gazetteer version `")
        .append(gazetteerVersion).append("`; ").append(r.articles()).append(" articles in ")
        .append(String.format("%.1f", r.seconds())).append(" s (all variants below included).\n\n");

    b.append("### Countries\n\n");
    b.append("Gold: the PLACES labels, mapped to gazetteer ids by `src/main/resources/evaluation/reuters21578_places.tsv`\n");
    b.append("(all 175 legal labels; historical ones such as ussr, west-germany, east-germany, czechoslovakia,\n");
    b.append("zaire included). Found: the set of countries with a mention of entity type `country` in the title or\n");
    b.append("text, by any method; a leader's country (`country_of`) is not a country mention. Countries no label\n");
    b.append("can name (e.g. Palestine) are left out of the scoring (").append(r.countries().outsideVocabulary())
        .append(" such mentions).\n\n");
    b.append("| articles | P | R | F1 | macro P | macro R | macro F1 | tp | fp | fn |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|\n");
    row(b, "**focus countries**, all " + r.articles(), r.focusCountries());
    row(b, "all mentioned countries, all " + r.articles(), r.countries());
    row(b, "all mentioned, the " + r.articlesWithCountries() + " with a country label", r.countriesLabelledOnly());
    row(b, "**focus countries**, written as a dump (headline as the text's first line)", r.dumpFocusCountries());
    row(b, "all mentioned countries, written as a dump", r.dumpCountries());
    b.append("\n\"Written as a dump\": many dumps have no title field and put the headline on the text's first\n");
    b.append("line, the dateline on the second; the title then no longer marks a focus country by itself, and the\n");
    b.append("dateline must be found after the headline line.\n");
    b.append("\nMicro: over all (article, country) pairs. Macro: the mean over the country labels that occur in\n");
    b.append("the gold (a label never predicted has precision 0).\n\n");
    b.append("The PLACES labels name the countries a story is *about* (README.txt: \"the entity was required to\n");
    b.append("be a focus of the news story\"), not every country it names. The headline figure therefore compares\n");
    b.append("them with the article's focus countries (`org.newsgraph.annotate.ArticleEntities`, the focus column of `article_entities`): those named in\n");
    b.append("the title or the dateline, or mentioned at least ").append(org.newsgraph.annotate.ArticleEntities.MIN_MENTIONS)
        .append(" times. That threshold was chosen on this corpus\n");
    b.append("(micro-F1 with 2: 0.889, 3: 0.901, 5: 0.902; adding the text's first sentence as a focus: 0.875 with 2),\n");
    b.append("so the focus figure is tuned on its own test data by one parameter. The second row scores every\n");
    b.append("mentioned country, which is what the `mentions` table holds.\n\n");

    long gold = r.goldCountries();
    double ceilingR = share(r.evidenceForGold(), gold);
    b.append("#### The ceiling\n\n");
    b.append(String.format("Of the %d gold country labels, %d (%.1f%%) have any evidence in the text at all: a country%n",
        gold, r.evidenceForGold(), 100 * ceilingR));
    b.append("mention the rules found (dateline regions included), an alias of the country of any method\n");
    b.append("(cities included) ignoring case and ambiguity, or the full name of one of its leaders. The other\n");
    b.append("labels were assigned from knowledge outside the text (a company's home country, a town the\n");
    b.append("gazetteer does not list, an indexer's judgement), so no matcher of this gazetteer can find them:\n");
    b.append(String.format("recall is bounded by %.3f, and with perfect precision F1 by %.3f. The limit is precision:%n",
        ceilingR, ceilingR == 0 ? 0 : 2 * ceilingR / (1 + ceilingR)));
    b.append("the indexers label only the countries a story is about, and deciding which of the countries a\n");
    b.append("story names it is about is a judgement the focus rule approximates (see the confusion listings).\n");
    b.append("Also, a country named in passing is a false positive against these labels although the mention\n");
    b.append("itself is right; and some labels are wrong (story 1, datelined SALVADOR, Brazil, is labelled\n");
    b.append("el-salvador).\n\n");

    b.append("#### What each rule contributes\n\n");
    b.append("\"without X mentions\" drops the country mentions found by method X after resolution (a country\n");
    b.append("still counts when another method found it too); \"rule X off\" reruns the extractor with that\n");
    b.append("rule disabled (`MentionExtractor.Rule`): dateline, context (name-like contexts and context\n");
    b.append("phrases), dated countries (Moscow in 1987 is the Soviet Union), capitals headline (headlines in\n");
    b.append("capitals matched without the case check).\n\n");
    b.append("| variant | focus P | focus R | focus F1 | all mentioned P | all mentioned R | all mentioned F1 |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, ReutersEvaluation.CountryScores> e : r.ablation().entrySet()) {
      ReutersEvaluation.Counts k = e.getValue().micro();
      ReutersEvaluation.Counts f = r.ablationFocus().get(e.getKey()).micro();
      b.append(String.format("| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", e.getKey(), f.precision(),
          f.recall(), f.f1(), k.precision(), k.recall(), k.f1()));
    }
    b.append("\nMentions by entity type and method (all articles):\n\n| type / method | mentions |\n|---|---|\n");
    r.mentionsByMethod().forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));

    b.append("\n### Leaders\n\n");
    ReutersEvaluation.LeaderScores l = r.leaders();
    b.append("Gold: the PEOPLE labels of people who were a head of state or government (or the de facto\n");
    b.append("leader) on the article's date, listed with their days in `src/main/resources/evaluation/reuters21578_people.tsv`;\n");
    b.append("the other PEOPLE labels (finance ministers, central bankers, officials) are not leaders and not\n");
    b.append("scored. A label is found when the article has a mention of the gazetteer leader with a role in\n");
    b.append("that country on that date and that surname (any method: name, surname, coreference, title).\n\n");
    b.append("| measure | value |\n|---|---|\n");
    b.append(String.format("| recall | %.4f (%d of %d labels) |%n", l.recall(), l.found(), l.gold()));
    b.append(String.format("| labels whose person the gazetteer lacks on that date | %d |%n", l.unknownToGazetteer()));
    b.append(String.format("| leader mentions whose person is in the article's PEOPLE labels | %.4f (%d of %d) |%n",
        share(l.mentionsLabelled(), l.mentions()), l.mentionsLabelled(), l.mentions()));
    b.append(String.format("| the same, articles with at least one PEOPLE label only | %.4f (%d of %d) |%n",
        share(l.mentionsLabelled(), l.mentionsInLabelledArticles()), l.mentionsLabelled(), l.mentionsInLabelledArticles()));
    b.append(String.format("| distinct (article, leader) pairs whose person is labelled | %.4f (%d of %d) |%n",
        share(l.pairsLabelled(), l.pairs()), l.pairsLabelled(), l.pairs()));
    b.append(String.format("| the same, articles with at least one PEOPLE label only | %.4f (%d of %d) |%n",
        share(l.pairsLabelled(), l.pairsInLabelledArticles()), l.pairsLabelled(), l.pairsInLabelledArticles()));
    b.append(String.format("| unresolved title mentions (entity type `title`) | %d |%n", r.unresolvedTitles()));
    b.append("\nPEOPLE labels are sparse (about 5% of the stories) and name only the people a story is about,\n");
    b.append("so the share of leader mentions with a label is a floor of precision, not precision.\n\n");

    b.append("### Confusion listings\n\n");
    listing(b, "Focus countries found but not labelled (false positives), most frequent first", r.falsePositives(),
        "example mention", snippets);
    listing(b, "Country labels not among the focus countries (false negatives)", r.falseNegatives(),
        "example story (title | text)", snippets);
    listing(b, "Leader labels not found", r.missedLeaders(), "example story (title | text)", snippets);
    listing(b, "Leaders found in articles with PEOPLE labels that do not list them", r.unexpectedLeaders(),
        "example mention", snippets);
    if (snippets) {
      b.append("Snippets are short quotations of Reuters-21578 stories (research use), shown for error analysis.\n");
    } else {
      b.append("`article` is the story's NEWID. The same listings with a quoted example of each row are written by\n");
      b.append("the command to `target/evaluation/confusion-with-snippets.md`; they are not committed, since\n");
      b.append("Reuters-21578 is for research use only.\n");
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String label, ReutersEvaluation.CountryScores s) {
    ReutersEvaluation.Counts c = s.micro();
    b.append(String.format("| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %d | %d | %d |%n", label,
        c.precision(), c.recall(), c.f1(), s.macroP(), s.macroR(), s.macroF1(), c.tp(), c.fp(), c.fn()));
  }

  private static void listing(StringBuilder b, String title, List<ReutersEvaluation.Confusion> rows, String what,
                              boolean snippets) {
    b.append("#### ").append(title).append("\n\n| id | count | article |").append(snippets ? " " + what + " |" : "")
        .append("\n|---|---|---|").append(snippets ? "---|" : "").append("\n");
    for (ReutersEvaluation.Confusion c : rows) {
      b.append("| ").append(c.id()).append(" | ").append(c.count()).append(" | ").append(c.articleId()).append(" |");
      if (snippets) {
        b.append(" ").append(c.example().replace("|", "\\|")).append(" |");
      }
      b.append("\n");
    }
    b.append("\n");
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
