package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Dateline;

/**
 * A publication date read from the text of an undated article. Plain Java, no Spark.
 *
 * <p>What is resolvable, in order of preference:
 * <ol>
 *   <li>the text's dateline ({@link Dateline}, the one grammar of it) with a year: "LONDON, Sept. 12, 2023 (Reuters) -",
 *       "PARIS, 12 September 2023 -" (rule {@code dateline});</li>
 *   <li>a dateline with month and day only ("WASHINGTON, March 3 (Reuters) -"), when the run
 *       names the year of the dump ({@code nlp.dates.dateline_year}); without it the year is not
 *       in the text and such an article stays undated;</li>
 *   <li>the earliest full date (day, month and an explicit year) in the lead (the first
 *       {@link #LEAD_CHARS} characters): our rules ("September 12, 2023", "12 September 2023",
 *       ranges "September 10 to 13, 2023" and "10-13 September 2023" give the first day,
 *       "2023-09-12"), or a Spark NLP MultiDateMatcher match whose matched text shows the year
 *       (other matches take the year from today and are dropped);</li>
 *   <li>the earliest month and year in the lead ("April 2019"), as the first of the month.</li>
 * </ol>
 * A date in the text is a proxy: it is usually the day of the events reported, close to the
 * publication date but not always. Dates outside 1900-2100 are ignored.
 */
public final class TextDates {
  /** Characters at the start of the text searched for dates. */
  public static final int LEAD_CHARS = 600;

  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String RANGE = "(?:\\s*(?:-|\u2013|to|and)\\s*[0-3]?\\d(?:st|nd|rd|th)?)?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+" + DAY + RANGE + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b" + DAY + RANGE + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(0[1-9]|1[0-2])-([0-3]\\d)\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern HAS_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final int MAX_MATCH_CHARS = 30;

  /** A date found at character {@code start}; {@code dayKnown} false for month-and-year only. */
  public record Found(LocalDate date, int start, boolean dayKnown, String rule) {
  }

  private TextDates() {
  }

  /**
   * The publication date of {@code text}, or null. {@code matcherDates} are MultiDateMatcher
   * results as "begin|end|yyyy-MM-dd" (offsets into {@code text}, end inclusive);
   * {@code datelineYear} is the year for datelines without one, or null.
   */
  public static LocalDate publicationDate(String text, List<String> matcherDates, Integer datelineYear) {
    Found f = best(text, matcherDates, datelineYear);
    return f == null ? null : f.date();
  }

  static Found best(String text, List<String> matcherDates, Integer datelineYear) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Found dateline = dateline(text, datelineYear);
    if (dateline != null) {
      return dateline;
    }
    String lead = text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text;
    List<Found> all = new ArrayList<>(ruleDates(lead));
    if (matcherDates != null) {
      for (String m : matcherDates) {
        Found f = fromMatcher(text, m);
        if (f != null && f.start() < LEAD_CHARS) {
          all.add(f);
        }
      }
    }
    return all.stream()
        .min(Comparator.comparing((Found f) -> !f.dayKnown()).thenComparingInt(Found::start)
            .thenComparing(f -> f.rule().equals("matcher")))
        .orElse(null);
  }

  /** A dateline at the start of {@code text}; without a year it takes {@code year}, or is null. */
  static Found dateline(String text, Integer year) {
    Dateline d = Dateline.parse(text);
    LocalDate day = d == null ? null : d.date(year);
    return day == null ? null : new Found(day, d.start(), true, "dateline");
  }

  /** Dates our rules find in {@code lead}, with their offsets. */
  static List<Found> ruleDates(String lead) {
    List<Found> out = new ArrayList<>();
    Matcher m = MONTH_DAY_YEAR.matcher(lead);
    while (m.find()) {
      add(out, date(Integer.parseInt(m.group(3)), Dateline.month(m.group(1)), Integer.parseInt(m.group(2))),
          m.start(), true, "month_day_year");
    }
    m = DAY_MONTH_YEAR.matcher(lead);
    while (m.find()) {
      add(out, date(Integer.parseInt(m.group(3)), Dateline.month(m.group(2)), Integer.parseInt(m.group(1))),
          m.start(), true, "day_month_year");
    }
    m = ISO.matcher(lead);
    while (m.find()) {
      add(out, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
          m.start(), true, "iso");
    }
    m = MONTH_YEAR.matcher(lead);
    while (m.find()) {
      add(out, date(Integer.parseInt(m.group(2)), Dateline.month(m.group(1)), 1), m.start(), false, "month_year");
    }
    return out;
  }

  /** A MultiDateMatcher result "begin|end|yyyy-MM-dd", kept only when its text shows a year. */
  static Found fromMatcher(String text, String match) {
    String[] p = match == null ? new String[0] : match.split("\\|");
    if (p.length != 3) {
      return null;
    }
    try {
      int begin = Integer.parseInt(p[0]);
      int end = Integer.parseInt(p[1]) + 1;
      if (begin < 0 || end > text.length() || end - begin > MAX_MATCH_CHARS) {
        return null;
      }
      Matcher y = HAS_YEAR.matcher(text.substring(begin, end));
      LocalDate d = LocalDate.parse(p[2]);
      if (!y.find() || Integer.parseInt(y.group()) != d.getYear() || !plausible(d)) {
        return null;
      }
      return new Found(d, begin, true, "matcher");
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static void add(List<Found> out, LocalDate d, int start, boolean dayKnown, String rule) {
    if (d != null) {
      out.add(new Found(d, start, dayKnown, rule));
    }
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return plausible(d) ? d : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= 1900 && d.getYear() <= 2100;
  }
}
