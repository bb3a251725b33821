package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts the Reuters-21578 SGML files ({@code reut2-NNN.sgm}) into JSON Lines for the benchmark,
 * one output file per SGML file: id {@code reuters-NEWID}, title, the body text (dateline kept in
 * front, as a wire story prints it) and the date. Documents without a body are skipped. The corpus
 * is research-only: the output goes under {@code target/}, never into the repository.
 */
public final class ReutersCorpus {
  private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
      Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*([^<]*?)\\s*</DATE>");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");
  private static final DateTimeFormatter SGML_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-yyyy HH:mm:ss").optionalStart().appendPattern(".SS").optionalEnd()
      .toFormatter(Locale.ROOT);

  /** One parsed document. */
  public record Doc(String id, String title, String text, String published) {
  }

  private ReutersCorpus() {
  }

  /** The SGML files of the corpus folder, sorted; empty when the folder is absent. */
  public static List<Path> sgmlFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
  }

  /** Parses the documents of one SGML file's content. */
  public static List<Doc> parse(String sgml) {
    List<Doc> out = new ArrayList<>();
    Matcher m = DOC.matcher(sgml);
    while (m.find()) {
      String inner = m.group(2);
      String body = first(BODY, inner);
      if (body == null || body.isBlank()) {
        continue;
      }
      String dateline = first(DATELINE, inner);
      String text = unescape((dateline == null ? "" : dateline.strip() + " ") + body.strip());
      text = text.replaceAll("\\s*Reuter\\s*\\z", "").strip(); // the wire's sign-off
      String title = first(TITLE, inner);
      out.add(new Doc("reuters-" + m.group(1), title == null ? null : unescape(title.strip()), text,
          isoDate(first(DATE, inner))));
    }
    return out;
  }

  /** Writes every file's documents as {@code reut2-NNN.jsonl} under {@code out}; returns the count. */
  public static int convert(Path folder, Path out) throws IOException {
    Files.createDirectories(out);
    int n = 0;
    for (Path f : sgmlFiles(folder)) {
      // The files are mostly ASCII with a few stray bytes: Latin-1 reads every byte.
      String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
      String name = f.getFileName().toString().replace(".sgm", ".jsonl");
      try (BufferedWriter w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
        StringBuilder sb = new StringBuilder();
        for (Doc d : parse(sgml)) {
          sb.setLength(0);
          sb.append("{\"id\":").append(Json.string(d.id())).append(",\"title\":").append(Json.string(d.title()))
              .append(",\"text\":").append(Json.string(d.text()));
          if (d.published() != null) {
            sb.append(",\"published\":").append(Json.string(d.published()));
          }
          sb.append(",\"source\":\"Reuters\",\"language\":\"en\"}\n");
          w.append(sb);
          n++;
        }
      }
    }
    return n;
  }

  private static String first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  static String isoDate(String sgmlDate) {
    if (sgmlDate == null) {
      return null;
    }
    try {
      String s = sgmlDate.strip();
      int dot = s.indexOf('.');
      LocalDateTime t = LocalDateTime.parse(dot > 0 ? s.substring(0, dot) : s, SGML_DATE);
      return t.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> {
          int code = Integer.parseInt(e.substring(1));
          yield code < 0x20 && code != '\n' && code != '\t' ? "" : String.valueOf((char) code);
        }
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
