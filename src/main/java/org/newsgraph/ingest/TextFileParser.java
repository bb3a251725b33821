package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A plain-text file is one article: the id is the file name without its extension, the text the
 * file's content (UTF-8), the first non-empty line the title when {@code titleFirstLine}. A sidecar
 * {@code NAME.json} beside the file gives metadata (its fields mapped like JSON input; they win over
 * the file's own). Reasons: binary_file (a NUL byte), undecodable_bytes, oversize; a sidecar that is
 * not a JSON object makes the article a malformed_json reject.
 */
public final class TextFileParser implements RecordParser {
  public static final String BINARY = "binary_file";

  private final FieldMapping mapping;
  private final boolean titleFirstLine;
  private final int maxRecordBytes;

  public TextFileParser(FieldMapping mapping, boolean titleFirstLine, int maxRecordBytes) {
    this.mapping = mapping;
    this.titleFirstLine = titleFirstLine;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** The id a text file gets from its name: the name without its last extension. */
  static String idFromName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (String ext : new String[] {".gz", ".bz2"}) {
      if (name.endsWith(ext)) {
        name = name.substring(0, name.length() - ext.length());
      }
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  @Override
  public Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException {
    return new Cursor() {
      boolean done;
      long read;

      @Override
      public RawRecord next() throws IOException {
        if (done) {
          return null;
        }
        done = true;
        byte[] bytes = in.readNBytes(maxRecordBytes + 1);
        read = bytes.length;
        RawRecord r = new RawRecord(file.path(), null, 0L);
        r.id = idFromName(file.path());
        if (bytes.length > maxRecordBytes) {
          long more = in.skip(Long.MAX_VALUE);
          return r.raw(new String(bytes, 0, 8000, StandardCharsets.UTF_8)).fail(IngestStages.OVERSIZE,
              "the file has " + (bytes.length + more) + " bytes; ingest.max_record_bytes is " + maxRecordBytes);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
          if (bytes[i] == 0) {
            return r.raw(new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1))
                .fail(BINARY, "a NUL byte at offset " + i + ": not a text file");
          }
        }
        Utf8.Decoded d = Utf8.decode(bytes);
        String text = d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text();
        r.raw(text);
        if (!d.ok()) {
          return r.fail(IngestStages.UNDECODABLE, "invalid UTF-8 at byte " + d.badByte());
        }
        if (titleFirstLine) {
          String stripped = text.stripLeading();
          int nl = stripped.indexOf('\n');
          r.title = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
          r.text = nl < 0 ? "" : stripped.substring(nl + 1);
        } else {
          r.text = text;
        }
        if (file.manifest() != null) {
          applyManifest(r, opener, file);
        }
        if (file.sidecar() != null) {
          applySidecar(r, opener, file.sidecar());
        }
        return r;
      }

      @Override
      public long position() {
        return read;
      }

      @Override
      public Long line() {
        return null;
      }
    };
  }

  static final java.util.List<String> FILE_COLUMNS = java.util.List.of("file", "filename", "file_name", "path", "name");

  /** The manifest of the folder last read: file name -> field -> value (files come sorted by path). */
  private transient String manifestPath;
  private transient java.util.Map<String, java.util.Map<String, String>> manifestRows;

  private void applyManifest(RawRecord r, Opener opener, InputFiles.InputFile file) throws IOException {
    if (!file.manifest().equals(manifestPath)) {
      manifestRows = readManifest(opener, file.manifest());
      manifestPath = file.manifest();
    }
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    java.util.Map<String, String> row = manifestRows.get(name);
    if (row != null) {
      row.forEach(r::set);
    }
  }

  private java.util.Map<String, java.util.Map<String, String>> readManifest(Opener opener, String path)
      throws IOException {
    java.util.List<java.util.List<String>> rows;
    try (InputStream in = opener.open(path)) {
      rows = new DelimitedRecordParser(',', mapping, maxRecordBytes).rows(in);
    }
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.HashMap<>();
    if (rows.isEmpty()) {
      return out;
    }
    java.util.List<String> header = rows.get(0);
    int fileColumn = -1;
    for (String candidate : FILE_COLUMNS) {
      for (int i = 0; i < header.size() && fileColumn < 0; i++) {
        if (FieldMapping.normalise(header.get(i)).equals(FieldMapping.normalise(candidate))) {
          fileColumn = i;
        }
      }
    }
    if (fileColumn < 0) {
      throw new IOException("the manifest " + path + " has no file column (one of " + FILE_COLUMNS + ")");
    }
    java.util.List<String> others = new java.util.ArrayList<>(header);
    others.set(fileColumn, "\u0000file");
    java.util.Map<String, String> resolved = mapping.resolve(others);
    for (java.util.List<String> row : rows.subList(1, rows.size())) {
      java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
      resolved.forEach((field, column) -> {
        String v = row.get(header.indexOf(column));
        if (!field.equals("text") && v != null && !v.isBlank()) {
          values.put(field, v);
        }
      });
      String name = row.get(fileColumn);
      out.put(name.substring(name.lastIndexOf('/') + 1), values);
    }
    return out;
  }

  private void applySidecar(RawRecord r, Opener opener, String sidecar) throws IOException {
    byte[] json;
    try (InputStream s = opener.open(sidecar)) {
      json = s.readNBytes(1 << 20);
    }
    JsonNode parsed;
    try {
      parsed = JsonRecordParser.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      parsed = null;
    }
    JsonNode node = parsed;
    if (node == null || !node.isObject()) {
      r.fail(JsonRecordParser.MALFORMED, "the sidecar " + sidecar + " is not a JSON object");
      return;
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    mapping.resolve(names).forEach((field, name) -> {
      String v = JsonRecordParser.asText(node.get(name));
      if (v != null && !v.isBlank() && !field.equals("text")) {
        r.set(field, v);
      }
    });
  }
}
