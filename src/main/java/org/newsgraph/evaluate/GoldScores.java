package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scorer found on one gold set: named figures (each a fraction, so the report shows the
 * counts behind it), counted tables (e.g. country mentions by toponym type), and per kind of error
 * the commonest errors, each a key made of names only (a mention's surface, the entity, the gold
 * label), never a snippet of the article.
 */
public final class GoldScores {
  /** A figure's value and what it was computed from ("12 / 40", or "mean of 8"). */
  public record Figure(double value, String basis) {
    /** {@code numerator / denominator}; 0 when nothing was counted. */
    public static Figure of(long numerator, long denominator) {
      return new Figure(denominator == 0 ? 0 : (double) numerator / denominator, numerator + " / " + denominator);
    }
  }

  private final String gold;
  private final int articles;
  private final Map<String, long[]> fractions = new LinkedHashMap<>();
  private final Map<String, Figure> values = new LinkedHashMap<>(); // figures that are no fraction
  private final Map<String, String> descriptions = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> tables = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> errors = new LinkedHashMap<>();
  private final Map<String, String> errorFormats = new HashMap<>(); // kind -> how its keys read
  private final Map<String, List<List<String>>> grids = new LinkedHashMap<>(); // title -> header row, rows
  private final Map<String, String> examples = new HashMap<>(); // kind + key -> the first example's snippet

  public GoldScores(String gold, int articles) {
    this.gold = gold;
    this.articles = articles;
  }

  /** Declares a figure (in report order) with what it measures. */
  public void figure(String name, String description) {
    fractions.putIfAbsent(name, new long[2]);
    descriptions.put(name, description);
  }

  /** A figure that is no fraction of counts (a mean over classes), given whole. */
  public void figure(String name, String description, Figure value) {
    values.put(name, value);
    descriptions.put(name, description);
  }

  /** Adds {@code hits} of {@code cases} to figure {@code name}. */
  public void count(String name, long hits, long cases) {
    long[] f = fractions.get(name);
    if (f == null) {
      throw new IllegalArgumentException("undeclared figure " + name);
    }
    f[0] += hits;
    f[1] += cases;
  }

  /** One more case of figure {@code name}, counted in the numerator when {@code hit}. */
  public void count(String name, boolean hit) {
    count(name, hit ? 1 : 0, 1);
  }

  public void tally(String table, String row) {
    tables.computeIfAbsent(table, k -> new LinkedHashMap<>()).merge(row, 1L, Long::sum);
  }

  /** Declares an error listing, so an empty one is shown as empty. */
  public void errorKind(String kind) {
    errors.computeIfAbsent(kind, k -> new HashMap<>());
  }

  /** Declares an error listing whose keys read as {@code format} says (e.g. "topic <- phrases"). */
  public void errorKind(String kind, String format) {
    errorKind(kind);
    errorFormats.put(kind, format);
  }

  /** How the keys of an error kind read: "surface -> entity (method)" unless declared otherwise. */
  public String errorFormat(String kind) {
    return errorFormats.getOrDefault(kind, "surface -> entity (method)");
  }

  /** A table of several columns (e.g. scores per class); the first row given is its header. */
  public void gridRow(String title, String... cells) {
    grids.computeIfAbsent(title, k -> new ArrayList<>()).add(List.of(cells));
  }

  public Map<String, List<List<String>>> grids() {
    return grids;
  }

  /** One more error of a kind; {@code example} (a snippet, for target/ only) kept for the first. */
  public void error(String kind, String key, String example) {
    errors.computeIfAbsent(kind, k -> new HashMap<>()).merge(key, 1L, Long::sum);
    examples.putIfAbsent(kind + "\u0000" + key, example);
  }

  /** The snippet of the first error of a kind and key, or null. */
  public String example(String kind, String key) {
    return examples.get(kind + "\u0000" + key);
  }

  public String gold() {
    return gold;
  }

  public int articles() {
    return articles;
  }

  /** The figures in the order they were declared. */
  public Map<String, Figure> figures() {
    Map<String, Figure> out = new LinkedHashMap<>();
    for (String name : descriptions.keySet()) {
      long[] v = fractions.get(name);
      out.put(name, v != null ? Figure.of(v[0], v[1]) : values.get(name));
    }
    return out;
  }

  public String description(String figure) {
    return descriptions.get(figure);
  }

  public Map<String, Map<String, Long>> tables() {
    return tables;
  }

  public List<String> errorKinds() {
    return new ArrayList<>(errors.keySet());
  }

  /** The {@code n} commonest errors of a kind, most frequent first, ties by key. */
  public List<Map.Entry<String, Long>> commonest(String kind, int n) {
    List<Map.Entry<String, Long>> list = new ArrayList<>(errors.getOrDefault(kind, Map.of()).entrySet());
    list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return list.subList(0, Math.min(n, list.size()));
  }

  public long errorTotal(String kind) {
    return errors.getOrDefault(kind, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }
}
