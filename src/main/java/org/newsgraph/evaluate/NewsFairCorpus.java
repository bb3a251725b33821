package org.newsgraph.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads News-Fair ({@code news-fair-dev.jsonl}, from ELEVANT): one article a line with {@code id},
 * {@code title} ("20180306 - headline": the publication day, then the headline), {@code text},
 * {@code evaluation_span} (the three paragraphs labelled exhaustively) and {@code labels}
 * ({@code span}, {@code entity_id} a Wikidata id or {@code <NIL>}, {@code type}, {@code coref}).
 * The text begins with the headline, as a dump writes it; the title is the headline without its
 * date. A span's ref is its entity id, its label the Wikidata type.
 */
public final class NewsFairCorpus {
  static final String FILE = "news-fair-dev.jsonl";
  private static final Pattern DATED_TITLE = Pattern.compile("(\\d{8})\\s*-\\s*(.*)", Pattern.DOTALL);

  private NewsFairCorpus() {
  }

  public static List<GoldArticle> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + FILE + " in " + dir);
    }
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(parse(json.readTree(line)));
        }
      }
    }
    return out;
  }

  static GoldArticle parse(JsonNode a) {
    String text = a.path("text").asText("");
    String title = a.path("title").asText("");
    LocalDate date = null;
    Matcher m = DATED_TITLE.matcher(title);
    if (m.matches()) {
      try {
        date = LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
      } catch (java.time.DateTimeException e) {
        // an impossible day: undated
      }
      title = m.group(2);
    }
    List<GoldArticle.Span> spans = new ArrayList<>();
    for (JsonNode l : a.path("labels")) {
      int start = l.path("span").path(0).asInt(-1);
      int end = l.path("span").path(1).asInt(-1);
      if (start >= 0 && end <= text.length() && start < end) {
        spans.add(new GoldArticle.Span(start, end, l.path("type").asText(""), l.path("entity_id").asText(""),
            l.path("coref").asBoolean(false)));
      }
    }
    JsonNode scope = a.path("evaluation_span");
    int from = scope.path(0).asInt(0);
    int to = scope.path(1).asInt(text.length());
    // the text already begins with the headline: the job reads it as the text, without a title field
    return new GoldArticle("newsfair-" + a.path("id").asText(), null, text, date, List.copyOf(spans),
        Math.max(0, from), Math.min(text.length(), to));
  }
}
