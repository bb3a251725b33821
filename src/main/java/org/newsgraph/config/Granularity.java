package org.newsgraph.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lengths of period that counts and trends are made for, the one definition of their names (as
 * settings, table columns and partition folders write them) and of their order: a packed period key
 * (cooccur.Periods) holds the ordinal, so the order is part of the stored counts' layout. Never
 * reorder; a new granularity goes last.
 *
 * <p>Also the one grammar of period labels, as the tables' {@code period} column writes them: day
 * 2023-09-12; week 2023-W37 (ISO 8601: weeks start on Monday and belong to the ISO week-year of
 * their Thursday); month 2023-09; year 2023; all-time "all". cooccur.Periods writes them with
 * Spark's date functions (PeriodsTest checks they agree with {@link #label}); the export command
 * reads them with {@link #ofLabel} and {@link #startOf}.
 */
public enum Granularity {
  DAY("(\\d{4})-(\\d{2})-(\\d{2})", "2023-09-12"),
  WEEK("(\\d{4})-W(\\d{2})", "2023-W37"),
  MONTH("(\\d{4})-(\\d{2})", "2023-09"),
  YEAR("(\\d{4})", "2023"),
  ALL("all", "all");

  private static final List<String> IDS = Arrays.stream(values()).map(Granularity::id).toList();

  private final Pattern label;
  private final String example;

  Granularity(String label, String example) {
    this.label = Pattern.compile(label);
    this.example = example;
  }

  /** The name tables and settings use: day, week, month, year, all. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every id, in order. */
  public static List<String> ids() {
    return IDS;
  }

  /** The granularity named {@code id}; an unknown name fails naming the allowed ones. */
  public static Granularity of(String id) {
    int i = IDS.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("unknown granularity '" + id + "'; expected one of " + IDS);
    }
    return values()[i];
  }

  /** A label of this granularity, for messages: 2023-09-12, 2023-W37, 2023-09, 2023, all. */
  public String example() {
    return example;
  }

  /** The granularity whose label form {@code label} has, or null when it has none of the forms. */
  public static Granularity ofLabel(String label) {
    for (Granularity g : values()) {
      if (g.label.matcher(label).matches()) {
        return g;
      }
    }
    return null;
  }

  /** The first day of the period of this granularity that holds {@code day}; null for all-time. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
      case ALL -> null;
    };
  }

  /** The label of the period of this granularity that holds {@code day}. */
  public String label(LocalDate day) {
    return switch (this) {
      case DAY -> day.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> day.toString().substring(0, 7);
      case YEAR -> String.valueOf(day.getYear());
      case ALL -> "all";
    };
  }

  /**
   * The first day of the period a label of this granularity names; null for all-time. A label of
   * another form throws {@link IllegalArgumentException}; one of this form naming no period (month
   * 13, week 54 of a year of 52, February 30) throws {@link DateTimeException} saying why.
   */
  public LocalDate startOf(String label) {
    Matcher m = this.label.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + label + "' is not a " + id() + " (written " + example + ")");
    }
    return switch (this) {
      case DAY -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      case WEEK -> {
        LocalDate jan4 = LocalDate.of(num(m, 1), 1, 4); // in week 1 of its ISO week-year
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
        if (num(m, 2) < 1 || num(m, 2) > weeks) {
          throw new DateTimeException("ISO year " + num(m, 1) + " has weeks 01 to " + weeks);
        }
        yield jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
      }
      case MONTH -> LocalDate.of(num(m, 1), num(m, 2), 1);
      case YEAR -> LocalDate.of(num(m, 1), 1, 1);
      case ALL -> null;
    };
  }

  /** The day after the period of this granularity that starts on {@code start}; null for all-time. */
  public LocalDate endOf(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
      case ALL -> null;
    };
  }

  /**
   * The partition folder ({@code bucket}) of the period of this granularity that starts on
   * {@code start}: the month it starts in (yyyy-MM) under every granularity, one string type with
   * one meaning in every folder; {@code all} for all-time (start null).
   */
  public String bucketOf(LocalDate start) {
    return this == ALL ? "all" : start.toString().substring(0, 7);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
