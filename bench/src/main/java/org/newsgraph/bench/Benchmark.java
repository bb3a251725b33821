package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.config.Settings;
import org.newsgraph.gazetteer.GazetteerLoader;

/**
 * {@code bench/run}: times newsgraph against its limit and its Spark NLP peer on the same input in
 * the same run, each variant in its own JVM ({@link BenchVariant}: a warm-up pass, then the timed
 * runs, then its peak memory), and prints a markdown table, also appended to
 * {@code target/bench/results.md}. See bench/README.md.
 */
public final class Benchmark {
  /**
   * Seconds of untimed warm-up passes per variant JVM. At 20 s, extraction at 10,000 articles was
   * still getting faster over its timed runs (1.97, 1.64, 1.49 s); after 60 s its runs are flat.
   */
  static final String DEFAULT_WARMUP_SECONDS = "60";
  static final List<String> ALL_VARIANTS = List.of("limit", "sparknlp", "extraction", "ingest_extraction", "job",
      "write_floor", "stages", "append");
  /** What runs without --variants: everything but the appending table (over 100,000 articles, ~20 minutes). */
  static final List<String> DEFAULT_VARIANTS = ALL_VARIANTS.stream().filter(v -> !v.equals("append")).toList();
  /** Stored and new articles of the appending table (--append). */
  static final String DEFAULT_APPEND = "100000+1000";
  /** Optional stages and the boolean settings that may switch them (the first one Settings knows is used). */
  static final Map<String, List<String>> OPTIONAL_STAGES = new LinkedHashMap<>();

  static {
    OPTIONAL_STAGES.put("near-duplicates", List.of("dedupe.near_duplicates"));
    OPTIONAL_STAGES.put("topics", List.of("nlp.topics.enabled"));
    OPTIONAL_STAGES.put("keywords", List.of("nlp.keywords.enabled"));
  }

  static final String USAGE = """
      usage: bench/run [--articles N] [--runs R] [--sizes N1,N2,...] [--scale-runs R] [--reuters]
                       [--seed S] [--heap 4g] [--master local[*]] [--variants v1,v2,...]
                       [--profile limit|extraction|job] [--stage NAME=SETTING]... [--warmup-seconds S]
        --articles N     synthetic articles for the main table (default 10000)
        --runs R         timed runs per variant after the warm-up (default 3; medians are reported)
        --warmup-seconds S  untimed warm-up passes repeat until S seconds have passed, at least one
                         (default 60: the JIT needs time, not passes; after 20 s extraction was still speeding up)
        --sizes LIST     also the scaling table at these sizes (limit, extraction, whole job)
        --scale-runs R   timed runs per size in the scaling table (default 1; warm-up on --articles)
        --reuters        also the main table on Reuters-21578 (../shared/data/reuters21578), if present
        --variants LIST  subset of %s
        --profile V      after the tables, record a JFR of variant V (limit, extraction,
                         ingest_extraction or job) over 3 runs after its warm-up, and
                         print its hottest methods; the .jfr file stays under target/bench/
        --stage N=KEY    an optional stage switched by boolean setting KEY (added to the defaults)
        --heap SIZE      -Xmx of every variant's JVM (default 4g, the launcher's default)
        --interleave B   true (default): the main table's variants run their timed runs in rounds
                         (run 1 of each, then run 2 of each, ...), each JVM waiting while another
                         runs; false: one variant after the other
        --append N+M     the appending table's sizes (default %s): with variant append, the whole
                         job over N stored articles, then per round an appending run of M new ones
                         (one night, dated %s) against a full rerun over all N + M
      Default variants: %s (append only when named).
      """.formatted(ALL_VARIANTS, DEFAULT_APPEND, SyntheticCorpus.LAST_DAY, DEFAULT_VARIANTS);

  private final Path root;
  private final Path benchDir;
  private final Path work;
  private final Map<String, String> o;
  private final List<String> variants;
  private final StringBuilder report = new StringBuilder();

  private Benchmark(Path root, Map<String, String> options, List<String> variants) {
    this.root = root;
    this.benchDir = root.resolve("target/bench");
    this.work = benchDir.resolve("work");
    this.o = options;
    this.variants = variants;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    List<String> stageArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--reuters" -> o.put("reuters", "true");
        case "--help", "-h" -> {
          System.out.print(USAGE);
          return;
        }
        case "--articles", "--runs", "--sizes", "--scale-runs", "--seed", "--heap", "--master", "--variants",
             "--profile", "--warmup-seconds", "--interleave", "--append" -> {
          if (i + 1 >= args.length) {
            fail(a + " needs a value");
          }
          o.put(a.substring(2), args[++i]);
        }
        case "--stage" -> {
          if (i + 1 >= args.length || !args[i + 1].contains("=")) {
            fail("--stage needs NAME=SETTING");
          }
          stageArgs.add(args[++i]);
        }
        default -> fail("unknown option " + a);
      }
    }
    for (String s : stageArgs) {
      OPTIONAL_STAGES.put(s.substring(0, s.indexOf('=')), List.of(s.substring(s.indexOf('=') + 1)));
    }
    List<String> variants = List.of(o.getOrDefault("variants", String.join(",", DEFAULT_VARIANTS)).split(","));
    for (String v : variants) {
      if (!ALL_VARIANTS.contains(v)) {
        fail("unknown variant " + v + "; known: " + ALL_VARIANTS);
      }
    }
    if (!o.getOrDefault("append", DEFAULT_APPEND).replace("_", "").matches("[1-9][0-9]*\\+[1-9][0-9]*")) {
      fail("--append takes N+M (stored + new articles), e.g. " + DEFAULT_APPEND);
    }
    if (!List.of("true", "false").contains(o.getOrDefault("interleave", "true"))) {
      fail("--interleave takes true or false");
    }
    if (o.containsKey("profile") && !List.of("limit", "extraction", "ingest_extraction", "job")
        .contains(o.get("profile"))) {
      fail("--profile takes limit, extraction, ingest_extraction or job");
    }
    new Benchmark(Path.of("").toAbsolutePath(), o, variants).run();
  }

  private static void fail(String message) {
    System.err.println("bench: " + message);
    System.err.print(USAGE);
    System.exit(2);
  }

  private int intOpt(String key, int dflt) {
    try {
      int v = Integer.parseInt(o.getOrDefault(key, Integer.toString(dflt)).replace("_", ""));
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      fail("--" + key + " needs a whole number >= 1");
      return dflt;
    }
  }

  private void run() throws Exception {
    int articles = intOpt("articles", 10_000);
    int runs = intOpt("runs", 3);
    long seed = Long.parseLong(o.getOrDefault("seed", Long.toString(SyntheticCorpus.DEFAULT_SEED)));
    Files.createDirectories(work);
    Path aliases = work.resolve("aliases.txt");
    BenchVariant.writeAliases(GazetteerLoader.loadBundled(), aliases);

    line("## newsgraph benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    line("");
    line("- command: `bench/run " + String.join(" ", commandLine()) + "`");
    line("- commit: " + git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain").isBlank() ? "" : " (+ local changes)")
        + "; Java " + System.getProperty("java.version") + "; " + Runtime.getRuntime().availableProcessors()
        + " cores; each variant in its own JVM with -Xmx" + o.getOrDefault("heap", "4g") + ", Spark master "
        + o.getOrDefault("master", "local[*]"));
    line("- load average at start: " + loadAverage() + " (should be well below the core count; if not, "
        + "the numbers are not trustworthy)");
    line("- warm-up: untimed passes per JVM until " + o.getOrDefault("warmup-seconds", DEFAULT_WARMUP_SECONDS)
        + " s have passed (at least one); then " + runs + " timed runs; the median is reported");
    line("- main table: " + (o.getOrDefault("interleave", "true").equals("false") ? "one variant after the other"
        : "timed runs in rounds (run r of every variant, in table order, before run r + 1 of any; each JVM "
        + "waits while another runs), so that ratios can also be taken per round"));
    line("");

    Path corpus = syntheticCorpus(articles, seed);
    if (variants.stream().anyMatch(v -> !v.equals("append"))) {
      mainTable("synthetic corpus: " + describe(corpus, articles, seed), corpus, corpus, articles, runs);
    }
    if (variants.contains("append")) {
      appendTable(seed, runs);
    }
    if (o.containsKey("reuters")) {
      Path reuters = reutersCorpus();
      if (reuters == null) {
        line("Reuters-21578 not found under ../shared/data/reuters21578: skipped.");
        line("");
      } else {
        int n = countLines(reuters);
        mainTable("Reuters-21578: " + n + " articles with a body, " + mb(reuters) + " MB of JSON Lines",
            reuters, reuters, n, runs);
      }
    }
    if (o.containsKey("sizes")) {
      scalingTable(corpus, seed);
    }
    line("- load average at end: " + loadAverage());
    line("");
    if (o.containsKey("profile")) {
      profile(o.get("profile"), corpus);
    }
    Path results = benchDir.resolve("results.md");
    Files.writeString(results, report.toString() + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.println("(appended to " + root.relativize(results) + "; logs of each JVM under "
        + root.relativize(benchDir.resolve("logs")) + ")");
  }

  private List<String> commandLine() {
    List<String> args = new ArrayList<>();
    o.forEach((k, v) -> {
      args.add("--" + k);
      if (!k.equals("reuters")) {
        args.add(v);
      }
    });
    return args;
  }

  // ---- corpora ----

  private Path syntheticCorpus(int articles, long seed) throws IOException {
    Path dir = benchDir.resolve("corpus/synthetic-" + articles + "-" + seed);
    Path done = dir.resolve("_COMPLETE");
    String stamp = "version " + SyntheticCorpus.VERSION + " seed " + seed + " articles " + articles;
    if (Files.exists(done) && Files.readString(done).strip().equals(stamp)) {
      return dir;
    }
    BenchVariant.deleteTree(dir);
    long t0 = System.nanoTime();
    new SyntheticCorpus(GazetteerLoader.loadBundled(), seed).write(dir, articles,
        SyntheticCorpus.defaultShards(articles));
    Files.writeString(done, stamp + "\n");
    System.err.printf(Locale.ROOT, "[bench] generated %d articles (%d MB) in %.1f s into %s%n", articles, mb(dir),
        (System.nanoTime() - t0) / 1e9, root.relativize(dir));
    return dir;
  }

  private Path reutersCorpus() throws IOException {
    Path source = root.resolve("../shared/data/reuters21578").normalize();
    if (!ReutersJsonl.present(source)) {
      return null;
    }
    Path dir = benchDir.resolve("corpus/reuters21578");
    Path done = dir.resolve("_COMPLETE");
    String stamp = "ReutersJsonl v1";
    if (!Files.exists(done) || !Files.readString(done).strip().equals(stamp)) {
      BenchVariant.deleteTree(dir);
      ReutersJsonl.convert(source, dir);
      Files.writeString(done, stamp + "\n");
    }
    return dir;
  }

  private static String describe(Path dir, int articles, long seed) throws IOException {
    long files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).count();
    }
    return articles + " articles, seed " + seed + ", " + mb(dir) + " MB of JSON Lines in " + files + " files";
  }

  static long mb(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
    }
  }

  private static int countLines(Path dir) throws IOException {
    int n = 0;
    for (Path f : BenchVariant.jsonlFiles(dir)) {
      try (Stream<String> lines = Files.lines(f)) {
        n += (int) lines.count();
      }
    }
    return n;
  }

  // ---- the tables ----

  private void mainTable(String title, Path input, Path warmup, int articles, int runs) throws Exception {
    line("### " + title);
    line("");
    Map<String, JsonNode> r = new LinkedHashMap<>();
    String tag = input.getFileName().toString();
    Path limitSurfaces = work.resolve(tag + "-limit-surfaces.tsv");
    Path peerSurfaces = work.resolve(tag + "-sparknlp-surfaces");
    List<String> timed = variants.stream().filter(v -> !v.equals("stages") && !v.equals("append")).toList();
    Map<String, Map<String, String>> extras = new LinkedHashMap<>();
    for (String v : timed) {
      Map<String, String> extra = new LinkedHashMap<>();
      if (v.equals("limit")) {
        extra.put("surfaces", limitSurfaces.toString());
      } else if (v.equals("sparknlp")) {
        extra.put("surfaces", peerSurfaces.toString());
      }
      extras.put(v, extra);
    }
    if (interleaved(timed)) {
      r.putAll(interleave(timed, input, warmup, runs, extras));
    } else {
      for (String v : timed) {
        r.put(v, child(v, input, warmup, runs, extras.get(v)));
      }
    }
    line("| # | variant | median s | articles/s | runs (s) | warm-up passes | count | peak RSS MB | heap after GC, peak MB | GC ms | alloc KB/article |");
    line("|---|---|---|---|---|---|---|---|---|---|---|");
    Map<String, String> labels = Map.of(
        "limit", "1 | limit: plain Java, one thread, Jackson + MentionExtractor (count = mentions)",
        "sparknlp", "2 | Spark NLP peer: DocumentAssembler -> SentenceDetector -> Tokenizer -> TextMatcher (count = matches)",
        "extraction", "3 | newsgraph extraction: reader -> MentionStages, counted (count = mentions)",
        "ingest_extraction", "3b | reader -> ingest stages (ids, exact duplicates, dates) -> MentionStages, counted",
        "job", "4 | whole default job `run`, all tables written (count = mentions)",
        "write_floor", "4f | write floor: the job's tables, held in memory as the job hands them to the writer, written again (count = rows)");
    for (var e : r.entrySet()) {
      JsonNode n = e.getValue();
      double med = median(n.get("runs_s"));
      line(String.format(Locale.ROOT, "| %s | %.2f | %,.0f | %s | %d | %,d | %d | %d | %d | %.0f |", labels.get(e.getKey()),
          med, articles / med, list(n.get("runs_s")), n.path("warmup_passes").asInt(1), n.get("count").asLong(),
          n.get("vm_hwm_mb").asLong(),
          n.get("live_heap_peak_mb").asLong(), n.get("gc_ms").asLong(),
          n.get("alloc_bytes").asDouble() / 1024.0 / ((double) articles * runs)));
    }
    line("");
    line("Peak RSS is each JVM's VmHWM (in Spark local mode the executors are threads of the driver JVM, so it is "
        + "driver and executors together; it includes the warm-up; G1 lets the heap grow towards -Xmx, so it overstates need). Heap after GC is "
        + "the largest heap in use right after a collection (an upper bound of the live data). GC ms and alloc "
        + "cover the timed runs; alloc counts live threads only (approximate for Spark, exact for the limit).");
    line("");
    ratio("3/1 extraction vs limit (target >= 0.5)", r, "limit", "extraction", 0.5);
    ratio("3b/1 reader + ingest stages + extraction vs limit", r, "limit", "ingest_extraction", Double.NaN);
    ratio("4/1 whole job vs limit (target >= 0.25)", r, "limit", "job", 0.25);
    ratio("3/2 extraction vs Spark NLP peer (target >= 30)", r, "sparknlp", "extraction", 30);
    // the job writes at least what the floor writes, so 4/1 <= time(limit) / time(floor)
    ratio("4f/1 ceiling of 4/1: limit vs writing the job's tables alone", r, "limit", "write_floor", Double.NaN);
    ratio("4/4f whole job vs writing its tables alone (the job's time / the floor's)", r, "job", "write_floor", Double.NaN);
    if (r.containsKey("limit") && r.containsKey("sparknlp")) {
      recall(limitSurfaces, peerSurfaces);
    }
    if (r.containsKey("limit") && r.containsKey("extraction")
        && r.get("limit").get("count").asLong() != r.get("extraction").get("count").asLong()) {
      line("- note: the limit and extraction counted different mentions (" + r.get("limit").get("count") + " vs "
          + r.get("extraction").get("count") + "): the reader accepts or dates articles differently.");
    }
    line("");
    if (variants.contains("stages")) {
      stagesTable(input, warmup, articles, runs);
    }
  }

  /** Whether the main table's variants run interleaved (the default when there are two or more). */
  private boolean interleaved(List<String> timed) {
    return timed.size() > 1 && !o.getOrDefault("interleave", "true").equals("false");
  }

  /**
   * The variants' JVMs all started, each warmed up while the others wait (one at a time, so that no
   * two CPU-bound JVMs overlap), then the timed runs in rounds: run r of every variant, in the
   * order given, before run r + 1 of any. A slow or fast spell of this shared machine then falls on
   * every variant, and run r of two variants can be compared as a pair ({@link #ratio}).
   */
  private Map<String, JsonNode> interleave(List<String> timed, Path input, Path warmup, int runs,
                                           Map<String, Map<String, String>> extras) throws Exception {
    Map<String, Child> children = new LinkedHashMap<>();
    try {
      for (String v : timed) {
        System.err.printf(Locale.ROOT, "[bench] %s on %s: warm-up ... ", v, input.getFileName());
        long t0 = System.nanoTime();
        Child c = new Child(v, input, warmup, runs, extras.get(v), true);
        children.put(v, c);
        c.awaitReady();
        System.err.printf(Locale.ROOT, "%.0f s%n", (System.nanoTime() - t0) / 1e9);
      }
      for (int round = 0; round < runs; round++) {
        StringBuilder times = new StringBuilder();
        for (var e : children.entrySet()) {
          times.append(String.format(Locale.ROOT, " %s %.2f s", e.getKey(), e.getValue().pass()));
        }
        System.err.printf(Locale.ROOT, "[bench] round %d of %d:%s%n", round + 1, runs, times);
      }
      Map<String, JsonNode> out = new LinkedHashMap<>();
      for (var e : children.entrySet()) {
        out.put(e.getKey(), e.getValue().result());
      }
      return out;
    } finally {
      children.values().forEach(c -> c.process.destroy());
    }
  }

  private void ratio(String label, Map<String, JsonNode> r, String base, String other, double target) {
    if (!r.containsKey(base) || !r.containsKey(other)) {
      return;
    }
    // throughput ratio = time(base) / time(other)
    double x = median(r.get(base).get("runs_s")) / median(r.get(other).get("runs_s"));
    String verdict = Double.isNaN(target) ? "" : x >= target ? " (met)" : " (not met)";
    String rounds = "";
    if (interleaved(new ArrayList<>(r.keySet()))) {
      // run r of both variants came from the same round: one ratio per round
      List<Double> perRound = new ArrayList<>();
      JsonNode b = r.get(base).get("runs_s");
      JsonNode t = r.get(other).get("runs_s");
      for (int i = 0; i < Math.min(b.size(), t.size()); i++) {
        perRound.add(b.get(i).asDouble() / t.get(i).asDouble());
      }
      rounds = String.format(Locale.ROOT, "; per round %s, lowest %.2fx", perRound.stream()
          .map(d -> String.format(Locale.ROOT, "%.2fx", d)).toList(), perRound.stream()
          .mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
    }
    line(String.format(Locale.ROOT, "- %s: **%.2fx**%s%s", label, x, verdict, rounds));
  }

  /** The optional stages: the whole job with each one on and off, alternately in one JVM. */
  private void stagesTable(Path input, Path warmup, int articles, int runs) throws Exception {
    line("Optional stages (the whole job with the stage on and off, alternately in one JVM; cost = median of on - median of off):");
    line("");
    line("| stage | setting | median on s | median off s | cost s per 1,000 articles | peak RSS MB |");
    line("|---|---|---|---|---|---|");
    for (var e : OPTIONAL_STAGES.entrySet()) {
      String key = e.getValue().stream().filter(k -> Settings.byKey(k) != null).findFirst().orElse(null);
      if (key == null) {
        line("| " + e.getKey() + " | none of " + e.getValue() + " exists in Settings | skipped | | | |");
        continue;
      }
      JsonNode n = child("stage", input, warmup, runs, Map.of("setting", key));
      double on = median(n.get("runs_s"));
      double off = median(n.get("runs_off_s"));
      line(String.format(Locale.ROOT, "| %s | `%s` | %.2f | %.2f | %.3f | %d |", e.getKey(), key, on, off,
          (on - off) / articles * 1000.0, n.get("vm_hwm_mb").asLong()));
    }
    line("");
  }

  /**
   * Appending one night onto stored tables against a full rerun over everything, alternately in one
   * JVM (issue 21's target: at most 0.15x). The night is articles N .. N+M-1 of the same synthetic
   * corpus, dated on its last day, so it falls in a day, week, month and year the stored tables
   * already hold (as a real night does), and its duplicates copy stored articles.
   */
  private void appendTable(long seed, int runs) throws Exception {
    String[] nm = o.getOrDefault("append", DEFAULT_APPEND).replace("_", "").split("\\+");
    int stored = Integer.parseInt(nm[0]);
    int fresh = Integer.parseInt(nm[1]);
    Path corpus = syntheticCorpus(stored, seed);
    Path night = nightCorpus(stored, fresh, seed);
    line(String.format(Locale.ROOT, "### Appending %,d new articles onto %,d stored (seed %d; the night dated %s)",
        fresh, stored, seed, SyntheticCorpus.LAST_DAY));
    line("");
    JsonNode n = child("append", corpus, corpus, runs, Map.of("night", night.toString()));
    double append = median(n.get("runs_s"));
    double full = median(n.get("runs_off_s"));
    line("| run | median s | runs (s) | mentions afterwards |");
    line("|---|---|---|---|");
    line(String.format(Locale.ROOT, "| set-up: whole job over the %,d stored articles (untimed, the JIT's warm-up) | %.2f | | |",
        stored, n.get("setup_s").asDouble()));
    line(String.format(Locale.ROOT, "| `run --append` of the %,d new articles onto a copy of the stored tables | %.2f | %s | %,d |",
        fresh, append, list(n.get("runs_s")), n.get("count").asLong()));
    line(String.format(Locale.ROOT, "| full rerun over all %,d articles | %.2f | %s | %,d |", stored + fresh, full,
        list(n.get("runs_off_s")), n.get("count_off").asLong()));
    line("");
    List<String> perRound = new ArrayList<>();
    for (int i = 0; i < n.get("runs_s").size(); i++) {
      perRound.add(String.format(Locale.ROOT, "%.3f", n.get("runs_s").get(i).asDouble() / n.get("runs_off_s").get(i).asDouble()));
    }
    double x = append / full;
    line(String.format(Locale.ROOT, "- append vs full rerun (target <= 0.15): **%.3fx** (%s; per round %s); peak RSS %d MB",
        x, x <= 0.15 ? "met" : "NOT met", String.join(", ", perRound), n.get("vm_hwm_mb").asLong()));
    if (n.get("count").asLong() != n.get("count_off").asLong()) {
      line("- note: the appended and the full tables hold different numbers of mentions");
    }
    line("");
  }

  /** The night of {@link #appendTable}: articles [stored, stored + fresh) dated on the corpus's last day. */
  private Path nightCorpus(int stored, int fresh, long seed) throws IOException {
    Path dir = benchDir.resolve("corpus/night-" + stored + "+" + fresh + "-" + seed);
    Path done = dir.resolve("_COMPLETE");
    String stamp = "version " + SyntheticCorpus.VERSION + " seed " + seed + " articles " + stored + "+" + fresh;
    if (Files.exists(done) && Files.readString(done).strip().equals(stamp)) {
      return dir;
    }
    BenchVariant.deleteTree(dir);
    new SyntheticCorpus(GazetteerLoader.loadBundled(), seed).writeNight(dir, stored, fresh, SyntheticCorpus.LAST_DAY);
    Files.writeString(done, stamp + "\n");
    return dir;
  }

  private void scalingTable(Path warmup, long seed) throws Exception {
    int runs = intOpt("scale-runs", 1);
    List<Integer> sizes = new ArrayList<>();
    for (String s : o.get("sizes").split(",")) {
      sizes.add(Integer.parseInt(s.strip().replace("_", "")));
    }
    line("### Scaling (" + runs + " timed run(s) per size; each JVM warmed up on the main corpus first)");
    line("");
    line("| articles | MB | limit s | extraction s | whole job s | job articles/s | job peak RSS MB | job heap after GC, peak MB | time(job) / time(job at previous size) |");
    line("|---|---|---|---|---|---|---|---|---|");
    double previous = Double.NaN;
    int previousSize = 0;
    for (int size : sizes) {
      Path corpus = syntheticCorpus(size, seed);
      Map<String, Double> t = new HashMap<>();
      JsonNode job = null;
      for (String v : List.of("limit", "extraction", "job")) {
        if (!variants.contains(v)) {
          continue;
        }
        JsonNode n = child(v, corpus, warmup, runs, Map.of());
        t.put(v, median(n.get("runs_s")));
        if (v.equals("job")) {
          job = n;
        }
      }
      double jt = t.getOrDefault("job", Double.NaN);
      line(String.format(Locale.ROOT, "| %,d | %d | %s | %s | %s | %s | %s | %s | %s |", size, mb(corpus),
          fmt(t.get("limit")), fmt(t.get("extraction")), fmt(t.get("job")),
          job == null ? "" : String.format(Locale.ROOT, "%,.0f", size / jt),
          job == null ? "" : job.get("vm_hwm_mb").asText(), job == null ? "" : job.get("live_heap_peak_mb").asText(),
          Double.isNaN(previous) || Double.isNaN(jt) ? "" : String.format(Locale.ROOT, "%.2f (sizes x%.1f)",
              jt / previous, (double) size / previousSize)));
      previous = jt;
      previousSize = size;
    }
    line("");
    line("Target: time(1M) / time(100k) <= 12 for the whole job, 1M articles without out-of-memory at -Xmx4g.");
    line("");
  }

  private static String fmt(Double d) {
    return d == null ? "" : String.format(Locale.ROOT, "%.2f", d);
  }

  /** How far the peer's matches and newsgraph's mentions agree, by distinct lower-cased surface per article. */
  private void recall(Path limitFile, Path peerDir) throws IOException {
    Map<String, Set<String>> ours = new HashMap<>();
    for (String l : Files.readAllLines(limitFile, StandardCharsets.UTF_8)) {
      int tab = l.indexOf('\t');
      Set<String> s = new HashSet<>();
      if (tab + 1 < l.length()) {
        s.addAll(List.of(l.substring(tab + 1).split("\u0001")));
      }
      ours.put(l.substring(0, tab), s);
    }
    ObjectMapper json = new ObjectMapper();
    long both = 0;
    long oursTotal = 0;
    long peerTotal = 0;
    long same = 0;
    long articles = 0;
    List<Path> parts;
    try (Stream<Path> s = Files.list(peerDir)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path part : parts) {
      for (String l : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        JsonNode n = json.readTree(l);
        Set<String> peer = new HashSet<>();
        n.path("surfaces").forEach(x -> peer.add(BenchVariant.normalSurface(x.asText())));
        Set<String> mine = ours.getOrDefault(n.path("id").asText(), Set.of());
        articles++;
        oursTotal += mine.size();
        peerTotal += peer.size();
        for (String x : mine) {
          if (peer.contains(x)) {
            both++;
          }
        }
        if (mine.equals(peer)) {
          same++;
        }
      }
    }
    line(String.format(Locale.ROOT, "- agreement by distinct lower-cased surface per article (%,d articles): the peer "
            + "finds %.1f%% of newsgraph's surfaces; newsgraph keeps %.1f%% of the peer's (the rest: unresolved "
            + "ambiguous aliases and bare surnames newsgraph declines, or peer matches inside other names); same "
            + "set in %.1f%% of articles", articles, 100.0 * both / Math.max(1, oursTotal),
        100.0 * both / Math.max(1, peerTotal), 100.0 * same / Math.max(1, articles)));
  }

  // ---- child JVMs ----

  private JsonNode child(String variant, Path input, Path warmup, int runs, Map<String, String> extra)
      throws IOException, InterruptedException {
    System.err.printf(Locale.ROOT, "[bench] %s on %s: warm-up + %d run(s) ... ", variant, input.getFileName(), runs);
    long t0 = System.nanoTime();
    Child c = new Child(variant, input, warmup, runs, extra, false);
    JsonNode result = c.result();
    System.err.printf(Locale.ROOT, "%.0f s%n", (System.nanoTime() - t0) / 1e9);
    return result;
  }

  /**
   * One variant's JVM ({@link BenchVariant}). Its output goes to a log under target/bench/logs as it
   * comes; the protocol lines (ready, pass, result) are handed to the coordinator.
   */
  private final class Child {
    private static final String EOF = "\u0000eof";
    private final String variant;
    private final Process process;
    private final Path log;
    private final java.util.concurrent.BlockingQueue<String> protocol = new java.util.concurrent.LinkedBlockingQueue<>();
    private boolean ready;

    Child(String variant, Path input, Path warmup, int runs, Map<String, String> extra, boolean paced)
        throws IOException {
      this.variant = variant;
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Duser.timezone")
            || a.startsWith("-Dlog4j")) {
          cmd.add(a);
        }
      }
      cmd.add("-Xmx" + o.getOrDefault("heap", "4g"));
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchVariant.class.getName(),
          "--variant", variant, "--input", input.toString(), "--warmup-input", warmup.toString(),
          "--runs", Integer.toString(runs), "--work", work.toString(),
          "--warmup-seconds", o.getOrDefault("warmup-seconds", DEFAULT_WARMUP_SECONDS),
          "--aliases", work.resolve("aliases.txt").toString(), "--master", o.getOrDefault("master", "local[*]"),
          "--paced", Boolean.toString(paced)));
      extra.forEach((k, v) -> {
        cmd.add("--" + k);
        cmd.add(v);
      });
      Path logs = benchDir.resolve("logs");
      Files.createDirectories(logs);
      String name = variant + (extra.containsKey("setting") ? "-" + extra.get("setting") : "") + "-"
          + input.getFileName();
      log = logs.resolve(name + ".log");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
      process = pb.start();
      Thread pump = new Thread(this::pump, "bench-" + name);
      pump.setDaemon(true);
      pump.start();
    }

    private void pump() {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
           var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
        String l;
        while ((l = r.readLine()) != null) {
          w.write(l);
          w.newLine();
          w.flush(); // so that `tail -f` on the log follows a long run
          if (l.startsWith(BenchVariant.RESULT_PREFIX) || l.startsWith(BenchVariant.READY_PREFIX)
              || l.startsWith(BenchVariant.PASS_PREFIX)) {
            protocol.add(l);
          }
        }
      } catch (IOException e) {
        protocol.add(EOF + " " + e);
      }
      protocol.add(EOF);
    }

    /** The rest of the next protocol line with {@code prefix}; fails when the JVM ends first. */
    private String await(String prefix) throws InterruptedException {
      while (true) {
        String l = protocol.take();
        if (l.startsWith(EOF)) {
          protocol.add(EOF);
          throw new IllegalStateException("variant " + variant + " ended before \"" + prefix.trim()
              + "\" (exit " + process.waitFor() + "); see " + log);
        }
        if (l.startsWith(prefix)) {
          return l.substring(prefix.length());
        }
      }
    }

    /** Waits until the warm-up is done and the first timed run waits for "go". */
    void awaitReady() throws InterruptedException {
      await(BenchVariant.READY_PREFIX);
      ready = true;
    }

    /** One timed run (paced): its seconds. */
    double pass() throws IOException, InterruptedException {
      if (!ready) {
        await(BenchVariant.READY_PREFIX);
      }
      ready = false;
      process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
      return Double.parseDouble(await(BenchVariant.PASS_PREFIX));
    }

    JsonNode result() throws IOException, InterruptedException {
      String result = await(BenchVariant.RESULT_PREFIX);
      int rc = process.waitFor();
      if (rc != 0) {
        throw new IllegalStateException("variant " + variant + " failed (exit " + rc + "); see " + log);
      }
      return new ObjectMapper().readTree(result);
    }
  }

  // ---- profiling ----

  private void profile(String variant, Path corpus) throws Exception {
    Path jfr = benchDir.resolve("profile-" + variant + ".jfr");
    Files.deleteIfExists(jfr);
    child(variant, corpus, corpus, 3, Map.of("jfr", jfr.toString()));
    line("### Profile of " + variant + " (JFR, settings=profile, over 3 runs after the warm-up; "
        + root.relativize(jfr) + ")");
    line("");
    line(JfrSummary.summarize(jfr, 25));
    line("More: `jfr print --events jdk.ExecutionSample " + root.relativize(jfr) + "`, `jfr summary "
        + root.relativize(jfr) + "`, or open it in JDK Mission Control.");
    line("");
  }

  // ---- helpers ----

  private void line(String s) {
    System.out.println(s);
    report.append(s).append('\n');
  }

  static double median(JsonNode array) {
    List<Double> v = new ArrayList<>();
    array.forEach(x -> v.add(x.asDouble()));
    return median(v);
  }

  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    v.sort(Double::compare);
    int n = v.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  private static String list(JsonNode array) {
    List<String> v = new ArrayList<>();
    array.forEach(x -> v.add(String.format(Locale.ROOT, "%.2f", x.asDouble())));
    return String.join(", ", v);
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private String git(String... args) {
    try {
      List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
      cmd.addAll(List.of(args));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? out : "unknown";
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }
}
