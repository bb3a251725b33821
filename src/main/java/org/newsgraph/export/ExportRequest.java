package org.newsgraph.export;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Settings;
import org.newsgraph.config.Window;
import org.newsgraph.export.NetworkWriter.Format;

/**
 * What {@code newsgraph export} is asked for, checked before Spark starts: a period label of the
 * tables' form with its granularity, the unit, the format and the file.
 *
 * @param tables          the output root of the run whose tables are read
 * @param format          the file format
 * @param granularity     day, week, month, year or all
 * @param period          the period label as the tables write it (2023-09-12, 2023-W37, 2023-09, 2023, all)
 * @param unit            article or sentence (cooccurrence.unit)
 * @param significantOnly only the pairs flagged significant
 * @param file            the file to write (for CSV the base of the two files, {@link NetworkWriter#files})
 */
public record ExportRequest(String tables, Format format, String granularity, String period, String unit,
                            boolean significantOnly, Path file) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * The request for the command line's values, each checked; {@code granularity} may be null (then
   * the period's form names it) and {@code format} too (then the file's extension names it). A bad
   * value throws {@link ConfigException} naming the option and the form it takes.
   */
  public static ExportRequest of(String tables, Format format, String granularity, String period, String unit,
                                 boolean significantOnly, Path file) {
    String p = period.trim();
    String named = granularityOf(p);
    if (granularity != null && !Settings.GRANULARITIES.contains(granularity)) {
      throw new ConfigException("option --granularity: expected one of " + String.join(", ", Settings.GRANULARITIES)
          + ", got '" + granularity + "'");
    }
    if (named == null) {
      throw new ConfigException("option --period: '" + period + "' is not a period label; give 2023-09-12 (day), "
          + "2023-W37 (week), 2023-09 (month), 2023 (year) or all");
    }
    if (granularity != null && !granularity.equals(named)) {
      throw new ConfigException("option --period: '" + period + "' is a " + named + ", not a " + granularity
          + " (a " + granularity + " is written " + example(granularity) + ")");
    }
    String u = unit == null ? "article" : unit;
    if (!Window.ids().contains(u)) {
      throw new ConfigException("option --window: expected article or sentence, got '" + unit + "'");
    }
    Format f = format != null ? format : Format.ofFile(file.getFileName().toString());
    if (f == null) {
      throw new ConfigException("option --format is needed: '" + file.getFileName()
          + "' does not end in .gexf, .graphml or .csv");
    }
    ExportRequest r = new ExportRequest(tables, f, named, p, u, significantOnly, file);
    r.start(); // checks the date itself (month 13, week 54, February 30)
    return r;
  }

  /** The granularity a period label's form names, or null when it has none of the forms. */
  static String granularityOf(String period) {
    if (period.equals("all")) {
      return "all";
    }
    if (DAY.matcher(period).matches()) {
      return "day";
    }
    if (WEEK.matcher(period).matches()) {
      return "week";
    }
    if (MONTH.matcher(period).matches()) {
      return "month";
    }
    return YEAR.matcher(period).matches() ? "year" : null;
  }

  private static String example(String granularity) {
    return switch (granularity) {
      case "day" -> "2023-09-12";
      case "week" -> "2023-W37";
      case "month" -> "2023-09";
      case "year" -> "2023";
      default -> "all";
    };
  }

  /** The first day of the period (UTC), null for all-time. */
  public LocalDate start() {
    try {
      return switch (granularity) {
        case "day" -> {
          Matcher m = match(DAY);
          yield LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        case "week" -> {
          Matcher m = match(WEEK);
          LocalDate jan4 = LocalDate.of(num(m, 1), 1, 4); // in week 1 of its ISO week-year
          long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
          if (num(m, 2) < 1 || num(m, 2) > weeks) {
            throw new DateTimeException("ISO year " + num(m, 1) + " has weeks 01 to " + weeks);
          }
          yield jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
        }
        case "month" -> {
          Matcher m = match(MONTH);
          yield LocalDate.of(num(m, 1), num(m, 2), 1);
        }
        case "year" -> LocalDate.of(Integer.parseInt(period), 1, 1);
        default -> null;
      };
    } catch (DateTimeException e) {
      throw new ConfigException("option --period: '" + period + "' is no " + granularity + ": " + e.getMessage());
    }
  }

  /** The day after the period (UTC), null for all-time. */
  public LocalDate end() {
    LocalDate s = start();
    return switch (granularity) {
      case "day" -> s.plusDays(1);
      case "week" -> s.plusWeeks(1);
      case "month" -> s.plusMonths(1);
      case "year" -> s.plusYears(1);
      default -> null;
    };
  }

  /** The partition folder of the period's rows: the month it starts in (yyyy-MM), all for all-time. */
  public String bucket() {
    LocalDate s = start();
    return s == null ? "all" : s.toString().substring(0, 7);
  }

  /** The files the export writes. */
  public List<Path> files() {
    return NetworkWriter.files(format, file);
  }

  private Matcher match(Pattern p) {
    Matcher m = p.matcher(period);
    if (!m.matches()) {
      throw new IllegalStateException(period + " is not a " + granularity);
    }
    return m;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
