package org.newsgraph.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;

/** The schema of every output table, in one place. docs/tables.md is generated from here. */
public final class Tables {
  private Tables() {
  }

  /**
   * The version of the tables' layout (columns, types, partition folders) this build writes, in
   * {@code _manifest.json} ({@code schema_version}, and per table the version its files were
   * written with). Raise it with every change of a column's name, type or meaning, or of the
   * folders; an appending run recounts a derived table whose stored files have another version.
   * 1: until 2026-12 (column {@code window}, {@code bucket} a year under month and year, INT96
   * timestamps); 2: column {@code unit}, {@code bucket} the month the period starts in under every
   * granularity, timestamps INT64 microseconds adjusted to UTC; 3: a trends row needs
   * trends.min_total articles in its period and trailing window (in 2: over all periods of its
   * granularity), so an appending run recomputes only the trend folders its periods reach; 4: trends
   * test counts against the trailing rate (expected, ratio, ratio_lower, p_value, q_value; rising
   * by the false discovery rate) instead of a z-score of shares (baseline_mean, baseline_sd, z), and
   * column {@code n_sources} in entity_counts and cooccurrence; 5: column {@code n_sentences} in
   * articles, written by ingest (cooccur read the titles and texts to count sentences).
   */
  public static final int SCHEMA_VERSION = 5;

  public static final TableSchema ARTICLES = TableSchema.table("articles",
          "one accepted input record (an article)")
      .col("article_id", StringType, false,
          "Article id from the input, or 'sha256:' + 16 hex digits of the text when the input had none")
      .col("id_derived", BooleanType, false, "True when article_id was derived from the text")
      .col("title", StringType, true, "Headline as given in the input")
      .col("text", StringType, false, "Article text as given in the input (never empty)")
      .col("url", StringType, true, "Article URL as given in the input")
      .col("source", StringType, true, "Publisher or feed name as given in the input")
      .col("published_at", TimestampType, true,
          "Publication time, UTC; null when no date could be found (the article counts only in all-time totals)")
      .col("date_source", StringType, false,
          "Where published_at came from: metadata (the input's date field; for WARC the page's date meta, else the WARC-Date), url (a /yyyy/mm/dd/ URL), path (a date in the input file's path), text (a dateline such as 'WASHINGTON, March 3 (Reuters) -' with a year, or the year from the URL or path; else a date in the lead found by Spark NLP in ingest's dates step, nlp.dates.enabled), none")
      .col("published_raw", StringType, true, "The input's date field as given, before parsing")
      .col("n_chars", IntegerType, false, "Length of text in UTF-16 code units")
      .col("n_sentences", IntegerType, false,
          "Sentences of the title (when not blank) plus those of the text, as annotate numbers them in mentions.sentence_index; the sentence window's n adds these up")
      .col("content_hash", StringType, false,
          "SHA-256 (hex) of the text lower-cased with white space folded; equal hashes are exact duplicates")
      .col("duplicate_of", StringType, true,
          "article_id of the earliest copy of this article (same content_hash, or a near-duplicate by MinHash); null for originals; duplicates are left out of all statistics")
      .col("duplicate_kind", StringType, true,
          "exact (same text once lower-cased with white space folded) or near (word 3-shingle Jaccard >= dedupe.jaccard); null for originals")
      .col("source_file", StringType, false, "Input file the record was read from")
      .col("language", StringType, true, "Language code as given in the input (WARC: the page's html lang)")
      .col("source_line", LongType, true,
          "1-based line of source_file where the record starts (JSON Lines, JSON arrays, CSV/TSV); null for other formats")
      .col("source_offset", LongType, true,
          "Where the record starts in source_file: byte offset in the decompressed stream (JSON, CSV/TSV), in the file as stored (WARC), row index (Parquet), 0 (one text file)")
      .build();

  public static final TableSchema REJECTS = TableSchema.table("rejects",
          "one input record that did not become an article")
      .col("source_file", StringType, false, "Input file the record was read from")
      .col("record_id", StringType, true, "The record's id field when it could be read")
      .col("reason", StringType, false,
          "Why it was rejected: malformed_json, malformed_csv, malformed_warc, wrong_type (a mapped field holds an object), undecodable_bytes (not UTF-8), binary_file, truncated_file (the file breaks off; the records before it are kept), unreadable_file, unknown_format, not_html, http_status, not_a_response (WARC), no_text, oversize, duplicate_id")
      .col("detail", StringType, true, "Human-readable detail for the reason")
      .col("raw", StringType, true, "The record as read, cut to its first 2,000 characters")
      .col("source_line", LongType, true, "1-based line of source_file where the record starts, when the format has lines")
      .col("source_offset", LongType, true,
          "Where the record starts in source_file (as in articles.source_offset); for truncated_file and unreadable_file, where reading stopped")
      .build();

  public static final TableSchema MENTIONS = TableSchema.table("mentions",
          "one mention of a leader, country or topic in an article's title or text")
      .col("article_id", StringType, false, "Article the mention is in (articles.article_id)")
      .col("published_at", TimestampType, true, "The article's publication time, UTC (copied for convenience)")
      .col("field", StringType, false, "Which field the offsets refer to: title or text")
      .col("sentence_index", IntegerType, false, "0-based index of the sentence in that field")
      .col("char_start", IntegerType, false, "Offset of the first character in the field (UTF-16 code units, 0-based)")
      .col("char_end", IntegerType, false, "Offset after the last character (exclusive)")
      .col("surface", StringType, false, "The text as it appears in the article, e.g. Putin's -> Putin")
      .col("snippet", StringType, false, "The mention with about annotate.snippet_chars characters of context each side")
      .col("entity_id", StringType, false, "Resolved entity: country:ISO3, leader:WikidataQID or topic:id (entities.entity_id); title:ISO3:phrase for a title that could not be resolved to one person")
      .col("entity_type", StringType, false, "country, leader or topic; title for an unresolved title (e.g. 'the French leader' with two possible holders, or an undated article), kept and not guessed, left out of co-occurrence")
      .col("entity_name", StringType, false, "Canonical name of the entity")
      .col("method", StringType, false,
          "How it was found: alias (a name), abbreviation, demonym, capital, seat (seat of power), city, dateline (the place of the story's dateline, e.g. NEW YORK, March 3 -), title (title + country + date, e.g. the Russian president), surname (bare surname, unambiguous on the date or after a title), coreference (short form of a leader named earlier); for topics: phrase (a phrase of topics.tsv), stem (words of a cue in any inflection), pair (two cue words in one sentence, e.g. sell + missiles), meeting (a cue word in a sentence naming two states, e.g. talks)")
      .col("country_of", StringType, true,
          "Leaders only: the country they led on the article's date (country:ISO3), else the one country they ever led; for unresolved titles the title's country. A leader never adds a country mention")
      .col("in_office", BooleanType, true, "Leaders only: whether they held an office on the article's date; null when undated")
      .col("weight", DoubleType, false, "What the mention weighs towards its entity's salience in article_entities: 1 for a name; for a topic its cue's weight (topic_cues.tsv; a phrase without a cue row weighs 1), times 3 in a text of one sentence and 1.5 in one of two (a title is not scaled)")
      .build();

  public static final TableSchema ENTITIES = TableSchema.table("entities",
          "one gazetteer entity (country, leader or topic) with how often it was mentioned in this run")
      .col("entity_id", StringType, false, "country:ISO3, leader:WikidataQID or topic:id")
      .col("entity_type", StringType, false, "country, leader or topic")
      .col("name", StringType, false, "Canonical name")
      .col("wikidata_id", StringType, true, "Wikidata id (Q...), when known")
      .col("aliases", createArrayType(StringType, true), false, "Names the matcher looks for, as written in the gazetteer")
      .col("n_mentions", LongType, false, "Mentions in this run, duplicates included")
      .col("n_articles", LongType, false, "Distinct non-duplicate articles mentioning it in this run")
      .build();

  public static final TableSchema ARTICLE_ENTITIES = TableSchema.table("article_entities",
          "one entity an article mentions: how much the article is about it")
      .col("article_id", StringType, false, "Article (articles.article_id); duplicates included, as in mentions")
      .col("published_at", TimestampType, true, "The article's publication time, UTC (copied for convenience)")
      .col("entity_id", StringType, false, "Entity (entities.entity_id); unresolved titles are left out")
      .col("entity_type", StringType, false, "country, leader or topic")
      .col("entity_name", StringType, false, "Canonical name")
      .col("n_mentions", IntegerType, false, "Mentions of the entity in the title and text")
      .col("first_field", StringType, false, "title when the title mentions it, else text")
      .col("first_char", IntegerType, false, "Offset of its first mention in first_field (UTF-16 code units)")
      .col("in_title", BooleanType, false,
          "The title mentions it, or the headline line before the dateline of a text that begins with its headline")
      .col("in_dateline", BooleanType, false, "It is the country of the dateline")
      .col("share", DoubleType, false, "n_mentions over all the article's entity mentions")
      .col("salience", DoubleType, false,
          "min(1, (weight + 3 in_title + 3 in_dateline) / 6), weight being the summed mentions.weight (the number of mentions, for names): 1/6 for one name mention, 1/2 for three, the title or the dateline, 1 for six; a topic cue weighs what topic_cues.tsv says and counts in the title for at most its weight")
      .col("focus", BooleanType, false,
          "salience >= 1/2: in the title or the dateline, or mentioned 3 times or more (chosen on Reuters-21578 PLACES, docs/evaluation.md); for a topic, cues weighing 3 or more (weights chosen on Reuters-21578 TOPICS and HuffPost, docs/evaluation.md); filter on it for articles about an entity")
      .build();

  private static final String GRANULARITY_COMMENT =
      "day, week (ISO 8601, Monday start), month, year or all (partition column)";
  private static final String PERIOD_COMMENT =
      "The period in UTC: 2023-09-12 (day), 2023-W37 (ISO week-year and week), 2023-09 (month), 2023 (year), all";
  private static final String BUCKET_COMMENT =
      "Partition folder: the month the period starts in (yyyy-MM, a string under every granularity: 2023-09 for day 2023-09-12, week 2023-W37, month 2023-09; 2023-01 for year 2023), all for all-time; filter on it with period to read one folder";
  private static final String UNIT_COMMENT =
      "Unit counted once (the co-occurrence window, cooccur.windows): article, or sentence (a sentence of the title or text; n is then sentences)";

  /** The comment of n_sources, the distinct sources of the units counted in {@code count}. */
  private static String sourcesComment(String count) {
    return "Distinct sources (articles.source, trimmed, compared as written) among the articles of the " + count
        + " units (for unit sentence, the articles of those sentences); an article with a null or blank source adds none, so 0 when none has one; a copy marked duplicate_of is not counted, so a syndicated story counts its original's outlet, not those that reprinted it";
  }

  public static final TableSchema ENTITY_COUNTS = TableSchema.table("entity_counts",
          "one entity in one period and unit: in how many units it was mentioned")
      .col("unit", StringType, false, UNIT_COMMENT)
      .col("period", StringType, false, PERIOD_COMMENT)
      .col("period_start", DateType, true, "First day of the period (UTC); null for all-time")
      .col("entity_id", StringType, false, "Entity (entities.entity_id)")
      .col("entity_type", StringType, false, "country, leader, topic or discovered_topic (LDA, unit article only)")
      .col("entity_name", StringType, false, "Canonical name (for a discovered_topic its label)")
      .col("n_a", LongType, false, "Units (non-duplicate articles, or their sentences) in the period that mention the entity")
      .col("n_sources", LongType, false, sourcesComment("n_a"))
      .col("n", LongType, false, "All units in the period, with or without mentions")
      .col("share", DoubleType, false, "n_a / n")
      .col("granularity", StringType, false, GRANULARITY_COMMENT)
      .col("bucket", StringType, false, BUCKET_COMMENT)
      .partitionBy("granularity", "bucket")
      .build();

  public static final TableSchema COOCCURRENCE = TableSchema.table("cooccurrence",
          "one unordered pair of entities in one period and unit: counts and association measures")
      .col("unit", StringType, false, UNIT_COMMENT)
      .col("period", StringType, false, PERIOD_COMMENT)
      .col("period_start", DateType, true, "First day of the period (UTC); null for all-time")
      .col("entity_a", StringType, false, "First entity of the pair (entity_a < entity_b, by id); never equal to entity_b")
      .col("entity_b", StringType, false, "Second entity of the pair")
      .col("type_a", StringType, false, "Type of entity_a: country, leader, topic or discovered_topic (filter leader-country pairs with type_a/type_b)")
      .col("type_b", StringType, false, "Type of entity_b")
      .col("name_a", StringType, false, "Canonical name of entity_a")
      .col("name_b", StringType, false, "Canonical name of entity_b")
      .col("n_ab", LongType, false, "Units in the period that mention both")
      .col("n_sources", LongType, false, sourcesComment("n_ab"))
      .col("n_a", LongType, false, "Units in the period that mention entity_a")
      .col("n_b", LongType, false, "Units in the period that mention entity_b")
      .col("n", LongType, false, "All units in the period")
      .col("pmi", DoubleType, false, "Pointwise mutual information, ln(n_ab * n / (n_a * n_b)), natural log")
      .col("npmi", DoubleType, false, "Normalised PMI, pmi / -ln(n_ab / n), in [-1, 1]; 1 when n_ab = n_a = n_b or n_ab = n; rank by this")
      .col("g2", DoubleType, false, "Dunning's log-likelihood ratio G2 over the 2x2 table (1 degree of freedom; 10.83 = p < 0.001)")
      .col("lift", DoubleType, false, "n_ab * n / (n_a * n_b)")
      .col("jaccard", DoubleType, false, "n_ab / (n_a + n_b - n_ab)")
      .col("significant", BooleanType, false,
          "g2 >= cooccur.significance.g2 and n_ab >= cooccur.significance.min_count and (when cooccur.significance.min_sources > 1) n_sources >= cooccur.significance.min_sources")
      .col("granularity", StringType, false, GRANULARITY_COMMENT)
      .col("bucket", StringType, false, BUCKET_COMMENT)
      .partitionBy("granularity", "bucket")
      .build();

  public static final TableSchema PERIODS = TableSchema.table("periods",
          "one period and unit: how many units (non-duplicate articles, or their sentences) it has, the n of entity_counts and cooccurrence; periods with articles but no mention are here too")
      .col("unit", StringType, false, UNIT_COMMENT)
      .col("granularity", StringType, false, "day, week (ISO 8601, Monday start), month, year or all")
      .col("bucket", StringType, false, BUCKET_COMMENT)
      .col("period", StringType, false, PERIOD_COMMENT)
      .col("period_start", DateType, true, "First day of the period (UTC); null for all-time")
      .col("n", LongType, false, "Units in the period: non-duplicate articles (unit article) or their sentences")
      .build();

  public static final TableSchema TRENDS = TableSchema.table("trends",
          "one entity or pair in one period where it appears (unit article) and, with its trailing periods,"
              + " has at least trends.min_total articles: its count against what its trailing rate predicts, with a test")
      .col("unit", StringType, false, "Unit counted: article")
      .col("subject", StringType, false, "entity (entity_b is null) or pair")
      .col("period", StringType, false, PERIOD_COMMENT)
      .col("period_start", DateType, false, "First day of the period (UTC)")
      .col("entity_a", StringType, false, "The entity, or the first entity of the pair (entity_a < entity_b)")
      .col("entity_b", StringType, true, "Second entity of a pair; null for an entity")
      .col("type_a", StringType, false, "Type of entity_a")
      .col("type_b", StringType, true, "Type of entity_b")
      .col("name_a", StringType, false, "Canonical name of entity_a")
      .col("name_b", StringType, true, "Canonical name of entity_b")
      .col("n_subject", LongType, false, "Articles in the period mentioning the entity (n_a) or the pair (n_ab)")
      .col("n", LongType, false, "Articles in the period")
      .col("share", DoubleType, false, "n_subject / n")
      .col("n_baseline", LongType, false,
          "Periods (with articles) in the trailing window (trends.trailing.*: 28 days, 4 weeks, 3 months or 3 years before the period)")
      .col("baseline_subject", LongType, false,
          "Articles of the trailing window mentioning the entity or the pair")
      .col("baseline_n", LongType, false, "Articles in the trailing window; 0 when no earlier period")
      .col("expected", DoubleType, true,
          "Articles the trailing rate predicts for this period: n * baseline_subject / baseline_n; null when baseline_n = 0")
      .col("ratio", DoubleType, true,
          "n_subject / expected, the rate ratio of the period against its trailing window; null when expected is null or 0")
      .col("ratio_lower", DoubleType, true,
          "Lower one-sided 95% confidence bound of the rate ratio (exact, Clopper-Pearson on the conditional binomial); > 1 means more than expected at the 5% level before the multiple-testing correction; null when baseline_n = 0")
      .col("p_value", DoubleType, true,
          "One-sided p-value that the period's rate exceeds the trailing rate: P(X >= n_subject), X ~ binomial(n_subject + baseline_subject, n / (n + baseline_n)) (exact conditional test of two Poisson rates); null when baseline_n = 0")
      .col("q_value", DoubleType, true,
          "Benjamini-Hochberg adjusted p_value over all rows of the same granularity and period that have one (entities and pairs together)")
      .col("rising", BooleanType, false, "q_value <= trends.fdr and n_subject >= trends.min_count")
      .col("granularity", StringType, false, "day, week, month or year (partition column)")
      .col("bucket", StringType, false, BUCKET_COMMENT)
      .partitionBy("granularity", "bucket")
      .build();

  private static final String KEYWORD_RANK_COMMENT =
      "1 = first: more articles (n_articles) first, then the better (lower) mean_score, then the keyword";

  public static final TableSchema TOPICS = TableSchema.table("topics",
          "one topic discovered by LDA over the articles' stemmed words (Spark NLP terms, Spark ML CountVectorizer + LDA)")
      .col("topic_id", IntegerType, false, "0-based LDA topic index, stable for the same data, settings and nlp.topics.seed")
      .col("entity_id", StringType, false, "The topic as an entity in entity_counts, cooccurrence and trends: discovered_topic:<topic_id>")
      .col("label", StringType, false, "Its three heaviest terms joined with ' / ' (the entity_name)")
      .col("terms", createArrayType(StringType, true), false,
          "The nlp.topics.top_terms heaviest terms, heaviest first; each stem shown as its most frequent word form in the articles")
      .col("stems", createArrayType(StringType, true), false, "The same terms as the stems LDA saw (Porter stemmer)")
      .col("term_weights", createArrayType(DoubleType, true), false, "Weight of each term in the topic (its share of the topic's term distribution), rounded to 9 decimals (the last bits of LDA's sums depend on the order executors finish)")
      .col("n_articles", LongType, false, "Articles (duplicates included) with a weight >= nlp.topics.min_weight for the topic")
      .build();

  public static final TableSchema ARTICLE_TOPICS = TableSchema.table("article_topics",
          "one article and one discovered topic it is about (weight >= nlp.topics.min_weight)")
      .col("article_id", StringType, false, "Article (articles.article_id)")
      .col("topic_id", IntegerType, false, "Topic (topics.topic_id)")
      .col("entity_id", StringType, false, "discovered_topic:<topic_id>")
      .col("label", StringType, false, "The topic's label (topics.label)")
      .col("weight", DoubleType, false, "The topic's share of the article in the LDA topic distribution, in [0, 1]")
      .col("rank", IntegerType, false, "1 = the article's heaviest topic")
      .build();

  public static final TableSchema KEYWORDS = TableSchema.table("keywords",
          "one keyword (1 to 3 words, lower case, hyphenated words kept) of one article, by Spark NLP YAKE")
      .col("article_id", StringType, false, "Article (articles.article_id); title and text were read together")
      .col("keyword", StringType, false, "The keyword, lower case, e.g. interest rates, anti-tank missiles")
      .col("score", DoubleType, false, "YAKE score: lower is more characteristic of the article (not comparable across very different lengths)")
      .col("rank", IntegerType, false, "1 = the article's best (lowest-scored) keyword")
      .build();

  public static final TableSchema PERIOD_KEYWORDS = TableSchema.table("period_keywords",
          "one keyword in one period: in how many non-duplicate articles of the period it is a keyword")
      .col("period", StringType, false, PERIOD_COMMENT)
      .col("period_start", DateType, true, "First day of the period (UTC); null for all-time")
      .col("keyword", StringType, false, "The keyword (keywords.keyword)")
      .col("n_articles", LongType, false, "Non-duplicate articles of the period with this keyword")
      .col("n", LongType, false, "Non-duplicate articles in the period")
      .col("mean_score", DoubleType, false, "Mean YAKE score over those articles (lower is better)")
      .col("rank", IntegerType, false, KEYWORD_RANK_COMMENT + "; only ranks up to nlp.keywords.top are kept")
      .col("granularity", StringType, false, GRANULARITY_COMMENT)
      .col("bucket", StringType, false, BUCKET_COMMENT)
      .partitionBy("granularity", "bucket")
      .build();

  public static final TableSchema PAIR_KEYWORDS = TableSchema.table("pair_keywords",
          "one keyword of the articles behind one significant pair (unit article) in one period: what is said around the pair")
      .col("period", StringType, false, PERIOD_COMMENT)
      .col("period_start", DateType, true, "First day of the period (UTC); null for all-time")
      .col("entity_a", StringType, false, "First entity of the pair (cooccurrence.entity_a)")
      .col("entity_b", StringType, false, "Second entity of the pair (cooccurrence.entity_b)")
      .col("name_a", StringType, false, "Canonical name of entity_a")
      .col("name_b", StringType, false, "Canonical name of entity_b")
      .col("keyword", StringType, false, "The keyword (keywords.keyword)")
      .col("n_articles", LongType, false, "Non-duplicate articles of the period mentioning both entities with this keyword")
      .col("n_ab", LongType, false, "Non-duplicate articles of the period mentioning both entities (cooccurrence.n_ab)")
      .col("mean_score", DoubleType, false, "Mean YAKE score over those articles (lower is better)")
      .col("rank", IntegerType, false, KEYWORD_RANK_COMMENT + "; only ranks up to nlp.keywords.top are kept")
      .col("granularity", StringType, false, GRANULARITY_COMMENT)
      .col("bucket", StringType, false, BUCKET_COMMENT)
      .partitionBy("granularity", "bucket")
      .build();

  public static final List<TableSchema> ALL = List.of(ARTICLES, REJECTS, MENTIONS, ENTITIES, ARTICLE_ENTITIES,
      ENTITY_COUNTS, COOCCURRENCE, PERIODS, TRENDS,
      TOPICS, ARTICLE_TOPICS, KEYWORDS, PERIOD_KEYWORDS, PAIR_KEYWORDS);

  /** The command that writes {@code table} (as a stage of {@code run}, or on its own). */
  public static String command(TableSchema table) {
    if (table == ARTICLES || table == REJECTS) {
      return "ingest";
    }
    if (table == MENTIONS || table == ENTITIES || table == ARTICLE_ENTITIES || table == TOPICS
        || table == ARTICLE_TOPICS) {
      return "annotate";
    }
    return "cooccur";
  }
}
