package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the original Reuters-21578 SGML files ({@code reut2-000.sgm} ... {@code reut2-021.sgm}).
 * They are SGML, not XML: read as Latin-1 with regular expressions; numeric entities for control
 * characters ({@code &#2;}, {@code &#3;} ...) are dropped, {@code &lt;}, {@code &gt;},
 * {@code &amp;} decoded.
 */
public final class ReutersCorpus {
  private static final Pattern DOC = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern D = Pattern.compile("<D>(.*?)</D>");
  private static final Pattern ENTITY = Pattern.compile("&#(\\d+);");
  private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

  private ReutersCorpus() {
  }

  /** Every story of the {@code reut2-*.sgm} files in {@code dir}, in file and document order. */
  public static List<ReutersArticle> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no reut2-*.sgm files in " + dir);
    }
    List<ReutersArticle> out = new ArrayList<>(21_578);
    for (Path f : files) {
      out.addAll(parse(Files.readString(f, StandardCharsets.ISO_8859_1)));
    }
    return out;
  }

  /** The stories of one SGML file's content. */
  static List<ReutersArticle> parse(String sgml) {
    List<ReutersArticle> out = new ArrayList<>();
    Matcher m = DOC.matcher(sgml);
    while (m.find()) {
      Matcher id = NEWID.matcher(m.group(1));
      String doc = m.group(2);
      String text = element(doc, "TEXT");
      String body = element(text, "BODY");
      String dateline = element(text, "DATELINE");
      String fullText;
      if (body != null) {
        fullText = (dateline == null ? "" : dateline.strip() + " ") + body;
      } else {
        fullText = text == null ? "" : text.replaceAll("<TITLE>.*?</TITLE>", "")
            .replaceAll("</?[A-Z]+[^>]*>", " ");
      }
      out.add(new ReutersArticle(id.find() ? id.group(1) : "", day(element(doc, "DATE")),
          clean(element(text, "TITLE")), clean(fullText).strip(), labels(element(doc, "PLACES")),
          labels(element(doc, "PEOPLE")), labels(element(doc, "TOPICS"))));
    }
    return out;
  }

  static LocalDate day(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    String first = date.strip().split("\\s+")[0];
    try {
      return LocalDate.parse(first, DAY);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String element(String s, String tag) {
    if (s == null) {
      return null;
    }
    Matcher m = Pattern.compile("<" + tag + "(?:\\s[^>]*)?>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static List<String> labels(String s) {
    List<String> out = new ArrayList<>();
    if (s != null) {
      Matcher m = D.matcher(s);
      while (m.find()) {
        out.add(m.group(1).trim());
      }
    }
    return out;
  }

  /** Drops control-character entities, decodes the three named ones. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      int code = Integer.parseInt(m.group(1));
      m.appendReplacement(b, code < 32 ? "" : Matcher.quoteReplacement(String.valueOf((char) code)));
    }
    m.appendTail(b);
    return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
