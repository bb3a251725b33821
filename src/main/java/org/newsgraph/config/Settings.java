package org.newsgraph.config;

import java.util.List;

/**
 * Every setting of newsgraph, each with its default beside it. Precedence when resolved:
 * command line ({@code --set key=value} and the named options) &gt; {@code --config FILE} &gt;
 * {@code jobs/newsgraph.properties} (passed by the launcher as a config file) &gt; the defaults here.
 */
public final class Settings {
  private Settings() {
  }

  public static final List<String> GRANULARITIES = Granularity.ids();

  public static final Setting<List<String>> INPUT_PATHS = new Setting<>(
      "input.paths", "", "comma-separated files, directories or globs (local, hdfs://, s3a://)",
      "Article dumps to read.", Setting.list());

  public static final List<String> INPUT_FORMATS = List.of("auto", "jsonl", "json", "csv", "tsv", "parquet",
      "text", "warc");

  public static final Setting<String> INPUT_FORMAT = new Setting<>(
      "input.format", "auto", "one of " + INPUT_FORMATS,
      "Format of the dumps. auto: by each file's extension (.jsonl/.ndjson/.json, .csv, .tsv, .parquet,"
          + " .warc/.warc.gz, .txt or none = text; .gz/.bz2 are decompressed). jsonl and json: JSON Lines"
          + " or one JSON array of objects; csv/tsv: a header row, quoted multi-line fields; parquet;"
          + " text: one article per file; warc: HTML response records (Common Crawl News).",
      Setting.oneOf(INPUT_FORMATS));

  public static final Setting<String> OUTPUT_DIR = new Setting<>(
      "output.dir", "out", "a directory path or URI",
      "Root of the output tables; each table is a folder below it (a Delta Lake table). Reruns replace"
          + " what they wrote; _manifest.json names the table versions of the last finished run.",
      Setting.nonEmpty());

  public static final Setting<Double> RETAIN_HOURS = new Setting<>(
      "output.retain_hours", "0", "a number >= 0",
      "After a finished run, the files of table versions it replaced are removed once older than this"
          + " (Delta VACUUM). 0: only the current version stays, so a plain Parquet reader of a table folder"
          + " reads exactly it; more keeps older versions for time travel (read them with Delta, not as"
          + " plain Parquet).", Setting.doubleAtLeast(0));

  public static final Setting<Boolean> OUTPUT_ALLOW_FOREIGN_FILES = new Setting<>(
      "output.allow_foreign_files", "false", "true or false",
      "Write into an output folder that already holds files newsgraph did not write (no _newsgraph_output"
          + " marker, no _manifest.json); false refuses such a folder. Either way a folder named like one of"
          + " the tables must hold only Spark table files, and the other files are left as they are.",
      Setting.bool());

  public static final Setting<Boolean> APPEND = new Setting<>(
      "output.append", "false", "true or false",
      "run only (--append): add the input's articles to the output's tables instead of replacing them."
          + " Ids already stored are duplicate_id rejects; duplicates are found against everything stored;"
          + " co-occurrence and trends are recomputed for the periods the new articles fall in (docs/running.md)."
          + " On an output without tables it is a full run.",
      Setting.bool());

  public static final Setting<Boolean> OUTPUT_BREAK_STALE_LOCK = new Setting<>(
      "output.break_stale_lock", "false", "true or false",
      "Take over the output root's lock (_newsgraph.lock) when its holder is a process of this host that"
          + " is no longer alive (a killed run); a lock of a live run or of another host is never taken.",
      Setting.bool());

  public static final Setting<Integer> MAX_TEXT_CHARS = new Setting<>(
      "ingest.max_text_chars", "1000000", "a whole number >= 1",
      "Articles with a longer text are rejected with reason 'oversize'.", Setting.intAtLeast(1));

  public static final Setting<String> GAZETTEER_EXTRA_DIR = new Setting<>(
      "gazetteer.extra_dir", "", "empty, or a local directory of TSV files",
      "Extra gazetteer files of the bundled format (countries.tsv, country_aliases.tsv, leaders.tsv,"
          + " leader_roles.tsv, topics.tsv); rows with a known id replace, new ids add.",
      Setting.text());

  public static final Setting<Integer> SNIPPET_CHARS = new Setting<>(
      "annotate.snippet_chars", "80", "a whole number >= 10",
      "Characters of context on each side of a mention in mentions.snippet.",
      Setting.intAtLeast(10));

  public static final Setting<List<String>> GRANULARITY = new Setting<>(
      "cooccur.granularities", "week,month,year,all", "comma-separated subset of " + GRANULARITIES,
      "Periods for which counts and co-occurrence are computed (UTC; week = ISO week).",
      Setting.listOf(GRANULARITIES, false));

  public static final Setting<Integer> MIN_PAIR_COUNT = new Setting<>(
      "cooccur.min_pair_count", "1", "a whole number >= 1",
      "Pairs seen in fewer articles than this in a period are not written.",
      Setting.intAtLeast(1));

  public static final Setting<Double> SIGNIFICANCE_G2 = new Setting<>(
      "cooccur.significance.g2", "10.83", "a number >= 0",
      "G2 (log-likelihood ratio) a pair needs to be flagged significant (10.83 = p < 0.001, 1 df).",
      Setting.doubleAtLeast(0));

  public static final Setting<Integer> SIGNIFICANCE_MIN_COUNT = new Setting<>(
      "cooccur.significance.min_count", "5", "a whole number >= 1",
      "Articles a pair needs (n_ab) to be flagged significant.", Setting.intAtLeast(1));

  public static final Setting<Integer> SIGNIFICANCE_MIN_SOURCES = new Setting<>(
      "cooccur.significance.min_sources", "1", "a whole number >= 1",
      "Distinct sources (articles.source) a pair needs (n_sources) to be flagged significant; 1 = off "
          + "(also for inputs without sources, where n_sources is 0).", Setting.intAtLeast(1));

  public static final Setting<Boolean> FOCUS_ONLY = new Setting<>(
      "cooccur.focus_only", "false", "true or false",
      "Count only the entities each article is about (article_entities.focus: in the title or the dateline,"
          + " or mentioned 3 times or more) in entity_counts, cooccurrence and trends, in both windows;"
          + " false counts every mention.", Setting.bool());

  public static final Setting<String> COOCCUR_TOPICS = new Setting<>(
      "cooccur.topics", "focus", "focus or mentioned",
      "Which taxonomy topics of an article entity_counts, cooccurrence and trends count, in both windows:"
          + " focus, only those it is about (article_entities.focus: cues weighing 3 or more, or one in the"
          + " title); mentioned, every topic a phrase or cue names once (see README, Topics).",
      Setting.oneOf(List.of("focus", "mentioned")));

  public static final Setting<String> FIELD_ID = new Setting<>(
      "input.field.id", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the id; empty: the first of the common names present."
          + " Article id (default names: id, article_id, doc_id, guid, uuid, ...).", Setting.text());

  public static final Setting<String> FIELD_TEXT = new Setting<>(
      "input.field.text", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the text; empty: the first of the common names present."
          + " Article text (default names: text, body, content, article, maintext, full_text, ...).", Setting.text());

  public static final Setting<String> FIELD_TITLE = new Setting<>(
      "input.field.title", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the title; empty: the first of the common names present."
          + " Headline (default names: title, headline, heading, subject).", Setting.text());

  public static final Setting<String> FIELD_URL = new Setting<>(
      "input.field.url", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the url; empty: the first of the common names present."
          + " Article URL (default names: url, link, permalink, uri, href, canonical_url, ...).", Setting.text());

  public static final Setting<String> FIELD_SOURCE = new Setting<>(
      "input.field.source", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the source; empty: the first of the common names present."
          + " Publisher or feed (default names: source, publisher, site, domain, outlet, site_name, ...).", Setting.text());

  public static final Setting<String> FIELD_PUBLISHED = new Setting<>(
      "input.field.published", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the published; empty: the first of the common names present."
          + " Publication date (default names: published, date, published_at, publish_date, pubDate, timestamp, ...).", Setting.text());

  public static final Setting<String> FIELD_LANGUAGE = new Setting<>(
      "input.field.language", "", "empty (auto-detect) or a field/column name",
      "Input field or column holding the language; empty: the first of the common names present."
          + " Language code (default names: language, lang, language_code, locale).", Setting.text());

  public static final Setting<Boolean> TEXT_TITLE_FIRST_LINE = new Setting<>(
      "input.text.title_first_line", "false", "true or false",
      "Text format: the first non-empty line of each file is the title, the rest the text.",
      Setting.bool());

  public static final Setting<String> TEXT_MANIFEST = new Setting<>(
      "input.text.manifest", "manifest.csv", "a file name",
      "Text format: a CSV with a header in a folder of text files, one row per file (column file,"
          + " or filename/file_name/path/name, plus mapped fields) gives metadata to the files of that folder."
          + " A sidecar NAME.json beside NAME.txt wins over it.",
      Setting.nonEmpty());

  public static final Setting<Integer> MAX_RECORD_BYTES = new Setting<>(
      "ingest.max_record_bytes", "67108864", "a whole number >= 1024",
      "A record (a line, a CSV record, a text file, a WARC payload) longer than this many bytes is"
          + " rejected as 'oversize' without being held in memory whole.", Setting.intAtLeast(1024));

  public static final List<String> WINDOWS = Window.ids();

  public static final Setting<List<String>> WINDOW = new Setting<>(
      "cooccur.windows", "article,sentence", "comma-separated subset of " + WINDOWS,
      "Units in which a pair counts once: the article, and/or the sentence (title or text).",
      Setting.listOf(WINDOWS, false));

  public static final Setting<Boolean> NEAR_DUPLICATES = new Setting<>(
      "dedupe.near_duplicates", "true", "true or false",
      "Mark near-duplicate (syndicated, lightly edited) copies with banded MinHash LSH over word shingles,"
          + " verified by exact Jaccard; turn off to save its time (exact duplicates are always marked).",
      Setting.bool());

  public static final Setting<Double> NEAR_DUPLICATE_JACCARD = new Setting<>(
      "dedupe.jaccard", "0.9", "a number in [0.5, 1]",
      "Jaccard similarity of word 3-shingle sets at or above which two articles are near-duplicates.",
      Setting.doubleBetween(0.5, 1.0));

  public static final Setting<Integer> TRENDS_TRAILING_DAY = new Setting<>(
      "trends.trailing.day", "28", "a whole number >= 2",
      "Trailing window of daily trends, in days.", Setting.intAtLeast(2));

  public static final Setting<Integer> TRENDS_TRAILING_WEEK = new Setting<>(
      "trends.trailing.week", "4", "a whole number >= 2",
      "Trailing window of weekly trends, in weeks.", Setting.intAtLeast(2));

  public static final Setting<Integer> TRENDS_TRAILING_MONTH = new Setting<>(
      "trends.trailing.month", "3", "a whole number from 2 to 3",
      "Trailing window of monthly trends, in months.", s -> {
        int v = Setting.intAtLeast(2).apply(s);
        if (v > 3) {
          throw new IllegalArgumentException("it must be at most 3");
        }
        return v;
      });

  public static final Setting<Integer> TRENDS_TRAILING_YEAR = new Setting<>(
      "trends.trailing.year", "3", "a whole number >= 2",
      "Trailing window of yearly trends, in years.", Setting.intAtLeast(2));

  public static final Setting<Double> TRENDS_FDR = new Setting<>(
      "trends.fdr", "0.05", "a number > 0 and < 1",
      "False discovery rate of the rising flags: within each period, rows whose Benjamini-Hochberg"
          + " adjusted p-value (trends.q_value) is at most this are rising.",
      Setting.doubleBetween(1e-9, 0.999999));

  public static final Setting<Integer> TRENDS_MIN_COUNT = new Setting<>(
      "trends.min_count", "3", "a whole number >= 1",
      "Articles an entity or pair needs in the period to be flagged rising.", Setting.intAtLeast(1));

  public static final Setting<Integer> TRENDS_MIN_TOTAL = new Setting<>(
      "trends.min_total", "5", "a whole number >= 1",
      "An entity or pair seen in fewer articles than this in a period and its trailing window together"
          + " gets no trend row for that period.",
      Setting.intAtLeast(1));

  public static final Setting<Boolean> NLP_DATES_ENABLED = new Setting<>(
      "nlp.dates.enabled", "true", "true or false",
      "After ingest, read a publication date from the text of undated articles (date_source none):"
          + " datelines, full dates in the lead (our rules, then Spark NLP MultiDateMatcher); sets date_source text.",
      Setting.bool());

  public static final Setting<String> NLP_DATES_DATELINE_YEAR = new Setting<>(
      "nlp.dates.dateline_year", "", "empty, or a year from 1900 to 2100",
      "Year for datelines that give only month and day ('WASHINGTON, March 3 (Reuters) -'), for a"
          + " dump known to come from one year; empty: such articles stay undated (the year is not in the text).",
      s -> {
        if (!s.isEmpty()) {
          int v = Setting.intAtLeast(1900).apply(s);
          if (v > 2100) {
            throw new IllegalArgumentException("it must be at most 2100");
          }
        }
        return s;
      });

  public static final Setting<Boolean> NLP_TOPICS_ENABLED = new Setting<>(
      "nlp.topics.enabled", "false", "true or false",
      "Optional (off by default, it costs more than the rest of the job together: bench/README.md):"
          + " after annotate, discover topics with Spark NLP terms + LDA (tables topics, article_topics);"
          + " cooccur then counts them as entities of type discovered_topic (article window).", Setting.bool());

  public static final Setting<Integer> NLP_TOPICS_K = new Setting<>(
      "nlp.topics.k", "12", "a whole number >= 2", "Number of topics LDA discovers.", Setting.intAtLeast(2));

  public static final Setting<Integer> NLP_TOPICS_ITERATIONS = new Setting<>(
      "nlp.topics.iterations", "40", "a whole number >= 1", "LDA iterations (online optimizer).",
      Setting.intAtLeast(1));

  public static final Setting<Integer> NLP_TOPICS_VOCABULARY = new Setting<>(
      "nlp.topics.vocabulary_size", "5000", "a whole number >= 10",
      "Most frequent stems kept as the LDA vocabulary.", Setting.intAtLeast(10));

  public static final Setting<Integer> NLP_TOPICS_MIN_DOC_FREQ = new Setting<>(
      "nlp.topics.min_doc_freq", "3", "a whole number >= 1",
      "Articles a stem must appear in to enter the vocabulary.", Setting.intAtLeast(1));

  public static final Setting<Double> NLP_TOPICS_MIN_WEIGHT = new Setting<>(
      "nlp.topics.min_weight", "0.3", "a number in [0.01, 1]",
      "Topic weight an article needs for a row in article_topics (and to count as mentioning the topic).",
      Setting.doubleBetween(0.01, 1.0));

  public static final Setting<Integer> NLP_TOPICS_TOP_TERMS = new Setting<>(
      "nlp.topics.top_terms", "10", "a whole number >= 3", "Terms listed per topic in topics.",
      Setting.intAtLeast(3));

  public static final Setting<Integer> NLP_TOPICS_SEED = new Setting<>(
      "nlp.topics.seed", "7", "a whole number", "Seed of LDA (same data and seed, same topics).",
      Setting.intAtLeast(Integer.MIN_VALUE));

  public static final Setting<Boolean> NLP_KEYWORDS_ENABLED = new Setting<>(
      "nlp.keywords.enabled", "false", "true or false",
      "Optional (off by default, Spark NLP's YAKE costs tens of milliseconds per article: bench/README.md):"
          + " after cooccur, extract keywords per article with Spark NLP YAKE (table keywords) and rank them"
          + " per period (period_keywords) and per significant pair (pair_keywords).", Setting.bool());

  public static final Setting<Integer> NLP_KEYWORDS_PER_ARTICLE = new Setting<>(
      "nlp.keywords.per_article", "10", "a whole number from 1 to 50",
      "Keywords (1 to 3 words) kept per article.", s -> {
        int v = Setting.intAtLeast(1).apply(s);
        if (v > 50) {
          throw new IllegalArgumentException("it must be at most 50");
        }
        return v;
      });

  public static final Setting<Integer> NLP_KEYWORDS_TOP = new Setting<>(
      "nlp.keywords.top", "25", "a whole number >= 1",
      "Keywords kept per period (period_keywords) and per pair and period (pair_keywords).",
      Setting.intAtLeast(1));

  public static final Setting<String> EVALUATE_GOLD = new Setting<>(
      "evaluate.gold", "reuters21578",
      "reuters21578, conll2003, geowebnews, geovirus, newsfair, reuters21578-topics, huffpost",
      "Gold standard the evaluate command scores against (see docs/evaluation.md).",
      Setting.oneOf(List.of("reuters21578", "conll2003", "geowebnews", "geovirus", "newsfair",
          "reuters21578-topics", "huffpost")));

  public static final Setting<String> EVALUATE_DATA_DIR = new Setting<>(
      "evaluate.data_dir", "", "empty, or a local directory",
      "Directory of the gold standard's original files; empty: its folder under ../shared/data"
          + " (reuters21578, conll2003-dev, geoparsing-dev, elevant-news-fair-dev,"
          + " huffpost-news-category-sample).",
      Setting.text());

  public static final Setting<String> EVALUATE_REPORT = new Setting<>(
      "evaluate.report", "", "empty, or a file path",
      "Markdown report the evaluate command writes (docs/evaluation.md); empty: summary on the console only.",
      Setting.text());

  public static final Setting<List<String>> EVALUATE_GUARDS = new Setting<>(
      "evaluate.guards", "", "comma list of figure:minimum",
      "The evaluate command fails (exit code 3) when a named figure of the gold set is below its minimum"
          + " (e.g. country_precision:0.95,leader_recall:0.93; the figures are those of docs/evaluation.md).",
      Setting.list());

  public static final Setting<Double> EVALUATE_MIN_COUNTRY_F1 = new Setting<>(
      "evaluate.min_country_micro_f1", "0", "a number >= 0",
      "The evaluate command fails (exit code 3) when country micro-F1 is below this (a regression guard).",
      Setting.doubleAtLeast(0));

  public static final Setting<Double> EVALUATE_MIN_LEADER_RECALL = new Setting<>(
      "evaluate.min_leader_recall", "0", "a number >= 0",
      "The evaluate command fails (exit code 3) when leader recall is below this (a regression guard).",
      Setting.doubleAtLeast(0));

  /** All settings, in the order the docs list them. */
  public static final List<Setting<?>> ALL = List.of(INPUT_PATHS, INPUT_FORMAT, OUTPUT_DIR, RETAIN_HOURS, APPEND,
      OUTPUT_ALLOW_FOREIGN_FILES, OUTPUT_BREAK_STALE_LOCK,
      MAX_TEXT_CHARS, GAZETTEER_EXTRA_DIR, SNIPPET_CHARS, GRANULARITY, MIN_PAIR_COUNT,
      SIGNIFICANCE_G2, SIGNIFICANCE_MIN_COUNT, SIGNIFICANCE_MIN_SOURCES, FOCUS_ONLY, COOCCUR_TOPICS, WINDOW, NEAR_DUPLICATES, NEAR_DUPLICATE_JACCARD,
      TRENDS_TRAILING_DAY, TRENDS_TRAILING_WEEK, TRENDS_TRAILING_MONTH, TRENDS_TRAILING_YEAR,
      TRENDS_FDR, TRENDS_MIN_COUNT, TRENDS_MIN_TOTAL,
      FIELD_ID, FIELD_TEXT, FIELD_TITLE, FIELD_URL, FIELD_SOURCE, FIELD_PUBLISHED, FIELD_LANGUAGE,
      TEXT_TITLE_FIRST_LINE, TEXT_MANIFEST, MAX_RECORD_BYTES,
      EVALUATE_GOLD, EVALUATE_DATA_DIR, EVALUATE_REPORT, EVALUATE_GUARDS,
      EVALUATE_MIN_COUNTRY_F1, EVALUATE_MIN_LEADER_RECALL,
      NLP_DATES_ENABLED, NLP_DATES_DATELINE_YEAR, NLP_TOPICS_ENABLED, NLP_TOPICS_K,
      NLP_TOPICS_ITERATIONS, NLP_TOPICS_VOCABULARY, NLP_TOPICS_MIN_DOC_FREQ, NLP_TOPICS_MIN_WEIGHT,
      NLP_TOPICS_TOP_TERMS, NLP_TOPICS_SEED, NLP_KEYWORDS_ENABLED, NLP_KEYWORDS_PER_ARTICLE,
      NLP_KEYWORDS_TOP);

  /**
   * The known keys a mistyped {@code key} was probably meant as, closest first (at most three): those
   * within a few edits of it (a quarter of its length, at least 2), and those it is the last part of
   * ({@code granularities} -> {@code cooccur.granularities}).
   */
  public static List<String> suggestions(String key) {
    record Near(String key, int distance) {
    }
    int limit = Math.max(2, key.length() / 4);
    List<Near> near = new java.util.ArrayList<>();
    for (Setting<?> s : ALL) {
      int d = editDistance(key, s.key());
      if (d <= limit || s.key().endsWith("." + key)) {
        near.add(new Near(s.key(), d));
      }
    }
    near.sort(java.util.Comparator.comparingInt(Near::distance));
    return near.stream().limit(3).map(Near::key).toList();
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  public static Setting<?> byKey(String key) {
    for (Setting<?> s : ALL) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }
}
