package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The markdown section of one gold set in docs/evaluation.md, and the file's assembly: each gold
 * set owns the part between its {@code <!-- gold: NAME -->} and {@code <!-- /gold: NAME -->} marks,
 * and rewriting one leaves the others as they are.
 */
public final class GoldReport {
  static final int ERRORS_LISTED = 15;

  private GoldReport() {
  }

  /** The console summary: one line per figure. */
  public static String summary(GoldScores s) {
    StringBuilder b = new StringBuilder();
    s.figures().forEach((name, f) -> b.append(String.format("[newsgraph] %s %s %.4f (%s)%n",
        s.gold(), name, f.value(), f.basis())));
    return b.toString();
  }

  /** The section: the command, what was read, the figures, the tables and the commonest errors. */
  public static String section(GoldScores s, String title, String command, String about, String gazetteerVersion,
                               double seconds) {
    StringBuilder b = new StringBuilder();
    b.append("## ").append(title).append("\n\n");
    b.append("```\n").append(command).append("\n```\n\n");
    b.append(about).append(" Gazetteer version `").append(gazetteerVersion).append("`; ").append(s.articles())
        .append(" articles in ").append(String.format("%.1f", seconds)).append(" s.\n\n");
    b.append("| figure | value | counts | what it measures |\n|---|---|---|---|\n");
    s.figures().forEach((name, f) -> b.append("| `").append(name).append("` | ")
        .append(String.format("%.4f", f.value())).append(" | ").append(f.basis())
        .append(" | ").append(s.description(name)).append(" |\n"));
    b.append('\n');
    for (Map.Entry<String, Map<String, Long>> t : s.tables().entrySet()) {
      b.append("**").append(capitalised(t.getKey())).append("**\n\n| class | mentions |\n|---|---|\n");
      t.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> b.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
      b.append('\n');
    }
    for (Map.Entry<String, List<List<String>>> g : s.grids().entrySet()) {
      b.append("**").append(capitalised(g.getKey())).append("**\n\n");
      List<List<String>> rows = g.getValue();
      for (int i = 0; i < rows.size(); i++) {
        b.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
        if (i == 0) {
          b.append("|").append("---|".repeat(rows.get(0).size())).append('\n');
        }
      }
      b.append('\n');
    }
    for (String kind : s.errorKinds()) {
      List<Map.Entry<String, Long>> top = s.commonest(kind, ERRORS_LISTED);
      b.append("**").append(capitalised(kind)).append("** (").append(s.errorTotal(kind))
          .append(" in all; the ").append(ERRORS_LISTED).append(" commonest, as ").append(s.errorFormat(kind))
          .append(")\n\n");
      if (top.isEmpty()) {
        b.append("none\n\n");
        continue;
      }
      b.append("| n | error |\n|---|---|\n");
      for (Map.Entry<String, Long> e : top) {
        b.append("| ").append(e.getValue()).append(" | ").append(e.getKey().replace("|", "\\|")).append(" |\n");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Every error with the snippet of its first example: for target/evaluation only (it quotes the gold's text). */
  public static String allErrors(GoldScores s) {
    StringBuilder b = new StringBuilder("# Every error of " + s.gold() + ", with an example (not for committing)\n\n");
    for (String kind : s.errorKinds()) {
      b.append("## ").append(kind).append("\n\n");
      for (Map.Entry<String, Long> e : s.commonest(kind, Integer.MAX_VALUE)) {
        b.append(e.getValue()).append("\t").append(e.getKey()).append("\t").append(s.example(kind, e.getKey()))
            .append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Writes {@code section} into {@code file} between the marks of {@code gold}: in place of the
   * old section, else at the end. A file without marks (the Reuters-only report of before) is
   * started anew with its header.
   */
  public static void writeSection(Path file, String gold, String section, String header) throws IOException {
    String begin = "<!-- gold: " + gold + " -->\n";
    String end = "<!-- /gold: " + gold + " -->\n";
    String old = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!old.contains("<!-- gold: ")) {
      old = header;
    }
    String block = begin + section + end;
    int i = old.indexOf(begin);
    int j = old.indexOf(end);
    String updated;
    if (i >= 0 && j > i) {
      updated = old.substring(0, i) + block + old.substring(j + end.length());
    } else {
      updated = old + (old.endsWith("\n\n") || old.isEmpty() ? "" : "\n") + block + "\n";
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }
}
