package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.evaluate.ReutersArticle;
import org.newsgraph.evaluate.ReutersCorpus;

/**
 * Reuters-21578 as JSON Lines for the benchmark: the stories read by the evaluation's SGML reader
 * ({@link ReutersCorpus}) that have a text, written as id {@code reuters-NEWID}, title, text
 * (dateline first, as a wire story prints it) and the day as {@code published}, in files of 1,000
 * stories (Spark reads one file per task). The corpus is research-only: the output goes under
 * {@code target/}, never into the repository.
 */
public final class ReutersJsonl {
  static final int PER_FILE = 1_000;

  private ReutersJsonl() {
  }

  /** Whether {@code folder} holds the SGML files. */
  public static boolean present(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.anyMatch(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm"));
    }
  }

  /** Writes the stories with a text under {@code out}; returns how many. */
  public static int convert(Path folder, Path out) throws IOException {
    List<ReutersArticle> stories = ReutersCorpus.read(folder).stream()
        .filter(a -> a.text() != null && !a.text().isBlank()).toList();
    Files.createDirectories(out);
    StringBuilder sb = new StringBuilder();
    for (int from = 0; from < stories.size(); from += PER_FILE) {
      Path file = out.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", from / PER_FILE));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (ReutersArticle a : stories.subList(from, Math.min(stories.size(), from + PER_FILE))) {
          sb.setLength(0);
          sb.append("{\"id\":").append(Json.string("reuters-" + a.id()))
              .append(",\"title\":").append(Json.string(a.title()))
              .append(",\"text\":").append(Json.string(a.text()));
          if (a.date() != null) {
            sb.append(",\"published\":").append(Json.string(a.date().toString()));
          }
          sb.append(",\"source\":\"Reuters\",\"language\":\"en\"}\n");
          w.append(sb);
        }
      }
    }
    return stories.size();
  }
}
