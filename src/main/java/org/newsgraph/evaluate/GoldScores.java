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
  /** {@code numerator / denominator}; 0 when nothing was counted. */
  public record Fraction(long numerator, long denominator) {
    public double value() {
      return denominator == 0 ? 0 : (double) numerator / denominator;
    }
  }

  private final String gold;
  private final int articles;
  private final Map<String, long[]> fractions = new LinkedHashMap<>();
  private final Map<String, String> descriptions = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> tables = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> errors = new LinkedHashMap<>();
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

  /** One more case of figure {@code name}, counted in the numerator when {@code hit}. */
  public void count(String name, boolean hit) {
    long[] f = fractions.get(name);
    if (f == null) {
      throw new IllegalArgumentException("undeclared figure " + name);
    }
    f[1]++;
    if (hit) {
      f[0]++;
    }
  }

  public void tally(String table, String row) {
    tables.computeIfAbsent(table, k -> new LinkedHashMap<>()).merge(row, 1L, Long::sum);
  }

  /** Declares an error listing, so an empty one is shown as empty. */
  public void errorKind(String kind) {
    errors.computeIfAbsent(kind, k -> new HashMap<>());
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

  public Map<String, Fraction> figures() {
    Map<String, Fraction> out = new LinkedHashMap<>();
    fractions.forEach((k, v) -> out.put(k, new Fraction(v[0], v[1])));
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
