package org.newsgraph.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The co-occurrence windows, the one definition of their names (setting cooccur.windows, the tables'
 * {@code unit} column) and of their codes: a packed period-window key (cooccur.CountKeys) holds
 * the ordinal, so never reorder.
 */
public enum Window {
  ARTICLE, SENTENCE;

  private static final List<String> IDS = Arrays.stream(values()).map(Window::id).toList();

  /** The name tables and settings use: article, sentence. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every id, in order. */
  public static List<String> ids() {
    return IDS;
  }

  /** The window named {@code id}; an unknown name fails naming the allowed ones. */
  public static Window of(String id) {
    int i = IDS.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("unknown window '" + id + "'; expected one of " + IDS);
    }
    return values()[i];
  }
}
