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
 * JSON: one object per line (JSON Lines), or one array of objects as the whole file. Fields are
 * mapped per record with a {@link FieldMapping}; a string, number or boolean is read as its text,
 * an array of those as its items joined by newlines.
 *
 * <p>Which of the two a file is: JSON Lines when its name says so ({@code .jsonl}, {@code .ndjson},
 * {@code .jsonlines}, before any {@code .gz}/{@code .bz2}) or {@code input.format=jsonl}; otherwise
 * (a {@code .json} file) one array when its first non-blank character is '[' and the file is that
 * array as a whole: the array continues past the first line (pretty-printed), or the first line is
 * the whole file. A first line that is a complete array with more lines after it is JSON Lines
 * whose first line is a reject. Should text still follow the closing ']' of a multi-line array, it
 * is read as JSON Lines too, so nothing after the array is lost.
 *
 * <p>In JSON Lines a line ends at '\n', "\r\n" or a lone '\r'; a line with white space only (or
 * only a byte-order mark) is no record. Several JSON values on one line ({@code {...} {...}}) are
 * one record each, at their own byte offsets. A line, or the part of a line, that is not JSON is
 * one reject, and reading goes on with the next line.
 *
 * <p>Reasons: malformed_json (not JSON, or a JSON value that is not an object, such as an array on
 * a line of JSON Lines, or nesting deeper than Jackson's limit of 1,000), wrong_type (a mapped
 * field holds an object), undecodable_bytes (not UTF-8), oversize (a line over
 * ingest.max_record_bytes). A syntax error inside a whole-file array cannot be resynchronised: the
 * rest of that file is one malformed_json reject saying from which byte it was not read.
 */
public final class JsonRecordParser implements RecordParser {
  public static final String MALFORMED = "malformed_json";
  public static final String WRONG_TYPE = "wrong_type";
  /** Jackson without its default 20M-character string limit: size is ingest's to judge (oversize). */
  static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .build());
  /** How much of a '['-first file is looked at to tell a whole-file array from JSON Lines. */
  static final int FIRST_LINE_LOOKAHEAD = 1 << 20;

  private final FieldMapping mapping;
  private final int maxRecordBytes;
  private final boolean linesOnly;

  public JsonRecordParser(FieldMapping mapping, int maxRecordBytes) {
    this(mapping, maxRecordBytes, false);
  }

  /** {@code linesOnly}: every file is JSON Lines whatever its name ({@code input.format=jsonl}). */
  public JsonRecordParser(FieldMapping mapping, int maxRecordBytes, boolean linesOnly) {
    this.mapping = mapping;
    this.maxRecordBytes = maxRecordBytes;
    this.linesOnly = linesOnly;
  }

  /** Whether a file name says JSON Lines: .jsonl, .ndjson or .jsonlines, compressed or not. */
  static boolean namedJsonLines(String path) {
    String n = path.toLowerCase(java.util.Locale.ROOT);
    for (String z : new String[] {".gz", ".bz2", ".deflate"}) {
      if (n.endsWith(z)) {
        n = n.substring(0, n.length() - z.length());
      }
    }
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonlines");
  }

  private static boolean blank(int b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF;
  }

  @Override
  public Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException {
    // Look at the head with plain reads, kept in memory and replayed: a BufferedInputStream would
    // read ahead and lose what it had when a truncated gzip throws. A failure while looking is
    // replayed too, after the head, so the records before it are still read.
    boolean lines = linesOnly || namedJsonLines(file.path());
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    int first = -1;        // index of the first non-blank byte
    int lineEnd = -1;      // index of the line end after it, when it starts with '['
    boolean more = false;  // a non-blank byte after that line end
    IOException broke = null;
    try {
      boolean looking = true;
      while (looking) {
        int n = in.read(chunk);
        if (n < 0) {
          break;
        }
        int base = head.size();
        head.write(chunk, 0, n);
        for (int i = 0; i < n && looking; i++) {
          int b = chunk[i] & 0xFF;
          if (first < 0) {
            if (!blank(b)) {
              first = base + i;
              looking = b == '[' && !lines;
            }
          } else if (lineEnd < 0) {
            if (b == '\n' || b == '\r') {
              lineEnd = base + i;
            }
          } else if (!blank(b)) {
            more = true;
            looking = false;
          }
        }
        if (looking && first >= 0 && lineEnd < 0 && head.size() - first > FIRST_LINE_LOOKAHEAD) {
          looking = false; // a first line this long is no line of JSON Lines
        }
      }
    } catch (IOException e) {
      broke = e;
    }
    byte[] h = head.toByteArray();
    InputStream rest = broke == null ? in : failing(broke);
    InputStream replay = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(h), rest);
    boolean array = !lines && first >= 0 && h[first] == '['
        && !(more && completeValue(h, first, lineEnd));
    return array ? new ArrayCursor(file.path(), replay) : new LinesCursor(file.path(), replay, 0, 0);
  }

  /** Whether bytes [from, to) are one complete JSON value or at least not the start of a longer one. */
  private static boolean completeValue(byte[] bytes, int from, int to) {
    try (JsonParser p = JSON.getFactory().createParser(bytes, from, to - from)) {
      while (p.nextToken() != null) {
        p.skipChildren();
      }
      return true;
    } catch (IOException e) {
      // an end of input inside the value: it goes on after the first line (a multi-line array);
      // any other error: broken on its first line, read line by line so only that line is lost
      return !(e instanceof com.fasterxml.jackson.core.io.JsonEOFException
          || String.valueOf(e.getMessage()).contains("end-of-input"));
    }
  }

  /** A stream that throws {@code e} when read: a failure met while looking at a file's head. */
  private static InputStream failing(IOException e) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw e;
      }
    };
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
          + ", not an object: each record is one JSON object");
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
    /** The records of a line with several JSON values, after the first. */
    private final java.util.ArrayDeque<RawRecord> pending = new java.util.ArrayDeque<>();

    /** JSON Lines of {@code in}, which starts at byte {@code offset} after {@code linesBefore} lines. */
    LinesCursor(String file, InputStream in, long offset, long linesBefore) {
      this.file = file;
      this.lines = new LineSource(in, maxRecordBytes, offset, linesBefore);
    }

    @Override
    public RawRecord next() throws IOException {
      while (pending.isEmpty()) {
        LineSource.Line line = lines.next();
        if (line == null) {
          return null;
        }
        if (line.overflow()) {
          return new RawRecord(file, line.number(), line.offset())
              .raw(new String(line.bytes(), 0, Math.min(line.bytes().length, 8000),
                  java.nio.charset.StandardCharsets.UTF_8))
              .fail(IngestStages.OVERSIZE, "the line has " + line.length() + " bytes; ingest.max_record_bytes is "
                  + maxRecordBytes);
        }
        Utf8.Decoded d = Utf8.decode(line.bytes());
        if (d.text().isBlank()) {
          continue; // an empty or white-space line is no record
        }
        if (!d.ok()) {
          return new RawRecord(file, line.number(), line.offset()).raw(d.text())
              .fail(IngestStages.UNDECODABLE, "invalid UTF-8 at byte " + d.badByte() + " of the line");
        }
        byte[] b = line.bytes();
        boolean bom = line.offset() == 0 && b.length >= 3
            && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        readValues(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, line.number(),
            line.offset() + (bom ? 3 : 0));
      }
      return pending.poll();
    }

    /** Each JSON value of one line as a record; what cannot be parsed, to the line's end, as a reject. */
    private void readValues(byte[] bytes, long lineNumber, long lineOffset) throws IOException {
      try (JsonParser p = JSON.getFactory().createParser(bytes)) {
        int values = 0;
        while (true) {
          long start = p.currentLocation().getByteOffset();
          try {
            if (p.nextToken() == null) {
              return;
            }
            start = p.currentTokenLocation().getByteOffset();
            JsonNode parsed = JSON.readTree(p);
            JsonNode node = parsed == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : parsed;
            long end = p.currentLocation().getByteOffset();
            RawRecord r = new RawRecord(file, lineNumber, lineOffset + start)
                .raw(new String(bytes, (int) start, (int) (end - start), java.nio.charset.StandardCharsets.UTF_8));
            fill(r, node, cache);
            pending.add(r);
            values++;
          } catch (JsonProcessingException e) {
            int from = (int) Math.max(0, Math.min(start, bytes.length));
            while (from < bytes.length && (bytes[from] == ' ' || bytes[from] == '\t')) {
              from++;
            }
            String rest = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.UTF_8);
            pending.add(new RawRecord(file, lineNumber, lineOffset + from).raw(rest).fail(MALFORMED,
                (values == 0 ? "not a JSON object on one line: "
                    : "after " + values + " JSON value(s) on the line, from byte " + from + " of it: ")
                    + e.getOriginalMessage()));
            return;
          }
        }
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
    private final InputStream in;
    private final JsonParser parser;
    private final Map<List<String>, Map<String, String>> cache = new java.util.HashMap<>();
    private boolean started;
    private boolean done;
    /** What follows the closing ']', read as JSON Lines; null until the array has ended. */
    private LinesCursor after;

    ArrayCursor(String file, InputStream in) throws IOException {
      this.file = file;
      this.in = in;
      this.parser = JSON.getFactory().createParser(in);
    }

    @Override
    public RawRecord next() throws IOException {
      if (after != null) {
        return after.next();
      }
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
        if (t == null) {
          done = true;
          return null;
        }
        if (t == JsonToken.END_ARRAY) {
          // the parser's unread buffer, then the rest of the stream: usually only white space
          java.io.ByteArrayOutputStream unread = new java.io.ByteArrayOutputStream();
          parser.releaseBuffered(unread);
          after = new LinesCursor(file, new java.io.SequenceInputStream(
              new java.io.ByteArrayInputStream(unread.toByteArray()), in),
              parser.currentLocation().getByteOffset(), parser.currentLocation().getLineNr() - 1);
          return after.next();
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
      return after != null ? after.position() : parser.currentLocation().getByteOffset();
    }

    @Override
    public Long line() {
      return after != null ? after.line() : (long) parser.currentLocation().getLineNr();
    }
  }
}
