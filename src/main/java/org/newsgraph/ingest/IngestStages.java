package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.tables.Columns;
import org.newsgraph.text.SentenceSplitter;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Raw records -> classified records -> articles and rejects. Pure functions over Datasets: no
 * I/O, no actions. Reasons: those the readers set (malformed_json, malformed_csv, wrong_type,
 * undecodable_bytes, binary_file, truncated_file, unreadable_file, unknown_format, not_html,
 * http_status, not_a_response, oversize), then no_text, oversize, duplicate_id (the first record of
 * an id, by file and offset, is kept).
 */
public final class IngestStages {
  public static final String MALFORMED = "malformed_json";
  public static final String NO_TEXT = "no_text";
  public static final String OVERSIZE = "oversize";
  public static final String DUPLICATE_ID = "duplicate_id";
  public static final String UNDECODABLE = "undecodable_bytes";
  static final int RAW_KEEP_CHARS = RawRecord.RAW_KEEP_CHARS;

  private static final UserDefinedFunction PARSE_DATE = functions.udf(
      (UDF1<String, Timestamp>) s -> toTimestamp(PublishedDates.parse(s)), DataTypes.TimestampType);
  private static final UserDefinedFunction PATH_DATE = functions.udf(
      (UDF1<String, Timestamp>) s -> toTimestamp(PublishedDates.fromPath(s)), DataTypes.TimestampType);
  private static final UserDefinedFunction TEXT_DATE = functions.udf(
      (UDF3<String, String, String, Timestamp>) (text, url, file) -> {
        Integer year = PublishedDates.yearFromPath(url);
        return toTimestamp(PublishedDates.fromDateline(text, year != null ? year : PublishedDates.yearFromPath(file)));
      }, DataTypes.TimestampType);
  private static final UserDefinedFunction SENTENCES = functions.udf(
      (UDF2<String, String, Integer>) (title, text) -> sentenceCount(title) + sentenceCount(text),
      DataTypes.IntegerType);

  private IngestStages() {
  }

  /**
   * Sentences of one field, as annotate bounds them for {@code mentions.sentence_index}
   * ({@link SentenceSplitter}); 0 for a null or blank field.
   */
  static int sentenceCount(String field) {
    return field == null || field.isBlank() ? 0 : SentenceSplitter.sentenceStarts(field).length;
  }

  /**
   * {@code articles} with {@code n_sentences}: the sentences of the title plus those of the text
   * (what the sentence window of cooccur adds up to n).
   */
  public static Dataset<Row> withSentenceCount(Dataset<Row> articles) {
    Columns.require(articles, "withSentenceCount", "title", "text");
    return articles.withColumn("n_sentences", SENTENCES.apply(col("title"), col("text")));
  }

  private static Timestamp toTimestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }


  /**
   * Adds {@code article_id}, {@code id_derived}, {@code content_hash} ({@link #contentHash} of the
   * text, of "" when there is none), {@code reject_reason} and {@code reject_detail} (null for
   * records that become articles).
   */
  public static Dataset<Row> classifyRecords(Dataset<Row> raw, int maxTextChars) {
    Columns.require(raw, "classifyRecords", "source_file", "source_offset", "id", "text", "parse_reason", "parse_error");
    Column trimmedId = trim(col("id"));
    Column hasId = trimmedId.isNotNull().and(length(trimmedId).gt(0));
    // white space only: what is left after collapsing \s runs to one space and trimming is empty
    Column blank = col("text").isNull().or(col("text").rlike("\\A\\s*\\z"));
    Dataset<Row> classified = raw
        .withColumn("id_derived", functions.not(hasId))
        .withColumn("article_id", when(hasId, trimmedId)
            .otherwise(concat(lit("sha256:"), substring(sha2(coalesce(col("text"), lit("")), 256), 1, 16))))
        .withColumn("reject_reason",
            when(col("parse_reason").isNotNull(), col("parse_reason"))
                .when(col("parse_error").isNotNull(), lit(MALFORMED))
                .when(blank, lit(NO_TEXT))
                .when(length(col("text")).gt(maxTextChars), lit(OVERSIZE)))
        .withColumn("reject_detail",
            when(col("parse_error").isNotNull(), col("parse_error"))
                .when(blank, when(col("text").isNull(), lit("the record has no text field or it is null"))
                    .otherwise(lit("the text is empty or white space only")))
                .when(length(col("text")).gt(maxTextChars),
                    concat(lit("text has "), length(col("text")).cast("string"),
                        lit(" characters; ingest.max_text_chars is " + maxTextChars))));
    // Among the records that would become articles, the first of an id (by file, then offset in
    // the file) is kept; the others are duplicate_id rejects naming where the first came from and
    // whether their text is the same. File and offset make the choice the same on every rerun.
    WindowSpec byId = Window.partitionBy(col("article_id"), col("reject_reason").isNull())
        .orderBy(col("source_file"), col("source_offset").asc_nulls_last(), col("source_line").asc_nulls_last());
    return classified
        .withColumn("content_hash", contentHash(coalesce(col("text"), lit(""))))
        .withColumn("_rank", when(col("reject_reason").isNull(), row_number().over(byId)))
        .withColumn("_first_file", functions.first(col("source_file")).over(byId))
        .withColumn("_first_offset", functions.first(col("source_offset")).over(byId))
        .withColumn("_first_hash", functions.first(col("content_hash")).over(byId))
        .withColumn("reject_detail", when(col("_rank").gt(1),
            concat(lit("id '"), col("article_id"), lit("' was already read from "), col("_first_file"),
                lit(" at offset "), coalesce(col("_first_offset").cast("string"), lit("?")),
                when(col("content_hash").equalTo(col("_first_hash")), lit(" (same text)"))
                    .otherwise(lit(" (different text)"))))
            .otherwise(col("reject_detail")))
        .withColumn("reject_reason", when(col("_rank").gt(1), lit(DUPLICATE_ID)).otherwise(col("reject_reason")))
        .drop("_rank", "_first_file", "_first_offset", "_first_hash");
  }

  /**
   * The content hash of a text: SHA-256 (hex) of the text with white-space runs collapsed to one
   * space, trimmed and lower-cased, so that copies differing only in spacing or case match.
   */
  static Column contentHash(Column text) {
    return sha2(lower(trim(regexp_replace(text, "\\s+", " "))), 256);
  }

  /** The accepted records as the articles table (see Tables.ARTICLES). */
  public static Dataset<Row> toArticles(Dataset<Row> classified) {
    Columns.require(classified, "toArticles", "article_id", "reject_reason", "published", "url", "text",
        "content_hash");
    Column fromMeta = PARSE_DATE.apply(col("published"));
    Column fromUrl = PATH_DATE.apply(col("url"));
    Column fromPath = PATH_DATE.apply(col("source_file"));
    Column fromText = TEXT_DATE.apply(col("text"), col("url"), col("source_file"));
    Dataset<Row> articles = classified
        .filter(col("reject_reason").isNull())
        .withColumn("_meta_date", fromMeta)
        .withColumn("_url_date", fromUrl)
        .withColumn("_path_date", when(col("_meta_date").isNull().and(col("_url_date").isNull()), fromPath))
        .withColumn("_text_date", when(col("_meta_date").isNull().and(col("_url_date").isNull())
            .and(col("_path_date").isNull()), fromText))
        .withColumn("published_at", coalesce(col("_meta_date"), col("_url_date"), col("_path_date"), col("_text_date")))
        .withColumn("date_source", when(col("_meta_date").isNotNull(), lit("metadata"))
            .when(col("_url_date").isNotNull(), lit("url"))
            .when(col("_path_date").isNotNull(), lit("path"))
            .when(col("_text_date").isNotNull(), lit("text")).otherwise(lit("none")))
        .withColumn("n_chars", length(col("text")))
        .withColumn("published_raw", col("published"));
    return markExactDuplicates(withSentenceCount(articles).withColumn("duplicate_of", lit(null).cast("string")))
        .select("article_id", "id_derived", "title", "text", "url", "source", "published_at",
            "date_source", "published_raw", "n_chars", "n_sentences", "content_hash", "duplicate_of", "source_file",
            "language", "source_line", "source_offset");
  }

  /**
   * {@code duplicate_of} set anew from the content hashes: every article whose text (as
   * {@link #contentHash} sees it) is also another's gets the earliest of them (earliest
   * published_at, undated last, then the smallest article_id); the earliest gets null.
   */
  public static Dataset<Row> markExactDuplicates(Dataset<Row> articles) {
    Columns.require(articles, "markExactDuplicates", "article_id", "content_hash", "published_at", "duplicate_of");
    WindowSpec sameText = Window.partitionBy(col("content_hash"))
        .orderBy(col("published_at").asc_nulls_last(), col("article_id"));
    return articles
        .withColumn("_first", functions.first(col("article_id")).over(sameText))
        .withColumn("duplicate_of", when(col("_first").notEqual(col("article_id")), col("_first")))
        .drop("_first");
  }

  /**
   * For an appending run: accepted records whose id is already an article of {@code stored} become
   * duplicate_id rejects naming where the stored article was read from (the stored one is kept,
   * as the first record of an id is in one run).
   */
  public static Dataset<Row> rejectStoredIds(Dataset<Row> classified, Dataset<Row> stored) {
    Columns.require(stored, "rejectStoredIds", "article_id", "source_file", "source_offset", "content_hash");
    Dataset<Row> known = stored.select(col("article_id").as("_stored_id"), col("source_file").as("_stored_file"),
        col("source_offset").as("_stored_offset"), col("content_hash").as("_stored_hash"));
    Column taken = col("reject_reason").isNull().and(col("_stored_id").isNotNull());
    return classified.join(known, classified.col("article_id").equalTo(known.col("_stored_id")), "left")
        .withColumn("reject_detail", when(taken,
            concat(lit("id '"), col("article_id"), lit("' was already read from "), col("_stored_file"),
                lit(" at offset "), coalesce(col("_stored_offset").cast("string"), lit("?")),
                when(col("content_hash").equalTo(col("_stored_hash")), lit(" (same text)"))
                    .otherwise(lit(" (different text)"))))
            .otherwise(col("reject_detail")))
        .withColumn("reject_reason", when(taken, lit(DUPLICATE_ID)).otherwise(col("reject_reason")))
        .drop("_stored_id", "_stored_file", "_stored_offset", "_stored_hash");
  }

  /** The refused records as the rejects table (see Tables.REJECTS). */
  public static Dataset<Row> toRejects(Dataset<Row> classified) {
    Columns.require(classified, "toRejects", "reject_reason", "reject_detail", "raw", "id", "source_file");
    return classified
        .filter(col("reject_reason").isNotNull())
        .select(col("source_file"), trim(col("id")).as("record_id"), col("reject_reason").as("reason"),
            col("reject_detail").as("detail"), substring(col("raw"), 1, RAW_KEEP_CHARS).as("raw"),
            col("source_line"), col("source_offset"));
  }
}
