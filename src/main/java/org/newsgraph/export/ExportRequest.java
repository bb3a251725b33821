package org.newsgraph.export;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Granularity;
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
  /**
   * The request for the command line's values, each checked; {@code granularity} may be null (then
   * the period's form names it) and {@code format} too (then the file's extension names it). A bad
   * value throws {@link ConfigException} naming the option and the form it takes.
   */
  public static ExportRequest of(String tables, Format format, String granularity, String period, String unit,
                                 boolean significantOnly, Path file) {
    String p = period.trim();
    Granularity named = Granularity.ofLabel(p);
    if (granularity != null && !Settings.GRANULARITIES.contains(granularity)) {
      throw new ConfigException("option --granularity: expected one of " + String.join(", ", Settings.GRANULARITIES)
          + ", got '" + granularity + "'");
    }
    if (named == null) {
      throw new ConfigException("option --period: '" + period + "' is not a period label; give 2023-09-12 (day), "
          + "2023-W37 (week), 2023-09 (month), 2023 (year) or all");
    }
    if (granularity != null && !granularity.equals(named.id())) {
      throw new ConfigException("option --period: '" + period + "' is a " + named.id() + ", not a " + granularity
          + " (a " + granularity + " is written " + Granularity.of(granularity).example() + ")");
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
    ExportRequest r = new ExportRequest(tables, f, named.id(), p, u, significantOnly, file);
    r.start(); // checks the date itself (month 13, week 54, February 30)
    return r;
  }

  /** The first day of the period (UTC), null for all-time. */
  public LocalDate start() {
    try {
      return Granularity.of(granularity).startOf(period);
    } catch (DateTimeException e) {
      throw new ConfigException("option --period: '" + period + "' is no " + granularity + ": " + e.getMessage());
    }
  }

  /** The day after the period (UTC), null for all-time. */
  public LocalDate end() {
    LocalDate s = start();
    return s == null ? null : Granularity.of(granularity).endOf(s);
  }

  /** The partition folder of the period's rows ({@link Granularity#bucketOf}). */
  public String bucket() {
    return Granularity.of(granularity).bucketOf(start());
  }

  /** The files the export writes. */
  public List<Path> files() {
    return NetworkWriter.files(format, file);
  }
}
