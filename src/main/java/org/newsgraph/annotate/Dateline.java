package org.newsgraph.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline at the head of a wire story: "NEW YORK, March 3 -", "MOSCOW (Reuters) -",
 * "WASHINGTON, Feb 26 -", "GREENWICH, Conn., March 2 -". The place is written in capitals (or
 * title case when followed by a date), may be followed by a region, and the line must carry a date
 * or an agency tag before the dash, so an ordinary first sentence is not taken for a dateline.
 *
 * @param placeStart offset of the place name in the text
 * @param placeEnd   offset after the place name
 * @param place      the place as written ("NEW YORK")
 * @param region     the region after it ("Conn.", "Alberta"), or null
 * @param end        offset after the dash that closes the dateline
 */
public record Dateline(int placeStart, int placeEnd, String place, String region, int end) {

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern DATELINE = Pattern.compile(
      "\\A[ \\t]*(?<place>[A-Z][A-Za-z.'&]*(?:[ \\-][A-Z][A-Za-z.'&]*){0,4})"
          + "(?:,[ \\t]*(?<region>[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*){0,2}))?"
          + "(?:(?<date>,\\s*" + MONTH + "\\s+\\d{1,2})?"
          + "(?<agency>\\s*\\((?:Reuters|AP|AFP|UPI|Reuter|dpa|Xinhua|Bloomberg)\\))?"
          + "\\s*[-\u2013\u2014]"
          + "|(?<iso>,?[ \\t]+\\d{4}-\\d{2}-\\d{2})[ \\t]*(?:\\r?\\n|\\z))");
  /** Lines a dateline may follow: a headline, a byline ("SANTA CRUZ, Calif., Feb 26 -" on line 2 or 3). */
  private static final int LINES_BEFORE = 2;
  /** A longer first line is a paragraph, not a headline or a byline. */
  private static final int MAX_LINE_BEFORE = 200;

  /**
   * The dateline at the start of {@code text}, or at the start of its second or third line when the
   * lines before it are short (a headline, a byline: dumps often put the headline first in the
   * text); null when there is none. Written "PLACE, Month day -", "PLACE (Agency) -", or, on a line
   * of its own, "PLACE 1996-08-30".
   */
  public static Dateline parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(text);
    int lineStart = 0;
    for (int line = 0; line <= LINES_BEFORE; line++) {
      Dateline d = at(m, text, lineStart);
      if (d != null) {
        return d;
      }
      int next = text.indexOf('\n', lineStart);
      if (next < 0 || next - lineStart > MAX_LINE_BEFORE) {
        return null;
      }
      lineStart = next + 1;
    }
    return null;
  }

  private static Dateline at(Matcher m, String text, int from) {
    m.region(from, text.length());
    if (!m.lookingAt() || (m.group("date") == null && m.group("agency") == null && m.group("iso") == null)) {
      return null;
    }
    String place = m.group("place");
    boolean capitals = place.equals(place.toUpperCase(java.util.Locale.ROOT));
    if (!capitals && m.group("date") == null && m.group("iso") == null) {
      return null; // "Officials (Reuters) -" is not a dateline; "New York, March 3 -" is
    }
    if (!capitals && m.group("iso") != null && from == 0) {
      return null; // a title-case first line with a day is a headline ("Rain Stops Play 1996-08-30")
    }
    return new Dateline(m.start("place"), m.end("place"), place, m.group("region"), m.end());
  }
}
