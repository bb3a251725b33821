package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON: one object per line (JSON Lines), or one array of objects (a file whose first character is
 * '['). Fields are mapped per record with a {@link FieldMapping}; a string, number or boolean is
 * read as its text, an array of those as its items joined by newlines. Reasons: malformed_json (not
 * a JSON object), wrong_type (a mapped field holds an object), undecodable_bytes (not UTF-8),
 * oversize (a line over ingest.max_record_bytes).
 */
public final class JsonRecordParser implements RecordParser {
  public static final String MALFORMED = "malformed_json";
  public static final String WRONG_TYPE = "wrong_type";
  /** Jackson without its default 20M-character string limit: size is ingest's to judge (oversize). */
  static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .build());

  private final FieldMapping mapping;
  private final int maxRecordBytes;

  public JsonRecordParser(FieldMapping mapping, int maxRecordBytes) {
    this.mapping = mapping;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException {
    // Peek at the first non-blank byte with single reads: a BufferedInputStream would read ahead
    // and lose what it had when a truncated gzip throws.
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    int c = -1;
    while (c < 0) {
      int n = in.read(chunk);
      if (n < 0) {
        break;
      }
      head.write(chunk, 0, n);
      for (int i = 0; i < n && c < 0; i++) {
        int b = chunk[i] & 0xFF;
        if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF)) {
          c = b;
        }
      }
    }
    InputStream buffered = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head.toByteArray()), in);
    return c == '[' ? new ArrayCursor(file.path(), buffered) : new LinesCursor(file.path(), buffered);
  }

  private transient Map<String, String> lastResolved;

  /** The mapping of the first JSON object among the first 100 records of a file, or null. */
  Map<String, String> firstMapping(InputFiles.InputFile file, InputStream in) throws IOException {
    Cursor c = open(file, in, p -> null);
    for (int i = 0; i < 100 && c.next() != null; i++) {
      if (lastResolved != null) {
        return lastResolved;
      }
    }
    return null;
  }

  /** Maps one parsed JSON value onto {@code r}; sets a reason when it is not an object of usable fields. */
  void fill(RawRecord r, JsonNode node, Map<List<String>, Map<String, String>> cache) {
    if (!node.isObject()) {
      r.fail(MALFORMED, "a JSON " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
          + ", not an object");
      return;
    }
    List<String> names = new ArrayList<>(node.size());
    node.fieldNames().forEachRemaining(names::add);
    Map<String, String> resolved = cache.get(names);
    if (resolved == null) {
      resolved = mapping.resolve(names);
      if (cache.size() < 64) {
        cache.put(names, resolved);
      }
    }
    lastResolved = resolved;
    for (Map.Entry<String, String> e : resolved.entrySet()) {
      JsonNode v = node.get(e.getValue());
      String text = asText(v);
      if (text == null && v != null && !v.isNull()) {
        r.fail(WRONG_TYPE, "field '" + e.getValue() + "' (" + e.getKey() + ") holds a JSON "
            + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ", not text");
      }
      r.set(e.getKey(), text);
    }
  }

  /** Text of a scalar, or of an array of scalars joined by newlines; null for null, objects, nested arrays. */
  static String asText(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      StringBuilder b = new StringBuilder();
      for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
        JsonNode item = it.next();
        if (!item.isValueNode()) {
          return null;
        }
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(item.asText());
      }
      return b.toString();
    }
    return null;
  }

  private final class LinesCursor implements Cursor {
    private final String file;
    private final LineSource lines;
    private final Map<List<String>, Map<String, String>> cache = new java.util.HashMap<>();

    LinesCursor(String file, InputStream in) {
      this.file = file;
      this.lines = new LineSource(in, maxRecordBytes);
    }

    @Override
    public RawRecord next() throws IOException {
      while (true) {
        LineSource.Line line = lines.next();
        if (line == null) {
          return null;
        }
        RawRecord r = new RawRecord(file, line.number(), line.offset());
        if (line.overflow()) {
          return r.raw(new String(line.bytes(), 0, Math.min(line.bytes().length, 8000),
                  java.nio.charset.StandardCharsets.UTF_8))
              .fail(IngestStages.OVERSIZE, "the line has " + line.length() + " bytes; ingest.max_record_bytes is "
                  + maxRecordBytes);
        }
        Utf8.Decoded d = Utf8.decode(line.bytes());
        if (d.text().isBlank()) {
          continue; // an empty line is no record
        }
        String text = line.number() == 1 && d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text();
        r.raw(text);
        if (!d.ok()) {
          return r.fail(IngestStages.UNDECODABLE, "invalid UTF-8 at byte " + d.badByte() + " of the line");
        }
        try {
          fill(r, JSON.readTree(text), cache);
        } catch (JsonProcessingException e) {
          r.fail(MALFORMED, "not a JSON object on one line: " + e.getOriginalMessage());
        }
        return r;
      }
    }

    @Override
    public long position() {
      return lines.position();
    }

    @Override
    public Long line() {
      return lines.lineNumber();
    }
  }

  private final class ArrayCursor implements Cursor {
    private final String file;
    private final JsonParser parser;
    private final Map<List<String>, Map<String, String>> cache = new java.util.HashMap<>();
    private boolean started;
    private boolean done;

    ArrayCursor(String file, InputStream in) throws IOException {
      this.file = file;
      this.parser = JSON.getFactory().createParser(in);
    }

    @Override
    public RawRecord next() throws IOException {
      if (done) {
        return null;
      }
      long offset = parser.currentLocation().getByteOffset();
      long line = parser.currentLocation().getLineNr();
      try {
        if (!started) {
          started = true;
          parser.nextToken(); // the '['
        }
        JsonToken t = parser.nextToken();
        offset = parser.currentTokenLocation().getByteOffset();
        line = parser.currentTokenLocation().getLineNr();
        if (t == JsonToken.END_ARRAY || t == null) {
          done = true;
          return null;
        }
        JsonNode node = JSON.readTree(parser);
        RawRecord r = new RawRecord(file, line, offset);
        String raw = node.toString();
        r.raw(raw);
        if (raw.length() > maxRecordBytes) {
          return r.fail(IngestStages.OVERSIZE, "the element has " + raw.length()
              + " characters; ingest.max_record_bytes is " + maxRecordBytes);
        }
        fill(r, node, cache);
        return r;
      } catch (JsonProcessingException e) {
        // after a syntax error a JSON array cannot be resynchronised: the rest is one reject
        done = true;
        boolean utf = e.getOriginalMessage() != null && e.getOriginalMessage().contains("UTF-8");
        return RawRecord.failed(file, line, offset, utf ? IngestStages.UNDECODABLE : MALFORMED,
            (utf ? "invalid UTF-8" : "broken JSON array") + " at line " + e.getLocation().getLineNr()
                + ": " + e.getOriginalMessage() + "; the rest of the file from byte " + offset + " was not read",
            null);
      }
    }

    @Override
    public long position() {
      return parser.currentLocation().getByteOffset();
    }

    @Override
    public Long line() {
      return (long) parser.currentLocation().getLineNr();
    }
  }
}
