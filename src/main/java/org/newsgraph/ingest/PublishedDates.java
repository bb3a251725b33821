package org.newsgraph.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Dateline;

/**
 * Publication dates from metadata text and from URLs, normalised to UTC. Plain Java, no Spark.
 * Accepted: ISO-8601 with or without zone or time, RFC 1123, epoch seconds and milliseconds,
 * "Jul 18 2020", "July 18, 2020", "18 July 2020", "18-Jul-20", "2020/07/18". A time without zone
 * is taken as UTC. Dates before 1900 or after 2100 are treated as unparseable.
 */
public final class PublishedDates {
  private static final Pattern EPOCH = Pattern.compile("-?\\d{9,13}");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|$|[^0-9])");
  private static final List<DateTimeFormatter> DATE_TIMES = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      DateTimeFormatter.ISO_ZONED_DATE_TIME,
      DateTimeFormatter.RFC_1123_DATE_TIME,
      lenient("yyyy-MM-dd HH:mm[:ss][.SSS]XXX"),
      lenient("yyyy-MM-dd HH:mm[:ss][.SSS] z"));
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      lenient("yyyy-MM-dd HH:mm[:ss][.SSS]"),
      lenient("yyyy/MM/dd HH:mm[:ss]"));
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      lenient("yyyy/MM/dd"),
      lenient("MMM d yyyy"),
      lenient("MMM d, yyyy"),
      lenient("MMMM d yyyy"),
      lenient("MMMM d, yyyy"),
      lenient("d MMM yyyy"),
      lenient("d MMMM yyyy"),
      lenient("d-MMM-yy"),
      lenient("d-MMM-yyyy"),
      lenient("yyyyMMdd"));

  private PublishedDates() {
  }

  private static DateTimeFormatter lenient(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ENGLISH)
        .withResolverStyle(java.time.format.ResolverStyle.SMART);
  }

  /** The instant {@code text} names, or null. */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.trim();
    if (s.isEmpty()) {
      return null;
    }
    Instant result = null;
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      result = s.replace("-", "").length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    } else {
      result = parseText(s);
    }
    return plausible(result) ? result : null;
  }

  private static Instant parseText(String s) {
    String iso = s.endsWith("Z") || s.endsWith("z") ? s.substring(0, s.length() - 1) + "+00:00" : s;
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return ZonedDateTime.parse(iso, f).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
      try {
        return OffsetDateTime.parse(iso, f).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      try {
        return LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    String compact = s.replaceAll("\\s+", " ").replaceAll("^[A-Za-z]{3,9}, ", "");
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(compact, f).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }

  /** The date a URL or file path holds as {@code /yyyy/mm/dd/} (or yyyy-mm-dd), at 00:00 UTC, or null. */
  public static Instant fromPath(String path) {
    if (path == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(path);
    if (!m.find()) {
      return null;
    }
    try {
      Instant i = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))).atStartOfDay(ZoneOffset.UTC).toInstant();
      return plausible(i) ? i : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static final Pattern PATH_YEAR = Pattern.compile("(?:^|[/_.-])((?:19|20)\\d{2})(?=[/_.-]|$)");

  /**
   * The date of the text's dateline ({@link Dateline}: "WASHINGTON, March 3 (Reuters) -", at the
   * start of the text or after a headline line). A dateline without a year takes {@code year} (from the file path or URL); with neither it gives
   * null, since guessing the year would be wrong as often as right.
   */
  public static Instant fromDateline(String text, Integer year) {
    Dateline d = Dateline.parse(text);
    LocalDate day = d == null ? null : d.date(year);
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** A year a path or URL holds as its own segment or name part ({@code /2019/}, {@code _2019-}), or null. */
  public static Integer yearFromPath(String path) {
    if (path == null) {
      return null;
    }
    Matcher m = PATH_YEAR.matcher(path);
    Integer found = null;
    while (m.find()) {
      found = Integer.valueOf(m.group(1));
    }
    return found;
  }

  private static boolean plausible(Instant i) {
    if (i == null) {
      return false;
    }
    int year = i.atZone(ZoneOffset.UTC).getYear();
    return year >= 1900 && year <= 2100;
  }
}
