package org.newsgraph.evaluate;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of a gold set written by others, as the job would read it from a dump, with the
 * gold's spans over its text.
 *
 * @param title null when the gold set has none (the text then begins with the headline line)
 * @param date  the publication day, null when the gold set does not give one
 * @param spans the gold spans, offsets into {@code text}
 * @param scope the part of the text the gold labels exhaustively ({@code [0, text.length())} for
 *              most sets; News-Fair labels three paragraphs only)
 */
public record GoldArticle(String id, String title, String text, LocalDate date, List<Span> spans,
                          int scopeStart, int scopeEnd) {

  /**
   * A gold span {@code [start, end)} of the text.
   *
   * @param label the gold's class of the span (CoNLL PER/LOC/ORG/MISC, a GeoWebNews toponym type,
   *              a News-Fair Wikidata class)
   * @param ref   what the span refers to, where the gold says (a Wikidata id, a Wikipedia page,
   *              a country id), else null
   * @param coref a coreference span ("the president", "he") rather than a name
   */
  public record Span(int start, int end, String label, String ref, boolean coref) {
    public boolean overlaps(int s, int e) {
      return s < end && start < e;
    }
  }

  public GoldArticle(String id, String title, String text, LocalDate date, List<Span> spans) {
    this(id, title, text, date, spans, 0, text.length());
  }

  /** The gold span that overlaps {@code [s, e)} most (the first of equal ones), or null. */
  public Span spanAt(int s, int e) {
    Span best = null;
    int bestOverlap = 0;
    for (Span sp : spans) {
      int overlap = Math.min(e, sp.end()) - Math.max(s, sp.start());
      if (overlap > bestOverlap) {
        best = sp;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  public boolean inScope(int s, int e) {
    return s >= scopeStart && e <= scopeEnd;
  }
}
