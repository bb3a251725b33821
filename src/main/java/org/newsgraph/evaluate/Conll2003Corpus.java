package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-2003 ({@code eng.testa.txt}: one {@code TOKEN POS CHUNK NER} line per token, a blank
 * line between sentences, {@code -DOCSTART-} before each article) into articles written as a dump
 * writes them: the tokens joined with the spaces English puts between them, one sentence a line,
 * so the headline is the first line and the dateline ("LONDON 1996-08-30") the second. The date is
 * the first {@code YYYY-MM-DD} token of the first three sentences. The NER tags may be IOB1 or IOB2;
 * a span is a run of one type.
 */
public final class Conll2003Corpus {
  static final String FILE = "eng.testa.txt";
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** Tokens written without a space before them. */
  private static final Set<String> CLOSING = Set.of(",", ".", ":", ";", "%", ")", "?", "!", "'s", "'",
      "n't", "'re", "'ve", "'ll", "'d", "'m");

  private Conll2003Corpus() {
  }

  public static List<GoldArticle> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + FILE + " in " + dir);
    }
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static List<GoldArticle> parse(List<String> lines) {
    List<GoldArticle> out = new ArrayList<>();
    Builder b = null;
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        if (b != null) {
          b.finish(out);
        }
        b = new Builder("conll2003-dev-" + (out.size() + 1));
        continue;
      }
      if (b == null) {
        b = new Builder("conll2003-dev-1");
      }
      if (line.isBlank()) {
        b.endSentence();
        continue;
      }
      String[] parts = line.trim().split(" ");
      b.token(parts[0], parts[parts.length - 1]);
    }
    if (b != null) {
      b.finish(out);
    }
    return out;
  }

  private static final class Builder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<GoldArticle.Span> spans = new ArrayList<>();
    private int sentences;
    private boolean inSentence;
    private boolean noSpaceNext;
    private LocalDate date;
    private String spanType;
    private int spanStart;
    private int spanEnd;

    Builder(String id) {
      this.id = id;
    }

    void token(String token, String tag) {
      if (!inSentence) {
        if (text.length() > 0) {
          text.append('\n');
        }
        inSentence = true;
        noSpaceNext = true;
      }
      if (!noSpaceNext && !CLOSING.contains(token)) {
        text.append(' ');
      }
      noSpaceNext = token.equals("(") || token.equals("$");
      int start = text.length();
      text.append(token);
      if (date == null && sentences < 3 && ISO_DAY.matcher(token).matches()) {
        try {
          date = LocalDate.parse(token);
        } catch (java.time.DateTimeException e) {
          // not a day: leave undated
        }
      }
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean begins = type != null && (tag.startsWith("B-") || !type.equals(spanType));
      if (spanType != null && (type == null || begins)) {
        closeSpan();
      }
      if (begins) {
        spanType = type;
        spanStart = start;
      }
      if (type != null) {
        spanEnd = text.length();
      }
    }

    private void closeSpan() {
      spans.add(new GoldArticle.Span(spanStart, spanEnd, spanType, null, false));
      spanType = null;
    }

    void endSentence() {
      if (spanType != null) {
        closeSpan();
      }
      if (inSentence) {
        sentences++;
      }
      inSentence = false;
    }

    void finish(List<GoldArticle> out) {
      endSentence();
      if (text.length() > 0) {
        out.add(new GoldArticle(id, null, text.toString(), date, List.copyOf(spans)));
      }
    }
  }
}
