package org.newsgraph.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.EntityIds;

/**
 * The gold sets written by others that {@code evaluate} reads besides Reuters-21578: where each
 * lives under {@code ../shared/data}, its reader, and which scorer of {@link SpanEvaluation} judges
 * it with which classes.
 */
final class GoldSets {
  /** GeoVirus pages mapped to countries: src/tools/evaluate/geovirus_countries.py writes it. */
  static final String GEOVIRUS_PAGES = "/evaluation/geovirus_page_countries.tsv";

  private GoldSets() {
  }

  static String folder(String gold) {
    return switch (gold) {
      case "reuters21578", "reuters21578-topics" -> "reuters21578";
      case "huffpost" -> "huffpost-news-category-sample";
      case "conll2003" -> "conll2003-dev";
      case "geowebnews", "geovirus" -> "geoparsing-dev";
      case "newsfair" -> "elevant-news-fair-dev";
      default -> throw new IllegalArgumentException(gold);
    };
  }

  static String title(String gold) {
    return switch (gold) {
      case "conll2003" -> "CoNLL-2003 dev (eng.testa): countries and leaders by span class";
      case "geowebnews" -> "GeoWebNews: country mentions by toponym type";
      case "geovirus" -> "GeoVirus: the country of each location";
      case "newsfair" -> "News-Fair: leaders and countries by Wikidata id";
      case "reuters21578-topics" -> "Reuters-21578 TOPICS: the topics an article is about";
      case "huffpost" -> "HuffPost categories: the topic of a headline and its abstract";
      default -> throw new IllegalArgumentException(gold);
    };
  }

  static String about(String gold) {
    return switch (gold) {
      case "conll2003" -> "216 Reuters stories of 1996 with PER/LOC/ORG/MISC spans. Each story is written as a dump"
          + " writes it: the tokens joined with ordinary spacing, a sentence a line, so the headline is the first"
          + " line and the dateline (\"LONDON 1996-08-30\") the second; the date is the dateline's. A country mention"
          + " is right on a LOC or MISC span (demonyms are MISC) and wrong on ORG (a club named after its city,"
          + " \"British Airways\"), PER or no span; there is no linking, so whether \"Moscow\" means Russia is not"
          + " judged here.";
      case "geowebnews" -> "200 web news articles of 2018 whose toponyms carry a pragmatic type (Gritta et al.)."
          + " Title and text are read as the job reads them; dated by the link's /yyyy/mm/dd/ where it has one."
          + " A country mention on a Homonym span (a place name used for something else) is wrong; every other"
          + " class counts as right, since \"the White House announced\" (Embedded_Non_Lit, Non_Toponym) rightly"
          + " counts as the United States. The precision here is an upper bound: mentions on no span are counted"
          + " wrong, but the gold labels no organisation names. Still short of the target (no country mention on"
          + " a Homonym span): 5 mentions, all of two kinds the listing below shows. One is \"Iceland\", a supermarket"
          + " chain named after the country, written with a singular verb (\"Iceland has released\") or a possessive;"
          + " the plural-verb rule (\"Iceland have announced\": a team or a company) catches one of the 4. The"
          + " other is a person named Chicago in a list of first names. Telling a brand from its country without"
          + " a plural verb needs knowledge of the brand (a list of organisations named after countries, e.g. from"
          + " Wikidata) that the gazetteer does not have yet.";
      case "geovirus" -> "229 WikiNews articles on epidemics, every location with its Wikipedia page. A page's"
          + " country comes from `src/main/resources/evaluation/geovirus_page_countries.tsv`, written by"
          + " `src/tools/evaluate/geovirus_countries.py` (a page that is a country by the gazetteer's names, else"
          + " the GeoNames place nearest its coordinates, offline). Undated (the job knows no date for them).";
      case "newsfair" -> "40 general news articles of 2007-2020 from ELEVANT, every mention in three paragraphs"
          + " linked to Wikidata (\"the Prime Minister\" as a coreference span). The text is read as a dump writes"
          + " it, headline first; the date is the title's. Only mentions inside the labelled paragraphs are"
          + " scored. Small: the figures move by several points per error.";
      case "reuters21578-topics" -> "The stories of Reuters-21578 that carry at least one TOPICS label, read as"
          + " for the country evaluation (title, then dateline and body). Ten topics are scored, each with the"
          + " TOPICS labels that fall within it (`src/main/resources/evaluation/topic_labels.tsv`, a reason per"
          + " row). Ten labels mean what the topic means (kind `same`: crude -> oil, trade, interest ->"
          + " interest_rates, grain -> agriculture, ship -> maritime, money-fx -> finance_markets, cpi ->"
          + " inflation, gnp -> economy, jobs -> labour, nat-gas -> natural_gas); 99 more name a part of what"
          + " the topic's description in topics.tsv covers (kind `within`, from Lewis' list of the 135 TOPICS"
          + " codes: the farm commodities sugar, coffee, wheat, cattle, palm-oil ... -> agriculture, \"Farming,"
          + " crops, livestock\"; the 27 currency codes dlr, yen, stg ... -> finance_markets, \"currency"
          + " markets\"; money-supply -> interest_rates, \"monetary policy\"; wpi -> inflation, \"producer"
          + " prices\"; ipi, cpu, lei -> economy, \"output, outlook\"; heat, fuel, gas, jet, naphtha -> oil,"
          + " \"refined products\"). A story whose labels are all others (earn, acq, ...) is scored with none"
          + " of the ten, so finding one there is wrong. A story carries every subject that applies, several at"
          + " times. The focus topics are those of `article_entities.focus`. Target (issue 20): focus micro-F1"
          + " >= 0.75, from 0.49 with the phrases alone (measured with the ten `same` labels). The figures below"
          + " are dev figures: the cues of `topic_cues.tsv` and their weights were revised by reading this"
          + " listing. With the ten `same` labels alone (`same_labels_*`) a story on sugar, coffee or cattle,"
          + " which carries its commodity's label and not grain, is scored without agriculture, so finding"
          + " agriculture there counts as wrong; that reading gave 0.70 before the commodity cues and gives"
          + " 0.68 with them (the cues find agriculture in exactly those stories). The `within` rows were"
          + " added after the error listing showed that class (sugar, coffee, cattle stories; yen and money"
          + " supply stories): they follow the topics' descriptions, not which label scores better, and every"
          + " farm, currency and refined-oil code is mapped, whether or not the job finds it. Tried and not"
          + " kept (with the ten labels): a focus threshold scaled by 0.75 to 1.25 (micro-F1 0.702 to 0.703)"
          + " and focus only for topics weighing at least a third to two thirds of the article's strongest"
          + " (0.697 to 0.708).";
      case "huffpost" -> "HuffPost News Category slices (v3 first 10,000 and v2 first 4,782 records, links seen twice"
          + " read once): the headline as title, the abstract as text, one editor's category each. Categories"
          + " that mean one topic are mapped (`src/main/resources/evaluation/topic_labels.tsv`: CRIME, SPORTS,"
          + " TECH, EDUCATION, RELIGION, ENVIRONMENT, WELLNESS, MEDIA and their older names); only the records"
          + " of mapped categories are scored, and only the mapped topics (a POLITICS record says nothing about"
          + " whether it is about crime). Headline plus abstract is one or two sentences, so a focus topic here"
          + " is mostly one in the headline. Target (issue 20): macro-F1 >= 0.60, from 0.27 (focus) and 0.33"
          + " (mentioned) with the phrases alone. With the cues the focus topics reached 0.55: a cue weighing 1"
          + " in the one sentence of an abstract was under the focus threshold, which is set for stories of many"
          + " sentences. A cue in a text of fewer than three sentences now weighs 3 / sentences times as much"
          + " (the threshold follows from three mentions, which a shorter text cannot hold; scaling by 2 /"
          + " sentences was also measured: macro-F1 0.608, precision 0.768). Records on COVID-19 labelled"
          + " WELLNESS are found as pandemic, a narrower topic of health, and count as missed here.";
      default -> throw new IllegalArgumentException(gold);
    };
  }

  static List<GoldArticle> read(String gold, Path dir) throws IOException {
    return switch (gold) {
      case "conll2003" -> Conll2003Corpus.read(dir);
      case "geowebnews" -> GeoparsingCorpus.readGeoWebNews(dir);
      case "geovirus" -> GeoparsingCorpus.readGeoVirus(dir);
      case "newsfair" -> NewsFairCorpus.read(dir);
      default -> throw new IllegalArgumentException(gold);
    };
  }

  static GoldScores score(String gold, SpanEvaluation scorer, List<GoldArticle> articles) {
    return switch (gold) {
      case "conll2003" -> scorer.typed(gold, articles, Set.of("LOC", "MISC"), "PER", "LOC", Set.of("ORG", "PER"));
      case "geowebnews" -> scorer.typed(gold, articles, Set.of("Literal", "Metonymic", "Demonym", "Mixed",
              "Literal_Modifier", "Non_Literal_Modifier", "Coercion", "Embedded_Literal", "Embedded_Non_Lit",
              "Non_Lit_Expression", "Literal_Expression", "Non_Toponym", "Language"), null, "Literal",
          Set.of("Homonym"));
      case "geovirus" -> {
        Map<String, String> countryOf = new HashMap<>();
        Set<String> countryLevel = new HashSet<>();
        readPages(countryOf, countryLevel);
        yield scorer.linked(gold, articles, countryOf, countryLevel, false, null);
      }
      case "newsfair" -> {
        Map<String, String> countryOf = new HashMap<>();
        for (GoldArticle a : articles) {
          for (GoldArticle.Span sp : a.spans()) {
            String c = scorer.countryOfWikidata(sp.ref());
            if (c != null) {
              countryOf.put(sp.ref(), c);
            }
          }
        }
        yield scorer.linked(gold, articles, countryOf, countryOf.keySet(), true, "Q215627");
      }
      default -> throw new IllegalArgumentException(gold);
    };
  }

  /** page -> country entity id, and the pages that are countries themselves. */
  static void readPages(Map<String, String> countryOf, Set<String> countryLevel) {
    for (String[] f : resourceRows(GEOVIRUS_PAGES)) {
      if (f.length >= 3 && !f[1].isEmpty()) {
        countryOf.put(f[0], EntityIds.country(f[1]));
        if (f[2].equals("country")) {
          countryLevel.add(f[0]);
        }
      }
    }
  }

  /** The rows of a bundled TSV resource of the evaluation: '#' comments and blank lines skipped, then the header. */
  static List<String[]> resourceRows(String resource) {
    List<String[]> rows = new java.util.ArrayList<>();
    try (InputStream in = GoldSets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
