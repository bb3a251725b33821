package org.newsgraph.tables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;

/**
 * What one command did: stages with their counts and timings, inputs, the resolved config. Prints
 * a progress line per stage and a closing summary, labels each stage's Spark jobs for the UI, and
 * writes {@code _manifest.json} under the output root (merged with the stages an earlier command
 * wrote there, so {@code ingest}, {@code annotate}, {@code cooccur} run one at a time add up), which
 * names the versions of the tables ({@link OutputTables}) that make up the run's snapshot.
 */
public final class RunReport {
  public static final String MANIFEST = "_manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String runId = UUID.randomUUID().toString();
  private final String command;
  private final NewsgraphConfig config;
  private final Instant startedAt = Instant.now();
  private final Map<String, Map<String, Object>> stages = new LinkedHashMap<>();
  private final List<Map<String, Object>> inputs = new ArrayList<>();
  private Map<String, Object> previous;
  private OutputTables tables;
  private String gazetteerVersion;

  public RunReport(String command, NewsgraphConfig config) {
    this.command = command;
    this.config = config;
  }

  /**
   * Starts the command on {@code spark}: its tables start from the snapshot the output's manifest
   * names. Call once, after the output root is claimed.
   */
  public void open(SparkSession spark) {
    this.previous = readManifest(spark, config.outputDir());
    this.tables = new OutputTables(spark, config.outputDir(), runId, command, tablesOf(previous));
  }

  /** The tables this command reads and writes (after {@link #open}). */
  public OutputTables tables() {
    if (tables == null) {
      throw new IllegalStateException("RunReport.open was not called");
    }
    return tables;
  }

  /** The tables of the last finished run under {@code root}, as its manifest names them. */
  public static OutputTables snapshot(SparkSession spark, String root) {
    return new OutputTables(spark, root, "read-only", OutputTables.READ_ONLY, tablesOf(readManifest(spark, root)));
  }

  /** {@code _manifest.json} under {@code root}, or an empty map when there is none (or it is unreadable). */
  static Map<String, Object> readManifest(SparkSession spark, String root) {
    try {
      Path path = new Path(root, MANIFEST);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        return Map.of();
      }
      try (InputStream in = fs.open(path)) {
        return JSON.readValue(in, new TypeReference<Map<String, Object>>() { });
      }
    } catch (IOException e) {
      return Map.of();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> tablesOf(Map<String, Object> manifest) {
    Map<String, Map<String, Object>> t = new LinkedHashMap<>();
    if (manifest.get("tables") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> t.put(String.valueOf(k), (Map<String, Object>) v));
    }
    return t;
  }

  public static String version() {
    try (InputStream in = RunReport.class.getResourceAsStream("/newsgraph-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Runs one stage: labels its Spark jobs, prints progress, records its time and counts. */
  public <T> T stage(SparkSession spark, String name, String description, Supplier<T> body) {
    spark.sparkContext().setJobGroup("newsgraph-" + name, "newsgraph " + name + ": " + description, false);
    System.out.printf(Locale.ROOT, "[newsgraph] %-9s started: %s%n", name, description);
    long t0 = System.nanoTime();
    boolean done = false;
    try {
      T result = body.get();
      done = true;
      return result;
    } catch (StageFailedException | org.newsgraph.config.ConfigException e) {
      throw e; // already named, or a setting's fault (exit code 2)
    } catch (Exception e) { // also what Scala throws undeclared (SparkException)
      throw new StageFailedException(name, e);
    } finally {
      double seconds = (System.nanoTime() - t0) / 1e9;
      Map<String, Object> s = stageEntry(name);
      s.put("seconds", Math.round(seconds * 100) / 100.0);
      s.put("run_id", runId);
      s.put("finished_at", Instant.now().toString());
      if (done) {
        System.out.printf(Locale.ROOT, "[newsgraph] %-9s done in %.1f s: %s%s%n", name, seconds, s.get("counts"),
            s.containsKey("steps") ? " steps (s): " + s.get("steps") : "");
      } else {
        System.out.printf(Locale.ROOT, "[newsgraph] %-9s failed after %.1f s%n", name, seconds);
      }
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * The settings (keys starting with one of {@code prefixes}) whose resolved value differs from the
   * one the output's previous manifest recorded; every such key when there is no previous manifest.
   * An appending stage recomputes everything when one of its settings changed.
   */
  public List<String> settingsChangedSincePrevious(String... prefixes) {
    Map<?, ?> before = previous != null && previous.get("config") instanceof Map<?, ?> m ? m : Map.of();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : config.resolved().entrySet()) {
      boolean ours = false;
      for (String p : prefixes) {
        ours |= e.getKey().startsWith(p);
      }
      if (ours && !e.getValue().equals(before.get(e.getKey()) == null ? null : String.valueOf(before.get(e.getKey())))) {
        changed.add(e.getKey());
      }
    }
    return changed;
  }

  /** The gazetteer version the output's previous manifest recorded, or null. */
  public String previousGazetteerVersion() {
    return previous == null || previous.get("gazetteer_version") == null ? null
        : String.valueOf(previous.get("gazetteer_version"));
  }

  /** Prints one progress line of {@code stage} (e.g. why an appending run recomputes a stage in full). */
  public void note(String stage, String message) {
    System.out.printf(Locale.ROOT, "[newsgraph] %-9s %s%n", stage, message);
    count(stage, "note", message);
  }

  /** This command's run id (in the manifest, the stages and the output root's lock). */
  public String runId() {
    return runId;
  }

  @SuppressWarnings("unchecked")
  public void count(String stage, String key, Object value) {
    ((Map<String, Object>) stageEntry(stage).computeIfAbsent("counts", k -> new LinkedHashMap<>()))
        .put(key, value);
  }

  /**
   * Runs one step of a stage (typically writing one table) and records its time under the
   * stage's {@code steps} in the manifest, so a slow stage shows which table costs what.
   */
  @SuppressWarnings("unchecked")
  public void step(String stage, String step, Runnable body) {
    long t0 = System.nanoTime();
    body.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    ((Map<String, Object>) stageEntry(stage).computeIfAbsent("steps", k -> new LinkedHashMap<>()))
        .put(step, Math.round(seconds * 100) / 100.0);
  }

  public void input(String path, long bytes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", path);
    m.put("bytes", bytes);
    inputs.add(m);
  }

  public void gazetteerVersion(String version) {
    this.gazetteerVersion = version;
  }

  private Map<String, Object> stageEntry(String name) {
    return stages.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  /**
   * Writes {@code _manifest.json} under the output root (merged with the stages an earlier command
   * wrote there) and returns what was written. It is the commit point of the run: it names the
   * table versions of this command and of the earlier ones it builds on, and is replaced in one
   * rename, so a reader sees the old manifest or the new one, never half of one. Then the files of
   * replaced versions are vacuumed (keeping {@code output.retain_hours}).
   */
  public Map<String, Object> writeManifest(SparkSession spark) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    Map<String, Object> previousStages = new LinkedHashMap<>();
    if (previous.get("stages") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> previousStages.put(String.valueOf(k), v));
    }
    manifest.put("run_id", runId);
    manifest.put("newsgraph_version", version());
    manifest.put("spark_version", spark.version());
    manifest.put("master", spark.sparkContext().master());
    manifest.put("command", command);
    manifest.put("schema_version", Tables.SCHEMA_VERSION);
    manifest.put("started_at", startedAt.toString());
    manifest.put("finished_at", Instant.now().toString());
    manifest.put("gazetteer_version", gazetteerVersion);
    manifest.put("config", config.resolved());
    manifest.put("inputs", inputsOfSnapshot());
    previousStages.putAll(stages);
    manifest.put("stages", previousStages);
    manifest.put("reconciliation", reconciliation(previousStages));
    manifest.put("tables", tables.manifestEntries());
    try {
      Path path = new Path(config.outputDir(), MANIFEST);
      Path staged = new Path(config.outputDir(), MANIFEST + "." + runId + ".tmp");
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(path.getParent());
      try (OutputStream out = fs.create(staged, true)) {
        out.write(JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
      }
      FileContext.getFileContext(path.toUri(), spark.sparkContext().hadoopConfiguration())
          .rename(staged, path, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + MANIFEST + " under " + config.outputDir(), e);
    }
    tables.vacuum(config.get(Settings.RETAIN_HOURS));
    return manifest;
  }

  /**
   * The inputs the snapshot's articles were read from: this command's (ingest replaced them), the
   * previous ones followed by this command's (ingest appended), or the previous ones.
   */
  private Object inputsOfSnapshot() {
    Object before = previous.get("inputs");
    if (!stages.containsKey("ingest") || before == null) {
      return stages.containsKey("ingest") || before == null ? inputs : before;
    }
    boolean appended = stages.get("ingest").get("counts") instanceof Map<?, ?> c && Boolean.TRUE.equals(c.get("appended"));
    if (!appended || !(before instanceof List<?> earlier)) {
      return inputs;
    }
    List<Object> all = new ArrayList<>(earlier);
    all.addAll(inputs);
    return all;
  }

  /** records_read must equal articles + rejects. */
  private static Map<String, Object> reconciliation(Map<String, Object> stages) {
    Map<String, Object> r = new LinkedHashMap<>();
    if (stages.get("ingest") instanceof Map<?, ?> ingest && ingest.get("counts") instanceof Map<?, ?> c) {
      long read = ((Number) c.get("records_read")).longValue();
      long articles = ((Number) c.get("articles")).longValue();
      long rejects = ((Number) c.get("rejects")).longValue();
      r.put("records_read", read);
      r.put("articles", articles);
      r.put("rejects", rejects);
      r.put("balanced", read == articles + rejects);
    }
    return r;
  }

  /** The closing summary printed at the end of a command. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append("[newsgraph] ").append(command).append(" finished; run ").append(runId).append(" -> ")
        .append(config.outputDir()).append('\n');
    for (Map.Entry<String, Map<String, Object>> e : stages.entrySet()) {
      b.append(String.format(Locale.ROOT, "  %-9s %6.1f s  %s%n", e.getKey(),
          ((Number) e.getValue().getOrDefault("seconds", 0.0)).doubleValue(),
          e.getValue().getOrDefault("counts", Map.of())));
    }
    return b.toString();
  }
}
