package org.newsgraph.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.MentionExtractor;
import org.newsgraph.annotate.MentionStages;
import org.newsgraph.cli.NewsgraphCli;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.ingest.ArticleInputs;
import org.newsgraph.ingest.IngestStages;
import org.newsgraph.ingest.PublishedDates;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.OutputTables;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * One benchmark variant in its own JVM (started by {@link Benchmark}): untimed warm-up passes
 * (over {@code --warmup-input}, default the input) until {@code --warmup-seconds} have passed, then {@code --runs} timed passes over the
 * input, then one line {@code BENCH-RESULT {json}} on stdout with the times, the count each pass
 * produced, and this JVM's peak memory. In Spark local mode the executors are threads of this JVM,
 * so its peak is the driver's and the executors' together.
 *
 * <p>Variants: {@code limit} (plain Java, one thread), {@code sparknlp} (the Spark NLP peer
 * pipeline), {@code extraction} (reader -> MentionStages, counted), {@code ingest_extraction}
 * (reader -> ingest stages -> MentionStages, counted), {@code job} (the whole default {@code run}),
 * {@code write_floor} (the tables of the whole default job, held in memory as the job hands them to
 * the writer, written again: no part of the job can take less), {@code stage} (the whole job with
 * {@code --setting} true and false, alternately).
 */
public final class BenchVariant {
  static final String RESULT_PREFIX = "BENCH-RESULT ";
  /** With {@code --paced true}: printed before each timed run, which then waits for "go" on stdin. */
  static final String READY_PREFIX = "BENCH-READY ";
  /** With {@code --paced true}: printed after each timed run, with its seconds. */
  static final String PASS_PREFIX = "BENCH-PASS ";

  private final Map<String, String> opts;
  private final Path input;
  private final Path warmupInput;
  private final Path work;
  private final Gazetteer gazetteer;
  private SparkSession spark;

  private BenchVariant(Map<String, String> opts) {
    this.opts = opts;
    this.input = Path.of(opts.get("input"));
    this.warmupInput = Path.of(opts.getOrDefault("warmup-input", opts.get("input")));
    this.work = Path.of(opts.getOrDefault("work", "target/bench/work"));
    this.gazetteer = GazetteerLoader.loadBundled();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    LiveHeap.watch();
    BenchVariant v = new BenchVariant(opts);
    try {
      System.out.println(RESULT_PREFIX + v.run(opts.get("variant"), Integer.parseInt(opts.getOrDefault("runs", "3"))));
    } finally {
      if (v.spark != null) {
        v.spark.stop();
      }
    }
    System.exit(0);
  }

  /** A timed body: returns the count it produced (mentions, matches, articles). */
  private interface Pass {
    long run(Path in) throws Exception;
  }

  private String run(String variant, int runs) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("variant", variant);
    Pass pass;
    Pass other = null; // the "off" pass of a stage toggle; for append, the full rerun
    Pass prepare = null; // untimed, before each timed run (append: a fresh copy of the stored tables)
    boolean warmUp = true;
    switch (variant) {
      case "limit" -> {
        MentionExtractor extractor = new MentionExtractor(gazetteer, Settings.SNIPPET_CHARS.parse(
            Settings.SNIPPET_CHARS.defaultValue()));
        pass = in -> limitPass(extractor, in, null);
      }
      case "sparknlp" -> {
        startSpark();
        PipelineModel model = sparkNlpModel();
        pass = in -> sparkNlpMatches(model, in);
      }
      case "extraction" -> {
        startSpark();
        pass = in -> extraction(in, false);
      }
      case "ingest_extraction" -> {
        startSpark();
        pass = in -> extraction(in, true);
      }
      case "job" -> {
        startSpark();
        pass = in -> job(in, Map.of());
      }
      case "write_floor" -> {
        startSpark();
        Map<Path, List<HeldTable>> written = new HashMap<>();
        for (Path in : new TreeSet<>(List.of(input, warmupInput))) {
          written.put(in, jobTablesInMemory(in));
        }
        pass = in -> rewrite(written.get(in));
      }
      case "stage" -> {
        startSpark();
        String key = opts.get("setting");
        pass = in -> job(in, Map.of(key, "true"));
        other = in -> job(in, Map.of(key, "false"));
        result.put("setting", key);
      }
      case "append" -> {
        // input: the stored corpus; night: the new articles. Set-up (untimed, and the JIT's
        // warm-up): the whole job over the stored corpus. Each round then times an appending run of
        // the night onto a fresh copy of those tables, and a full rerun over stored + night.
        startSpark();
        Path night = Path.of(opts.get("night"));
        Path stored = work.resolve("append-stored");
        Path appended = work.resolve("append-out");
        long s0 = System.nanoTime();
        runJob(input, stored, Map.of());
        result.put("setup_s", (System.nanoTime() - s0) / 1e9);
        warmUp = false;
        prepare = in -> {
          deleteTree(appended);
          copyTree(stored, appended);
          return 0;
        };
        pass = in -> {
          NewsgraphCli.execute(spark, "run", NewsgraphConfig.fromMap(Map.of(
              Settings.INPUT_PATHS.key(), night.toAbsolutePath().toString(),
              Settings.OUTPUT_DIR.key(), appended.toAbsolutePath().toString(),
              Settings.APPEND.key(), "true")));
          return spark.read().parquet(appended.resolve("mentions").toString()).count();
        };
        String everything = input.toAbsolutePath() + "," + night.toAbsolutePath();
        other = in -> {
          Path out = work.resolve("append-full");
          deleteTree(out);
          NewsgraphCli.execute(spark, "run", NewsgraphConfig.fromMap(Map.of(
              Settings.INPUT_PATHS.key(), everything, Settings.OUTPUT_DIR.key(), out.toAbsolutePath().toString())));
          long mentions = spark.read().parquet(out.resolve("mentions").toString()).count();
          deleteTree(out);
          return mentions;
        };
        result.put("setting", "output.append");
      }
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    }
    // Warm-up: passes until --warmup-seconds have passed (at least one), so that short passes
    // (the limit takes ~2 s per 10,000 articles) are timed after the JIT's work, not during it.
    double warmupSeconds = Double.parseDouble(opts.getOrDefault("warmup-seconds", Benchmark.DEFAULT_WARMUP_SECONDS));
    long t0 = System.nanoTime();
    int warmups = 0;
    while (warmUp) {
      pass.run(warmupInput);
      if (other != null) {
        other.run(warmupInput);
      }
      warmups++;
      warmUp = (System.nanoTime() - t0) / 1e9 < warmupSeconds;
    }
    result.put("warmup_s", (System.nanoTime() - t0) / 1e9);
    result.put("warmup_passes", warmups);
    // With --jfr, a JFR recording (the "profile" settings) covers the timed runs only, not start-up.
    jdk.jfr.Recording recording = null;
    if (opts.containsKey("jfr")) {
      recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
      recording.start();
    }
    long gcBefore = gcMillis();
    // Allocation is summed per timed run (live threads before and after it): Spark's idle task
    // threads end after 60 s, and in a paced run a JVM waits longer than that between its runs, so
    // one difference over all runs would lose what the ended threads had allocated.
    long alloc = 0;
    List<Double> times = new ArrayList<>();
    List<Double> otherTimes = new ArrayList<>();
    long count = -1;
    long otherCount = -1;
    // Paced (the interleaved main table): each timed run waits for the coordinator's "go", so that
    // the variants' runs alternate in time and a slow spell of the machine falls on all of them.
    BufferedReader control = Boolean.parseBoolean(opts.getOrDefault("paced", "false"))
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) : null;
    for (int r = 0; r < runs; r++) {
      if (control != null) {
        System.out.println(READY_PREFIX + r);
        System.out.flush();
        String command = control.readLine();
        if (!"go".equals(command)) {
          throw new IllegalStateException("paced run " + r + ": expected \"go\" on stdin, got " + command);
        }
      }
      if (prepare != null) {
        prepare.run(input);
      }
      long allocBefore = allocatedBytes();
      long s = System.nanoTime();
      count = pass.run(input);
      times.add((System.nanoTime() - s) / 1e9);
      if (other != null) {
        s = System.nanoTime();
        otherCount = other.run(input);
        otherTimes.add((System.nanoTime() - s) / 1e9);
      }
      alloc += allocatedBytes() - allocBefore;
      if (control != null) {
        System.out.println(PASS_PREFIX + times.get(r));
        System.out.flush();
      }
    }
    if (recording != null) {
      recording.stop();
      recording.dump(Path.of(opts.get("jfr")));
      recording.close();
    }
    result.put("runs_s", times);
    if (other != null) {
      result.put("runs_off_s", otherTimes);
    }
    result.put("count", count);
    if (other != null) {
      result.put("count_off", otherCount);
    }
    result.put("gc_ms", gcMillis() - gcBefore);
    result.put("alloc_bytes", alloc);
    result.put("heap_peak_mb", heapPeakMb());
    result.put("live_heap_peak_mb", LiveHeap.peakMb());
    result.put("vm_hwm_mb", vmHwmMb());
    if (opts.containsKey("surfaces")) { // untimed: what each article matched, for the recall comparison
      Path out = Path.of(opts.get("surfaces"));
      if (variant.equals("limit")) {
        MentionExtractor extractor = new MentionExtractor(gazetteer, 80);
        limitPass(extractor, input, out);
      } else if (variant.equals("sparknlp")) {
        sparkNlpSurfaces(sparkNlpModel(), input, out);
      }
    }
    return toJson(result);
  }

  // ---- (1) the limit: plain Java, one thread ----

  /** JSON Lines files of a corpus folder (or the file itself), sorted. */
  static List<Path> jsonlFiles(Path in) throws IOException {
    if (Files.isRegularFile(in)) {
      return List.of(in);
    }
    try (Stream<Path> s = Files.list(in)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Reads every article with Jackson's streaming parser, parses its date as the job does, and runs
   * the same {@link MentionExtractor}; returns the number of mentions. With {@code surfaces}, also
   * writes "article id TAB distinct lower-cased surfaces" per article (for the recall comparison).
   */
  static long limitPass(MentionExtractor extractor, Path in, Path surfaces) throws IOException {
    long mentions = 0;
    Writer out = surfaces == null ? null : Files.newBufferedWriter(surfaces, StandardCharsets.UTF_8);
    try {
      for (Path f : jsonlFiles(in)) {
        try (Reader r = new BufferedReader(Files.newBufferedReader(f, StandardCharsets.UTF_8), 1 << 16);
             JsonParser p = JSON.createParser(r)) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            String title = null;
            String text = null;
            String published = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              switch (name) {
                case "id" -> id = p.getValueAsString();
                case "title" -> title = p.getValueAsString();
                case "text" -> text = p.getValueAsString();
                case "published" -> published = p.getValueAsString();
                default -> p.skipChildren();
              }
            }
            Instant at = PublishedDates.parse(published);
            LocalDate date = at == null ? null : at.atZone(ZoneOffset.UTC).toLocalDate();
            List<Mention> found = extractor.extract(title, text, date);
            mentions += found.size();
            if (out != null) {
              TreeSet<String> set = new TreeSet<>();
              found.forEach(m -> set.add(normalSurface(m.surface())));
              out.write(id + "\t" + String.join("\u0001", set) + "\n");
            }
          }
        }
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return mentions;
  }

  static String normalSurface(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  // ---- Spark variants ----

  private void startSpark() {
    spark = OutputTables.configure(SparkSession.builder())
        .appName("newsgraph bench " + opts.get("variant"))
        .master(opts.getOrDefault("master", "local[*]"))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", opts.getOrDefault("shuffle-partitions", "8"))
        .getOrCreate();
  }

  private static final StructType PEER_SCHEMA = new StructType()
      .add("id", DataTypes.StringType).add("title", DataTypes.StringType).add("text", DataTypes.StringType);

  /** What a Spark NLP user builds: rule-based sentences and tokens, TextMatcher over the alias list. */
  private PipelineModel sparkNlpModel() throws IOException {
    Path aliases = Path.of(opts.getOrDefault("aliases", work.resolve("aliases.txt").toString()));
    if (!Files.exists(aliases)) {
      writeAliases(gazetteer, aliases);
    }
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("doc");
    document.setOutputCol("document");
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {"sentence"});
    tokens.setOutputCol("token");
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {"sentence", "token"});
    matcher.setOutputCol("entity");
    matcher.setCaseSensitive(false);
    matcher.setMergeOverlapping(true); // longest match, as newsgraph does
    HashMap<String, String> format = new HashMap<>();
    format.put("format", "text");
    matcher.setEntities(ExternalResource.fromJava(aliases.toAbsolutePath().toString(), "TEXT", format));
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokens, matcher});
    return pipeline.fit(peerInput(warmupInput));
  }

  /** The peer reads the JSON Lines with Spark's JSON source; title and text as one document. */
  private Dataset<Row> peerInput(Path in) {
    return spark.read().schema(PEER_SCHEMA).json(in.toString())
        .select(col("id"), concat_ws("\n\n", col("title"), col("text")).as("doc"));
  }

  private long sparkNlpMatches(PipelineModel model, Path in) {
    Row r = model.transform(peerInput(in)).agg(sum(size(col("entity")))).first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }

  private void sparkNlpSurfaces(PipelineModel model, Path in, Path out) {
    model.transform(peerInput(in)).select(col("id"), col("entity.result").as("surfaces"))
        .write().mode("overwrite").json(out.toString());
  }

  /** Every alias text of the gazetteer, one a line, for TextMatcher. */
  static void writeAliases(Gazetteer gazetteer, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    TreeSet<String> texts = new TreeSet<>();
    gazetteer.aliases().forEach(a -> texts.add(a.text().strip()));
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String t : texts) {
        if (t.length() >= 2) {
          w.write(t);
          w.write('\n');
        }
      }
    }
  }

  private static final UserDefinedFunction PARSE_DATE = functions.udf((UDF1<String, Timestamp>) s -> {
    Instant i = PublishedDates.parse(s);
    return i == null ? null : Timestamp.from(i);
  }, DataTypes.TimestampType);

  /**
   * newsgraph's extraction alone: the real reader, then (with {@code ingestStages}) the ingest stages
   * (classification, id and exact-duplicate windows, dates), or else just the accepted records with
   * their metadata date, then {@link MentionStages#extractMentions}; counted, nothing written.
   */
  private long extraction(Path in, boolean ingestStages) {
    NewsgraphConfig config = NewsgraphConfig.fromMap(Map.of(Settings.INPUT_PATHS.key(), in.toString()));
    Dataset<Row> raw = ArticleInputs.read(spark, config.ingest().input(), config.ingest().inputPaths()).raw();
    Dataset<Row> articles = ingestStages
        ? IngestStages.toArticles(IngestStages.classifyRecords(raw, config.ingest().maxTextChars()))
        // trim(text) != "" is length(trim(text)) > 0 without counting the characters of every text
        : raw.filter(col("parse_reason").isNull().and(col("text").isNotNull())
                .and(trim(col("text")).notEqual(functions.lit(""))))
            .select(col("id").as("article_id"), col("title"), col("text"),
                PARSE_DATE.apply(col("published")).as("published_at"));
    Broadcast<Gazetteer> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(gazetteer);
    try {
      return MentionStages.extractMentions(articles, shared, config.annotate().snippetChars()).count();
    } finally {
      shared.destroy();
    }
  }

  /** The whole default job ({@code run}) into a fresh folder under the work dir; returns its mentions. */
  private long job(Path in, Map<String, String> extra) throws IOException {
    Path out = work.resolve("job-out-" + opts.get("variant"));
    runJob(in, out, extra);
    // from the Parquet footers: a check that the job found what extraction alone finds
    long mentions = spark.read().parquet(out.resolve("mentions").toString()).count();
    deleteTree(out);
    return mentions;
  }

  // ---- (4f) the write floor: the job's tables rewritten from memory ----

  /**
   * Runs the whole default job on {@code in} (untimed set-up) and holds each table it wrote in
   * memory as the job hands it to the writer: gathered by partition folder (one Spark partition per
   * folder group, as {@code OutputTables.writeGathered} receives them), not yet sorted. The job's
   * output is then deleted.
   */
  private List<HeldTable> jobTablesInMemory(Path in) throws IOException {
    Path out = work.resolve("floor-src-" + in.getFileName());
    runJob(in, out, Map.of());
    List<HeldTable> held = new ArrayList<>();
    for (TableSchema table : Tables.ALL) {
      if (!Files.isDirectory(out.resolve(table.name()))) {
        continue; // an optional stage that is off by default
      }
      Dataset<Row> rows = TableWriter.gatherByFolder(TableWriter.read(spark, table, out.toString()), table)
          .persist(StorageLevel.MEMORY_AND_DISK());
      held.add(new HeldTable(table, rows, rows.count()));
    }
    deleteTree(out);
    return held;
  }

  private record HeldTable(TableSchema table, Dataset<Row> rows, long count) {
  }

  /** Writes each held table with the job's writer into a fresh folder; returns the rows written. */
  private long rewrite(List<HeldTable> held) throws IOException {
    Path out = work.resolve("floor-out");
    deleteTree(out);
    long rows = 0;
    OutputTables tables = new OutputTables(spark, out.toString(), "bench-floor", "bench", Map.of());
    for (HeldTable t : held) {
      tables.writeGathered(t.rows(), t.table());
      rows += t.count();
    }
    deleteTree(out);
    return rows;
  }

  /** The whole {@code run} with {@code extra} settings from {@code in} into a fresh {@code out}. */
  private void runJob(Path in, Path out, Map<String, String> extra) throws IOException {
    deleteTree(out);
    Map<String, String> settings = new HashMap<>(extra);
    settings.put(Settings.INPUT_PATHS.key(), in.toAbsolutePath().toString());
    settings.put(Settings.OUTPUT_DIR.key(), out.toAbsolutePath().toString());
    NewsgraphCli.execute(spark, "run", NewsgraphConfig.fromMap(settings));
  }

  /** Copies the folder {@code from} (files and folders) to the new folder {@code to}. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }

  // ---- measurements of this JVM ----

  private static long gcMillis() {
    long t = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }

  /** Bytes allocated by the live threads (the executor pool threads live through the runs). */
  private static long allocatedBytes() {
    var bean = ManagementFactory.getThreadMXBean();
    if (bean instanceof com.sun.management.ThreadMXBean b && b.isThreadAllocatedMemorySupported()) {
      long total = 0;
      for (long a : b.getThreadAllocatedBytes(b.getAllThreadIds())) {
        total += Math.max(0, a);
      }
      return total;
    }
    return -1;
  }

  /** Sum of the heap pools' peaks since start (an upper bound of the heap's peak). */
  private static long heapPeakMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  /** The process's peak resident set size (VmHWM), or -1 where /proc is absent. */
  static long vmHwmMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static String toJson(Map<String, Object> m) {
    StringBuilder sb = new StringBuilder("{");
    m.forEach((k, v) -> {
      if (sb.length() > 1) {
        sb.append(',');
      }
      Json.appendString(sb, k);
      sb.append(':');
      if (v instanceof String s) {
        Json.appendString(sb, s);
      } else if (v instanceof List<?> l) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
          sb.append(i > 0 ? "," : "").append(l.get(i));
        }
        sb.append(']');
      } else {
        sb.append(v);
      }
    });
    return sb.append('}').toString();
  }
}
