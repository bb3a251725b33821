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
      "\\A\\s*(?<place>[A-Z][A-Za-z.'&]*(?:[ \\-][A-Z][A-Za-z.'&]*){0,4})"
          + "(?:,\\s*(?<region>[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*){0,2}))?"
          + "(?<date>,\\s*" + MONTH + "\\s+\\d{1,2})?"
          + "(?<agency>\\s*\\((?:Reuters|AP|AFP|UPI|Reuter|dpa|Xinhua|Bloomberg)\\))?"
          + "\\s*[-\u2013\u2014]");

  /** The dateline at the start of {@code text}, or null when it does not start with one. */
  public static Dateline parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(text);
    if (!m.lookingAt() || (m.group("date") == null && m.group("agency") == null)) {
      return null;
    }
    String place = m.group("place");
    boolean capitals = place.equals(place.toUpperCase(java.util.Locale.ROOT));
    if (!capitals && m.group("date") == null) {
      return null; // "Officials (Reuters) -" is not a dateline; "New York, March 3 -" is
    }
    return new Dateline(m.start("place"), m.end("place"), place, m.group("region"), m.end());
  }
}
