package org.newsgraph.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobPattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The output root as a place newsgraph owns. Before a command writes anything, {@link #claim}
 * <ol>
 *   <li>refuses an output root inside an input path or an input inside the output root (qualified,
 *       normalised paths; symbolic links resolved on the local file system; a glob input is
 *       compared through its non-glob prefix and its remaining components);</li>
 *   <li>refuses a non-empty folder that is not a newsgraph output (no {@link #MARKER}, no
 *       {@code _manifest.json}) unless {@code output.allow_foreign_files=true}, and always refuses
 *       when a folder named like one of our tables does not look like a Spark table, since the
 *       command would replace it;</li>
 *   <li>takes the lock {@link #LOCK}, created atomically (local file system: {@code O_EXCL}
 *       through java.nio; others: {@code FileSystem.create(path, overwrite=false)}, atomic on HDFS,
 *       not on object stores), holding host, pid, start time, command and run id; a second run
 *       fails with {@link OutputLockedException} naming the holder. A holder on this host whose pid
 *       is no longer alive is stale: {@code output.break_stale_lock=true} takes such a lock over;</li>
 *   <li>writes the marker {@link #MARKER} at the first claim, before any table, so that a rerun
 *       after a killed first run still recognises the folder.</li>
 * </ol>
 * {@link Claim#close} releases the lock (also run by a shutdown hook; a kill -9 leaves it: stale).
 */
public final class OutputRoot {
  private static final Logger LOG = LoggerFactory.getLogger(OutputRoot.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Written at the first claim of a folder: it is a newsgraph output. */
  public static final String MARKER = "_newsgraph_output";
  /** Present while a command writes under the root. */
  public static final String LOCK = "_newsgraph.lock";

  private OutputRoot() {
  }

  /** Who holds a lock, as written into {@link #LOCK}. */
  public record Holder(String host, long pid, String startedAt, String command, String runId) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("host", host);
      m.put("pid", pid);
      m.put("started_at", startedAt);
      m.put("command", command);
      m.put("run_id", runId);
      m.put("newsgraph_version", RunReport.version());
      return m;
    }

    static Holder fromMap(Map<?, ?> m) {
      Object pid = m.get("pid");
      return new Holder(String.valueOf(m.get("host")), pid instanceof Number n ? n.longValue() : -1,
          String.valueOf(m.get("started_at")), String.valueOf(m.get("command")), String.valueOf(m.get("run_id")));
    }

    String describe() {
      return "pid " + pid + " on host " + host + ", started " + startedAt + " (command " + command
          + ", run " + runId + ")";
    }
  }

  /** The lock of one output root, held until {@link #close}. */
  public static final class Claim implements AutoCloseable {
    private final FileSystem fs;
    private final Path lock;
    private final Holder holder;
    private final Thread hook;
    private boolean released;

    private Claim(FileSystem fs, Path lock, Holder holder) {
      this.fs = fs;
      this.lock = lock;
      this.holder = holder;
      this.hook = new Thread(this::release, "newsgraph-release-lock");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    public Holder holder() {
      return holder;
    }

    public Path lockFile() {
      return lock;
    }

    /** Removes the lock file if it is still this claim's. */
    @Override
    public void close() {
      release();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs (or ran) release itself
      }
    }

    private synchronized void release() {
      if (released) {
        return;
      }
      released = true;
      try {
        Optional<Holder> now = readHolder(fs, lock);
        if (now.isPresent() && now.get().runId().equals(holder.runId())) {
          fs.delete(lock, false);
        } else {
          LOG.warn("lock {} is no longer this run's ({}); left as it is", lock, now.map(Holder::describe).orElse("gone"));
        }
      } catch (IOException e) {
        LOG.warn("cannot remove the lock {}; remove it by hand", lock, e);
      }
    }
  }

  /**
   * A Hadoop configuration as Spark would build it from its settings (spark.hadoop.* copied), for
   * checks made before a SparkSession exists.
   */
  public static Configuration hadoopConf() {
    Configuration conf = new Configuration();
    for (Tuple2<String, String> kv : new SparkConf().getAll()) {
      if (kv._1().startsWith("spark.hadoop.")) {
        conf.set(kv._1().substring("spark.hadoop.".length()), kv._2());
      }
    }
    return conf;
  }

  /**
   * Checks the output root against the inputs and what it holds, takes its lock and marks it as a
   * newsgraph output. Throws {@link ConfigException} (naming the setting) or
   * {@link OutputLockedException} before anything is written.
   */
  public static Claim claim(Configuration conf, NewsgraphConfig config, String command, String runId) {
    String output = config.outputDir();
    checkNoOverlap(conf, output, config.ingest().inputPaths());
    boolean allowForeign = Settings.OUTPUT_ALLOW_FOREIGN_FILES.parse(
        config.resolved().get(Settings.OUTPUT_ALLOW_FOREIGN_FILES.key()));
    boolean breakStale = Settings.OUTPUT_BREAK_STALE_LOCK.parse(
        config.resolved().get(Settings.OUTPUT_BREAK_STALE_LOCK.key()));
    try {
      Path root = new Path(output);
      FileSystem fs = root.getFileSystem(conf);
      root = fs.makeQualified(root);
      checkContents(fs, root, allowForeign);
      fs.mkdirs(root);
      Holder me = new Holder(hostName(), ProcessHandle.current().pid(), Instant.now().toString(), command, runId);
      Path lock = new Path(root, LOCK);
      take(fs, lock, me, breakStale);
      Claim claim = new Claim(fs, lock, me);
      try {
        Path marker = new Path(root, MARKER);
        if (!fs.exists(marker)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("created_at", me.startedAt());
          m.put("newsgraph_version", RunReport.version());
          m.put("run_id", runId);
          createExclusive(fs, marker, JSON.writeValueAsBytes(m));
        }
      } catch (IOException | RuntimeException e) {
        claim.close();
        throw e;
      }
      LOG.info("took the lock {} ({})", lock, me.describe());
      return claim;
    } catch (IOException e) {
      throw new ConfigException("setting '" + Settings.OUTPUT_DIR.key() + "': cannot prepare the output root '"
          + output + "': " + e.getMessage());
    }
  }

  private static void take(FileSystem fs, Path lock, Holder me, boolean breakStale) throws IOException {
    byte[] content = JSON.writeValueAsBytes(me.toMap());
    if (createExclusive(fs, lock, content)) {
      return;
    }
    Optional<Holder> holder = readHolder(fs, lock);
    if (holder.isEmpty()) {
      throw new OutputLockedException("output '" + lock.getParent() + "' is locked, but the lock file " + lock
          + " cannot be read (a run is just starting, or one crashed while taking it). If no newsgraph run"
          + " is writing there, remove " + lock + " and run again.", false);
    }
    Holder h = holder.get();
    if (!isStale(h)) {
      throw new OutputLockedException("output '" + lock.getParent() + "' is locked by another newsgraph run: "
          + h.describe() + ". Wait for it to finish (one writer per output root); if no such run is going on,"
          + " remove " + lock + " and run again.", false);
    }
    if (!breakStale) {
      throw new OutputLockedException("output '" + lock.getParent() + "' is locked by a newsgraph run that is"
          + " no longer alive: " + h.describe() + " (this host, no such process). Run again with --set "
          + Settings.OUTPUT_BREAK_STALE_LOCK.key() + "=true to take the stale lock over, or remove " + lock + ".",
          true);
    }
    // break it: only if it is still the same stale lock, then take it as if it had not been there
    if (readHolder(fs, lock).filter(h::equals).isPresent()) {
      LOG.warn("breaking the stale lock {} of {}", lock, h.describe());
      fs.delete(lock, false);
    }
    if (!createExclusive(fs, lock, content)) {
      Holder other = readHolder(fs, lock).orElse(h);
      throw new OutputLockedException("output '" + lock.getParent() + "' was taken by another run while the"
          + " stale lock was broken: " + other.describe() + ". Remove " + lock + " if no run is going on.", false);
    }
  }

  /** A holder on this host whose pid is not alive, or is a process started after the lock was taken. */
  static boolean isStale(Holder h) {
    if (!h.host().equals(hostName()) || h.pid() <= 0) {
      return false;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
    if (p.isEmpty() || !p.get().isAlive()) {
      return true;
    }
    try {
      Instant lockedAt = Instant.parse(h.startedAt());
      return p.get().info().startInstant().map(s -> s.isAfter(lockedAt)).orElse(false); // pid reused
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return Objects.requireNonNullElse(System.getenv("HOSTNAME"), "unknown-host");
    }
  }

  static Optional<Holder> readHolder(FileSystem fs, Path lock) {
    try (InputStream in = fs.open(lock)) {
      return Optional.of(Holder.fromMap(JSON.readValue(in, Map.class)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Creates {@code path} with {@code content} if it does not exist, atomically where the file
   * system allows: java.nio's CREATE_NEW (O_EXCL) on the local file system, else Hadoop's
   * create without overwrite (atomic on HDFS). False if it existed.
   */
  static boolean createExclusive(FileSystem fs, Path path, byte[] content) throws IOException {
    if ("file".equals(fs.getUri().getScheme())) {
      try {
        Files.write(Paths.get(path.toUri()), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(path)) {
        return false;
      }
      throw e;
    }
  }

  /** True if {@code root} holds the marker or a {@code _manifest.json} (outputs from before the marker). */
  public static boolean isNewsgraphOutput(FileSystem fs, Path root) throws IOException {
    return fs.exists(new Path(root, MARKER)) || fs.exists(new Path(root, RunReport.MANIFEST));
  }

  private static void checkContents(FileSystem fs, Path root, boolean allowForeign) throws IOException {
    if (!fs.exists(root)) {
      return;
    }
    if (!fs.getFileStatus(root).isDirectory()) {
      throw new ConfigException("setting '" + Settings.OUTPUT_DIR.key() + "' names '" + root
          + "', which is a file, not a folder");
    }
    FileStatus[] entries = fs.listStatus(root);
    List<String> foreign = new ArrayList<>();
    boolean ours = false;
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      if (name.equals(MARKER) || name.equals(RunReport.MANIFEST)) {
        ours = true;
      } else if (!name.equals(LOCK)) {
        foreign.add(e.isDirectory() ? name + "/" : name);
      }
    }
    if (!ours && !foreign.isEmpty() && !allowForeign) {
      throw new ConfigException("setting '" + Settings.OUTPUT_DIR.key() + "': '" + root + "' is not empty and"
          + " is not a newsgraph output (no " + MARKER + " or " + RunReport.MANIFEST + "); it holds "
          + sample(foreign) + ". Choose a new or empty folder, or set " + Settings.OUTPUT_ALLOW_FOREIGN_FILES.key()
          + "=true to write beside those files (newsgraph then replaces only its own table folders).");
    }
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      if (isTableName(name) && (!e.isDirectory() || !looksLikeTable(fs, e.getPath()))) {
        throw new ConfigException("setting '" + Settings.OUTPUT_DIR.key() + "': '" + e.getPath() + "' is named"
            + " like a newsgraph table but is not one (" + (e.isDirectory() ? "it holds " + sample(
            nonTableEntries(fs, e.getPath())) : "a file") + "); newsgraph would replace it. Move it away or"
            + " choose another output folder.");
      }
    }
  }

  private static boolean isTableName(String name) {
    for (TableSchema t : Tables.ALL) {
      if (name.equals(t.name()) || name.equals(t.name() + "._staging")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code dir} holds only what Spark (or Delta Lake) writes for a table: part files,
   * {@code _SUCCESS}, checksum files, {@code _temporary} of a killed run, {@code _delta_log},
   * partition folders {@code column=value}. Only the top level is looked at.
   */
  public static boolean looksLikeTable(FileSystem fs, Path dir) throws IOException {
    return fs.getFileStatus(dir).isDirectory() && nonTableEntries(fs, dir).isEmpty();
  }

  private static List<String> nonTableEntries(FileSystem fs, Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(dir)) {
      String n = s.getPath().getName();
      boolean spark = n.startsWith("part-") || n.equals("_SUCCESS") || n.equals("_temporary")
          || n.startsWith("_committed_") || n.startsWith("_started_")
          || n.equals("_delta_log") || n.equals("_change_data") || n.startsWith("deletion_vector_")
          || (n.startsWith(".") && n.endsWith(".crc"))
          || (s.isDirectory() && n.indexOf('=') > 0);
      if (!spark) {
        out.add(s.isDirectory() ? n + "/" : n);
      }
    }
    return out;
  }

  private static String sample(List<String> names) {
    List<String> sorted = names.stream().sorted().toList();
    return String.join(", ", sorted.subList(0, Math.min(5, sorted.size())))
        + (sorted.size() > 5 ? " and " + (sorted.size() - 5) + " more" : "");
  }

  // ---- output vs inputs ----

  /**
   * Refuses an output root inside an input or an input inside the output root, naming output.dir
   * and input.paths.
   */
  public static void checkNoOverlap(Configuration conf, String output, List<String> inputs) {
    List<String> out = components(conf, output);
    for (String input : inputs) {
      List<String> in = components(conf, input);
      if (!in.get(0).equals(out.get(0))) {
        continue; // another file system
      }
      int globAt = 1;
      while (globAt < in.size() && !isGlob(in.get(globAt))) {
        globAt++;
      }
      List<String> prefix = in.subList(0, globAt);
      List<String> pattern = in.subList(globAt, in.size());
      List<String> rel = startsWith(out, prefix) ? out.subList(prefix.size(), out.size()) : null;
      if (startsWith(prefix, out) || (rel != null && rel.size() < pattern.size() && globCanMatch(pattern, rel))) {
        // the input (or what its glob can match) is the output root or inside it
        throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': input '" + input
            + "' is inside the output root '" + output + "' (setting '" + Settings.OUTPUT_DIR.key()
            + "'): a run would read and replace its own tables. Keep the dumps outside the output root.");
      }
      if (rel != null && globCanMatch(pattern, rel)) {
        throw new ConfigException("setting '" + Settings.OUTPUT_DIR.key() + "': the output root '" + output
            + "' is inside input '" + input + "' (setting '" + Settings.INPUT_PATHS.key()
            + "'): the next run would read its own tables as articles. Choose an output outside the inputs.");
      }
    }
  }

  /** A glob's remaining components can match (a prefix of) the relative path {@code rel}, or it. */
  private static boolean globCanMatch(List<String> pattern, List<String> rel) {
    for (int i = 0; i < Math.min(pattern.size(), rel.size()); i++) {
      String p = pattern.get(i);
      if (p.contains("{") || p.contains("}")) {
        return true; // an alternation may span '/': be safe
      }
      try {
        if (!GlobPattern.compile(p).matcher(rel.get(i)).matches()) {
          return false;
        }
      } catch (RuntimeException e) {
        return true;
      }
    }
    return true;
  }

  private static boolean isGlob(String component) {
    return component.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{' || c == '\\');
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  /**
   * {@code [scheme://authority, c1, c2, ...]} of the qualified, normalised path; on the local file
   * system symbolic links of the longest existing ancestor are resolved (the glob part is kept).
   */
  static List<String> components(Configuration conf, String raw) {
    try {
      Path p = new Path(raw);
      FileSystem fs = p.getFileSystem(conf);
      Path q = fs.makeQualified(p);
      String scheme = q.toUri().getScheme();
      String head = scheme + "://" + Objects.toString(q.toUri().getAuthority(), "");
      List<String> parts = new ArrayList<>();
      for (String c : q.toUri().getPath().split("/")) {
        if (!c.isEmpty()) {
          parts.add(c);
        }
      }
      if ("file".equals(scheme)) {
        parts = realLocal(parts);
      }
      List<String> out = new ArrayList<>();
      out.add(head);
      out.addAll(parts);
      return out;
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("path '" + raw + "' cannot be resolved: " + e.getMessage());
    }
  }

  private static List<String> realLocal(List<String> parts) {
    int n = parts.size();
    while (n > 0) {
      if (parts.subList(0, n).stream().noneMatch(OutputRoot::isGlob)) {
        java.nio.file.Path p = Paths.get("/", parts.subList(0, n).toArray(new String[0]));
        if (Files.exists(p)) {
          try {
            List<String> out = new ArrayList<>();
            p.toRealPath().forEach(c -> out.add(c.toString()));
            out.addAll(parts.subList(n, parts.size()));
            return out;
          } catch (IOException e) {
            return parts;
          }
        }
      }
      n--;
    }
    return parts;
  }
}
