package org.newsgraph.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The HuffPost News Category slices ({@code News_Category_Dataset_v*.json}, JSON Lines of link,
 * headline, short_description, category, date): the headline is the title, the description the
 * text, the category the one label. Files are read newest version first and a link seen before is
 * skipped (the slices overlap).
 */
final class HuffPostCorpus {
  private HuffPostCorpus() {
  }

  static List<TopicEvaluation.Labelled> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("News_Category_Dataset_v\\d+.*\\.json"))
          .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no News_Category_Dataset_v*.json files in " + dir);
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> links = new HashSet<>();
    List<TopicEvaluation.Labelled> out = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          String link = n.path("link").asText("");
          if (!links.add(link)) {
            continue;
          }
          out.add(new TopicEvaluation.Labelled(link, n.path("headline").asText(""),
              n.path("short_description").asText(""), day(n.path("date").asText("")),
              List.of(n.path("category").asText(""))));
        }
      }
    }
    return out;
  }

  private static LocalDate day(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
