package org.newsgraph.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The resolved, validated configuration of one run. Built once at start; every value has been
 * parsed, so a bad value fails here with a message naming the setting. One settings record per
 * stage ({@link #ingest}, {@link #annotate}, {@link #cooccur} with {@link #trends}, {@link #nlp}
 * for the Spark NLP steps); {@link #get} reads any one setting by its key.
 */
public record NewsgraphConfig(
    String outputDir,
    IngestSettings ingest,
    AnnotateSettings annotate,
    CooccurSettings cooccur,
    TrendSettings trends,
    NlpSettings nlp,
    Map<String, String> resolved) implements java.io.Serializable {

  /** The parsed value of {@code setting}. */
  public <T> T get(Setting<T> setting) {
    return setting.parse(resolved.get(setting.key()));
  }

  /** Resolves from text values; keys not known to {@link Settings} are refused. */
  public static NewsgraphConfig fromMap(Map<String, String> values) {
    for (String key : values.keySet()) {
      if (Settings.byKey(key) == null) {
        List<String> near = Settings.suggestions(key);
        throw new ConfigException("unknown setting '" + key + "'"
            + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream()
                .map(k -> "'" + k + "'").toList()) + "?")
            + " (every setting: newsgraph run --help, docs/options.md)");
      }
    }
    Map<String, String> resolved = new LinkedHashMap<>();
    for (Setting<?> s : Settings.ALL) {
      resolved.put(s.key(), values.getOrDefault(s.key(), s.defaultValue()).trim());
    }
    for (Setting<?> s : Settings.ALL) {
      s.parse(resolved.get(s.key())); // every value is checked now, also those only one command reads
    }
    NewsgraphConfig config = new NewsgraphConfig(
        Settings.OUTPUT_DIR.parse(resolved.get(Settings.OUTPUT_DIR.key())),
        new IngestSettings(
            Settings.INPUT_PATHS.parse(resolved.get(Settings.INPUT_PATHS.key())),
            Settings.MAX_TEXT_CHARS.parse(resolved.get(Settings.MAX_TEXT_CHARS.key())),
            Settings.NEAR_DUPLICATES.parse(resolved.get(Settings.NEAR_DUPLICATES.key())),
            Settings.NEAR_DUPLICATE_JACCARD.parse(resolved.get(Settings.NEAR_DUPLICATE_JACCARD.key())),
            InputOptions.from(resolved)),
        new AnnotateSettings(
            Settings.GAZETTEER_EXTRA_DIR.parse(resolved.get(Settings.GAZETTEER_EXTRA_DIR.key())),
            Settings.SNIPPET_CHARS.parse(resolved.get(Settings.SNIPPET_CHARS.key()))),
        new CooccurSettings(
            Settings.GRANULARITY.parse(resolved.get(Settings.GRANULARITY.key())),
            Settings.WINDOW.parse(resolved.get(Settings.WINDOW.key())),
            Settings.MIN_PAIR_COUNT.parse(resolved.get(Settings.MIN_PAIR_COUNT.key())),
            Settings.SIGNIFICANCE_G2.parse(resolved.get(Settings.SIGNIFICANCE_G2.key())),
            Settings.SIGNIFICANCE_MIN_COUNT.parse(resolved.get(Settings.SIGNIFICANCE_MIN_COUNT.key()))),
        trendSettings(resolved),
        NlpSettings.from(resolved),
        java.util.Collections.unmodifiableMap(resolved));
    if (!config.annotate().gazetteerExtraDir().isEmpty() && !Files.isDirectory(Path.of(config.annotate().gazetteerExtraDir()))) {
      throw new ConfigException("setting '" + Settings.GAZETTEER_EXTRA_DIR.key() + "' names '"
          + config.annotate().gazetteerExtraDir() + "', which is not a directory");
    }
    return config;
  }

  private static TrendSettings trendSettings(Map<String, String> r) {
    List<String> granularities = Settings.GRANULARITY.parse(r.get(Settings.GRANULARITY.key()));
    Map<String, Integer> trailing = new LinkedHashMap<>();
    Map<String, Setting<Integer>> byGranularity = Map.of("day", Settings.TRENDS_TRAILING_DAY,
        "week", Settings.TRENDS_TRAILING_WEEK, "month", Settings.TRENDS_TRAILING_MONTH,
        "year", Settings.TRENDS_TRAILING_YEAR);
    for (String g : granularities) {
      if (byGranularity.containsKey(g)) {
        Setting<Integer> s = byGranularity.get(g);
        trailing.put(g, s.parse(r.get(s.key())));
      }
    }
    return new TrendSettings(trailing,
        Settings.TRENDS_FDR.parse(r.get(Settings.TRENDS_FDR.key())),
        Settings.TRENDS_MIN_COUNT.parse(r.get(Settings.TRENDS_MIN_COUNT.key())),
        Settings.TRENDS_MIN_TOTAL.parse(r.get(Settings.TRENDS_MIN_TOTAL.key())));
  }

  /** Reads a properties file into a map; a missing file fails naming the path. */
  public static Map<String, String> readProperties(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("config file '" + file + "' does not exist or is not a file");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ConfigException("config file '" + file + "' cannot be read: " + e.getMessage());
    }
    Map<String, String> out = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      out.put(k, p.getProperty(k));
    }
    return out;
  }

  /** Checks that the inputs are set; only jobs that read dumps need them. */
  public void requireInputs() {
    if (ingest.inputPaths().isEmpty()) {
      throw new ConfigException("setting '" + Settings.INPUT_PATHS.key()
          + "' is empty: give --input PATH or set it in the config file");
    }
  }
}
