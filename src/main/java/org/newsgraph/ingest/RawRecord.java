package org.newsgraph.ingest;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One record as a reader found it, in the shape of {@link ArticleReader#RAW_SCHEMA}. Plain Java:
 * the parsers of each format fill it without Spark. A record that could not be read has
 * {@code parseReason} (a rejects reason) and {@code parseError} (the detail) set.
 */
public final class RawRecord implements Serializable {
  /** Characters of the record as read that are kept for rejects.raw. */
  public static final int RAW_KEEP_CHARS = 2000;

  public String sourceFile;
  public Long sourceLine;
  public Long sourceOffset;
  public String id;
  public String title;
  public String text;
  public String url;
  public String source;
  public String published;
  public String language;
  public String raw;
  public String parseReason;
  public String parseError;

  public RawRecord(String sourceFile, Long sourceLine, Long sourceOffset) {
    this.sourceFile = sourceFile;
    this.sourceLine = sourceLine;
    this.sourceOffset = sourceOffset;
  }

  /** A record that could not be read: {@code reason} is the rejects reason. */
  public static RawRecord failed(String sourceFile, Long line, Long offset, String reason, String detail,
                                 String raw) {
    RawRecord r = new RawRecord(sourceFile, line, offset);
    r.parseReason = reason;
    r.parseError = detail;
    r.raw(raw);
    return r;
  }

  /** Keeps the first {@link #RAW_KEEP_CHARS} characters of the record as read. */
  public RawRecord raw(String rawText) {
    this.raw = rawText == null || rawText.length() <= RAW_KEEP_CHARS ? rawText : rawText.substring(0, RAW_KEEP_CHARS);
    return this;
  }

  public RawRecord fail(String reason, String detail) {
    this.parseReason = reason;
    this.parseError = detail;
    return this;
  }

  public boolean failed() {
    return parseReason != null;
  }

  /** Sets a field by its name in {@link FieldMapping#FIELDS}. */
  public void set(String field, String value) {
    switch (field) {
      case "id" -> id = value;
      case "title" -> title = value;
      case "text" -> text = value;
      case "url" -> url = value;
      case "source" -> source = value;
      case "published" -> published = value;
      case "language" -> language = value;
      default -> throw new IllegalArgumentException("no field " + field);
    }
  }

  public Row toRow() {
    return RowFactory.create(sourceFile, sourceLine, sourceOffset, id, title, text, url, source, published,
        language, raw, parseReason, parseError);
  }

  @Override
  public String toString() {
    return sourceFile + ":" + sourceLine + "@" + sourceOffset + " id=" + id + " reason=" + parseReason
        + " error=" + parseError + " title=" + title + " published=" + published;
  }
}
