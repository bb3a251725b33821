package org.newsgraph.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lengths of period that counts and trends are made for, the one definition of their names (as
 * settings, table columns and partition folders write them) and of their order: a packed period key
 * (cooccur.Periods) holds the ordinal, so the order is part of the stored counts' layout. Never
 * reorder; a new granularity goes last.
 */
public enum Granularity {
  DAY, WEEK, MONTH, YEAR, ALL;

  private static final List<String> IDS = Arrays.stream(values()).map(Granularity::id).toList();

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
}
