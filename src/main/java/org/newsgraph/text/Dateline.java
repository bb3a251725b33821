package org.newsgraph.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline at the head of a wire story, the one grammar of it in newsgraph: ingest dates an
 * article by it, the Spark NLP date step prefers it to other dates in the text, and annotate
 * resolves its place. Plain Java, no Spark.
 *
 * <p>Written, at the start of the text or of its second or third line when the lines before are
 * short (a headline, a byline: dumps often put the headline first in the text):
 * <ul>
 *   <li>{@code PLACE[ (tag)][, Region][, [Weekday, ]date] [(Agency)] -}: "NEW YORK, March 3 -",
 *       "MOSCOW (Reuters) -", "GREENWICH, Conn., March 2 -", "LONDON, Sept. 12, 2023 (Reuters) -",
 *       "PARIS, 12 September 2023 -", "ROME, Monday, June 3 -"; the date is month and day in either
 *       order, with a year or not, and closes with a dash (-, --, en or em dash) or, after a date, a
 *       colon;</li>
 *   <li>{@code [Weekday, ]date [(Agency)] -} without a place: "March 3 (Reuters) -";</li>
 *   <li>{@code PLACE[, Region][,] yyyy-mm-dd} on a line of its own ("LONDON 1996-08-30", "NABLUS, West
 *       Bank 1996-08-30").</li>
 * </ul>
 * The place is written in capitals, or in title case when a date follows it (so "Officials
 * (Reuters) -" is no dateline, and a title-case first line ending in a day is a headline); a line
 * needs a date or an agency tag before its dash, so an ordinary first sentence is not taken for
 * one.
 *
 * @param start      offset where the dateline's line starts
 * @param placeStart offset of the place name, or -1 without a place
 * @param placeEnd   offset after the place name, or -1
 * @param place      the place as written ("NEW YORK"), or null
 * @param region     the region after it ("Conn.", "Alberta"), or null
 * @param month      1-12, or null without a date
 * @param day        day of the month, or null
 * @param year       the year written, or null (a dateline of month and day only)
 * @param end        offset after the dash or colon that closes the dateline (after the line end of the ISO form)
 */
public record Dateline(int start, int placeStart, int placeEnd, String place, String region, Integer month,
                       Integer day, Integer year, int end) {

  /** A month by its first three letters: "March", "Mar.", "Sept." and wire typos such as "Marc". */
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String DAY = "[0-3]?\\d(?:st|nd|rd|th)?";
  private static final String WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+";
  private static final Pattern SPACE = Pattern.compile("[ \\t]*");
  private static final Pattern PLACE = Pattern.compile("[ \\t]*([A-Z][A-Za-z.'&]*(?:(?:[ \\-/]| / )[A-Z][A-Za-z.'&]*){0,4})");
  /** A news agency's tag: it makes a line without a date a dateline ("MOSCOW (Reuters) -"). */
  private static final Pattern NAMED_AGENCY = Pattern.compile(
      "\\s*\\((?:Reuters|Reuter|AP|AFP|UPI|dpa|Xinhua|Bloomberg)\\)");
  /** Any short bracket after the place ("LONDON (IFR)") or the date, allowed in a dated line. */
  private static final Pattern REGION = Pattern.compile(",[ \\t]*([A-Z][A-Za-z.]*(?:[ \\t][A-Z][A-Za-z.]*){0,2})");
  private static final Pattern DATE = Pattern.compile("(?:" + WEEKDAY + ")?(?:(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY
      + ")|(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + "))(?:,?\\s+(?<y>(?:19|20)\\d{2}))?(?![\\w])");
  private static final Pattern AGENCY = Pattern.compile("\\s*\\([^)\\n]{1,40}\\)");
  private static final Pattern DASH = Pattern.compile("\\s*(?:--|[-\u2013\u2014])");
  private static final Pattern COLON = Pattern.compile("\\s*:");
  private static final Pattern ISO = Pattern.compile(",?[ \\t]+((?:19|20)\\d{2})-(0[1-9]|1[0-2])-([0-3]\\d)[ \\t]*"
      + "(?:\\r?\\n|\\z)");
  private static final Pattern COMMA = Pattern.compile(",\\s*");
  /** Lines a dateline may follow: a headline, a byline ("SANTA CRUZ, Calif., Feb 26 -" on line 2 or 3). */
  private static final int LINES_BEFORE = 2;
  /** A longer first line is a paragraph, not a headline or a byline. */
  private static final int MAX_LINE_BEFORE = 200;

  /** Whether the dateline has a place. */
  public boolean hasPlace() {
    return place != null;
  }

  /**
   * The dateline's day: its year, else {@code fallbackYear} (the dump's, from a path or a
   * setting); null without a date, without any year, or for a day that does not exist or falls
   * outside 1900-2100.
   */
  public LocalDate date(Integer fallbackYear) {
    Integer y = year != null ? year : fallbackYear;
    if (month == null || y == null || y < 1900 || y > 2100) {
      return null;
    }
    try {
      return LocalDate.of(y, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The dateline of {@code text} (see the class comment), or null. */
  public static Dateline parse(String text) {
    if (text == null) {
      return null;
    }
    int lineStart = 0;
    for (int line = 0; line <= LINES_BEFORE; line++) {
      Dateline d = at(text, lineStart, line == 0);
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

  private static Dateline at(String text, int from, boolean firstLine) {
    Dateline placed = withPlace(text, from, firstLine);
    return placed != null ? placed : withoutPlace(text, from);
  }

  /** {@code PLACE[ (tag)][, Region][, date][ (Agency)] -}, or {@code PLACE[,] yyyy-mm-dd} at a line's end. */
  private static Dateline withPlace(String text, int from, boolean firstLine) {
    Matcher p = PLACE.matcher(text).region(from, text.length());
    if (!p.lookingAt()) {
      return null;
    }
    String place = p.group(1);
    boolean capitals = place.equals(place.toUpperCase(Locale.ROOT));
    int at = p.end();
    Matcher r = REGION.matcher(text).region(at, text.length());
    boolean hasRegion = r.lookingAt();
    Matcher iso = ISO.matcher(text).region(at, text.length());
    if (iso.lookingAt() || hasRegion && iso.region(r.end(), text.length()).lookingAt()) {
      if (!capitals && firstLine) {
        return null; // a title-case first line with a day is a headline ("Rain Stops Play 1996-08-30")
      }
      return new Dateline(from, p.start(1), p.end(1), place, iso.regionStart() == at ? null : r.group(1),
          Integer.valueOf(iso.group(2)), Integer.valueOf(iso.group(3)), Integer.valueOf(iso.group(1)), iso.end());
    }
    Matcher tag = AGENCY.matcher(text).region(at, text.length());
    boolean tagged = tag.lookingAt();
    // the date directly after the place, or after a region: "WASHINGTON, March 3", "GREENWICH, Conn., March 2"
    boolean named = tagged && NAMED_AGENCY.matcher(text).region(at, text.length()).lookingAt();
    Dateline d = dated(text, from, p, place, null, tagged ? tag.end() : at, capitals, named);
    if (d != null) {
      return d;
    }
    if (hasRegion) {
      d = dated(text, from, p, place, r.group(1), r.end(), capitals, false);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * After the place (and region) at {@code at}: {@code [, date][ (Agency)] -}. {@code named}: the
   * place was followed by a news agency's tag.
   */
  private static Dateline dated(String text, int from, Matcher p, String place, String region, int at,
                                boolean capitals, boolean named) {
    Matcher comma = COMMA.matcher(text).region(at, text.length());
    Matcher date = DATE.matcher(text);
    boolean hasDate = comma.lookingAt() && date.region(comma.end(), text.length()).lookingAt();
    int pos = hasDate ? date.end() : at;
    Matcher agency = (hasDate ? AGENCY : NAMED_AGENCY).matcher(text).region(pos, text.length());
    boolean hasAgency = agency.lookingAt();
    if (hasAgency) {
      pos = agency.end();
    }
    if (!hasDate && !hasAgency && !named) {
      return null;
    }
    if (!capitals && !hasDate) {
      return null; // "Officials (Reuters) -" is not a dateline; "New York, March 3 -" is
    }
    int end = closed(text, pos, hasDate);
    if (end < 0) {
      return null;
    }
    return hasDate ? withDate(from, p.start(1), p.end(1), place, region, date, end)
        : new Dateline(from, p.start(1), p.end(1), place, region, null, null, null, end);
  }

  /** {@code [Weekday, ]date[ (Agency)] -} at the start of a line, without a place. */
  private static Dateline withoutPlace(String text, int from) {
    Matcher space = SPACE.matcher(text).region(from, text.length());
    space.lookingAt();
    Matcher date = DATE.matcher(text).region(space.end(), text.length());
    if (!date.lookingAt()) {
      return null;
    }
    int pos = date.end();
    Matcher agency = AGENCY.matcher(text).region(pos, text.length());
    if (agency.lookingAt()) {
      pos = agency.end();
    }
    Matcher dash = DASH.matcher(text).region(pos, text.length());
    if (!dash.lookingAt()) {
      return null;
    }
    return withDate(from, -1, -1, null, null, date, dash.end());
  }

  /** The offset after the dash (or, after a date, the colon) at {@code pos}, or -1. */
  private static int closed(String text, int pos, boolean hasDate) {
    Matcher dash = DASH.matcher(text).region(pos, text.length());
    if (dash.lookingAt()) {
      return dash.end();
    }
    Matcher colon = COLON.matcher(text).region(pos, text.length());
    return hasDate && colon.lookingAt() ? colon.end() : -1;
  }

  private static Dateline withDate(int from, int placeStart, int placeEnd, String place, String region, Matcher date,
                                   int end) {
    String month = date.group("m1") != null ? date.group("m1") : date.group("m2");
    String day = date.group("d1") != null ? date.group("d1") : date.group("d2");
    return new Dateline(from, placeStart, placeEnd, place, region, month(month),
        Integer.valueOf(day.replaceAll("\\D", "")), date.group("y") == null ? null : Integer.valueOf(date.group("y")),
        end);
  }

  /** The month (1-12) of a month name by its first three letters ("Sept." -> 9). */
  public static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
