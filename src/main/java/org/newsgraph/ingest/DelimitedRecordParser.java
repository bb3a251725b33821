package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV or TSV with a header row (RFC 4180 quoting: a field in double quotes may hold the separator,
 * newlines and doubled quotes). The header is mapped with a {@link FieldMapping}. A record that
 * cannot be parsed (a quote never closed, text after a closing quote, another number of fields than
 * the header) is a malformed_csv reject of its first line, and reading resumes on the line after it,
 * so one broken quote does not swallow the rest of the file.
 */
public final class DelimitedRecordParser implements RecordParser {
  public static final String MALFORMED = "malformed_csv";

  private final char separator;
  private final FieldMapping mapping;
  private final int maxRecordBytes;

  public DelimitedRecordParser(char separator, FieldMapping mapping, int maxRecordBytes) {
    this.separator = separator;
    this.mapping = mapping;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** The header of a file: its column names, or null when the file is empty. */
  List<String> header(InputStream in) throws IOException {
    LineSource lines = new LineSource(in, maxRecordBytes);
    Parsed p = parse(lines);
    return p == null ? null : p.fields;
  }

  private static final class Parsed {
    List<String> fields = new ArrayList<>();
    List<LineSource.Line> lines = new ArrayList<>();
    StringBuilder raw = new StringBuilder();
    String error;
    String undecodable;
    boolean oversize;
    long bytes;
  }

  /** One record's fields starting at the next non-empty line; null at the end of the stream. */
  private Parsed parse(LineSource source) throws IOException {
    LineSource.Line line;
    do {
      line = source.next();
      if (line == null) {
        return null;
      }
    } while (line.length() == 0 || (line.bytes().length == 1 && line.bytes()[0] == '\r'));
    Parsed p = new Parsed();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      p.lines.add(line);
      p.bytes += line.length() + 1;
      if (line.overflow() || p.bytes > maxRecordBytes) {
        p.oversize = true;
        p.raw.append(new String(line.bytes(), 0, Math.min(line.bytes().length, 8000),
            java.nio.charset.StandardCharsets.UTF_8));
        return p;
      }
      Utf8.Decoded d = Utf8.decode(line.bytes());
      if (!d.ok() && p.undecodable == null) {
        p.undecodable = "invalid UTF-8 at byte " + d.badByte() + " of line " + line.number();
      }
      String s = line.number() == 1 && d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text();
      if (p.raw.length() > 0) {
        p.raw.append('\n');
      }
      if (p.raw.length() < RawRecord.RAW_KEEP_CHARS) {
        p.raw.append(s, 0, Math.min(s.length(), RawRecord.RAW_KEEP_CHARS));
      }
      for (int i = 0; i < s.length() && p.error == null; i++) {
        char c = s.charAt(i);
        if (inQuotes) {
          if (c == '"') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              inQuotes = false;
              afterQuote = true;
            }
          } else {
            field.append(c);
          }
        } else if (c == separator) {
          p.fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
          fieldStart = true;
        } else if (afterQuote) {
          p.error = "text after a closing quote at line " + line.number() + ", column " + (i + 1);
        } else if (c == '"' && fieldStart) {
          inQuotes = true;
          fieldStart = false;
        } else {
          field.append(c);
          fieldStart = false;
        }
      }
      if (p.error != null) {
        return p;
      }
      if (!inQuotes) {
        p.fields.add(field.toString());
        return p;
      }
      field.append('\n');
      line = source.next();
      if (line == null) {
        p.error = "a quote opened on line " + p.lines.get(0).number() + " is never closed";
        return p;
      }
    }
  }

  /** The well-formed rows of a CSV, its header first (for manifests: small, read whole). */
  List<List<String>> rows(InputStream in) throws IOException {
    LineSource source = new LineSource(in, maxRecordBytes);
    List<List<String>> out = new ArrayList<>();
    Parsed p;
    while ((p = parse(source)) != null) {
      if (p.error != null && p.lines.size() > 1) {
        source.pushBack(p.lines.subList(1, p.lines.size()));
      }
      if (p.error == null && !p.oversize && (out.isEmpty() || p.fields.size() == out.get(0).size())) {
        out.add(p.fields);
      }
    }
    return out;
  }

  @Override
  public Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException {
    LineSource source = new LineSource(in, maxRecordBytes);
    return new Cursor() {
      List<String> header;
      Map<String, Integer> columns;

      @Override
      public RawRecord next() throws IOException {
        Parsed p = parse(source);
        if (p == null) {
          return null;
        }
        LineSource.Line first = p.lines.get(0);
        RawRecord r = new RawRecord(file.path(), first.number(), first.offset()).raw(p.raw.toString());
        if (p.error != null && p.lines.size() > 1) {
          // resume on the line after the broken record's first line
          source.pushBack(p.lines.subList(1, p.lines.size()));
          r.raw(new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (header == null) {
          if (p.error != null || p.oversize || p.undecodable != null) {
            header = List.of();
            columns = Map.of();
            return r.fail(MALFORMED, "the header row cannot be read: "
                + (p.error != null ? p.error : p.oversize ? "it is too long" : p.undecodable));
          }
          header = p.fields;
          columns = new java.util.HashMap<>();
          mapping.resolve(header).forEach((f, name) -> columns.put(f, header.indexOf(name)));
          return next();
        }
        if (p.oversize) {
          return r.fail(IngestStages.OVERSIZE, "the record has more than " + maxRecordBytes
              + " bytes (ingest.max_record_bytes)");
        }
        if (p.error != null) {
          return r.fail(MALFORMED, p.error);
        }
        if (p.fields.size() != header.size()) {
          return r.fail(MALFORMED, p.fields.size() + " fields; the header has " + header.size());
        }
        columns.forEach((f, i) -> r.set(f, p.fields.get(i)));
        if (p.undecodable != null) {
          r.fail(IngestStages.UNDECODABLE, p.undecodable);
        }
        return r;
      }

      @Override
      public long position() {
        return source.position();
      }

      @Override
      public Long line() {
        return source.lineNumber();
      }
    };
  }
}
