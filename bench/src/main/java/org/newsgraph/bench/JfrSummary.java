package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a JFR recording goes, as three markdown tables: the samples by activity
 * ({@link #activity}: writing Parquet, sorting, caching, newsgraph's own code ...), the hottest
 * methods by self time (the top frame of each {@code jdk.ExecutionSample}) and by total time (any
 * frame; a method counted once per sample), the latter restricted to newsgraph's own code.
 */
final class JfrSummary {
  private JfrSummary() {
  }

  /**
   * Activities and the frame-name fragments that mark them, in the order they are tried on each
   * frame. A sample belongs to the activity of its first frame from the top that matches any, so
   * generated code that feeds the Parquet writer counts as generated code, and the writer's own
   * frames as writing.
   */
  static final Map<String, List<String>> ACTIVITIES = new LinkedHashMap<>();

  static {
    ACTIVITIES.put("Parquet write (encoding, compression, file output)", List.of("ParquetWriteSupport",
        "org.apache.parquet.", "FileFormatDataWriter", "ParquetOutputWriter", "BaseDynamicPartitionDataWriter"));
    ACTIVITIES.put("in-memory cache of persisted Datasets (column batches, compression statistics)",
        List.of("sql.execution.columnar.", "InMemoryRelation", "CachedRDDBuilder", "storage.memory.MemoryStore"));
    ACTIVITIES.put("sorting (Spark's sorter: the writer's sort by folder, sortWithinPartitions, windows)",
        List.of("UnsafeExternalSorter", "UnsafeInMemorySorter", "UnsafeExternalRowSorter", "SortExec",
            "sort_addToSorter", "RadixSort", "UnsafeSorterSpillWriter"));
    ACTIVITIES.put("shuffle write and read", List.of("ShuffleWriter", "ShuffleExternalSorter",
        "prepareShuffleDependency", "ShuffleMapTask", "ShuffleBlockFetcherIterator", "UnsafeRowSerializer",
        "ShuffledRowRDD", "BlockStoreShuffleReader"));
    ACTIVITIES.put("mentions (MentionExtractor, matcher)", List.of("org.newsgraph.annotate."));
    ACTIVITIES.put("trailing sums (TrailingSums)", List.of("org.newsgraph.cooccur.TrailingSums"));
    ACTIVITIES.put("counting (PeriodCounter)", List.of("org.newsgraph.cooccur.PeriodCounter"));
    ACTIVITIES.put("near-duplicates (MinHash, Jaccard)", List.of("org.newsgraph.ingest.ShingleMinHash",
        "org.newsgraph.ingest.Duplicates"));
    ACTIVITIES.put("JSON and Parquet read", List.of("org.newsgraph.ingest.", "VectorizedParquetRecordReader",
        "ParquetFileFormat", "parquet.hadoop.ParquetFileReader"));
    ACTIVITIES.put("other generated code (projections, joins, UDFs, regexes)", List.of("GeneratedClass",
        "BufferedRowIterator", "sql.functions$", "ScalaUDF"));
    ACTIVITIES.put("Spark NLP (dates of undated articles)", List.of("com.johnsnowlabs."));
    ACTIVITIES.put("driver: planning, file listing, scheduling", List.of("QueryExecution", "Analyzer",
        "Optimizer", "InMemoryFileIndex", "DAGScheduler", "SparkPlan", "catalyst.rules", "SparkStrategies",
        "CodeGenerator"));
  }

  /** The activity of a sample whose frames (class.method, top first) are given; "other" if none. */
  static String activity(List<String> frames) {
    for (String f : frames) {
      for (Map.Entry<String, List<String>> a : ACTIVITIES.entrySet()) {
        for (String mark : a.getValue()) {
          if (f.contains(mark)) {
            return a.getKey();
          }
        }
      }
    }
    return "other";
  }

  static String summarize(Path jfr, int top) throws IOException {
    Map<String, Integer> activities = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<String> frames = st.getFrames().stream().map(JfrSummary::name).toList();
      self.merge(frames.get(0), 1, Integer::sum);
      activities.merge(activity(frames), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (String n : frames) {
        if (n.startsWith("org.newsgraph.") && !n.startsWith("org.newsgraph.bench.") && seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d execution samples.%n%n", samples));
    table(sb, "activity (first frame from the top that marks one)", activities, samples, ACTIVITIES.size() + 1);
    sb.append('\n');
    table(sb, "self time (top frame)", self, samples, top);
    sb.append('\n');
    table(sb, "total time, newsgraph methods (on the stack)", total, samples, top);
    return sb.toString();
  }

  private static void table(StringBuilder sb, String title, Map<String, Integer> counts, int samples, int top) {
    sb.append("| ").append(title).append(" | samples | share |\n|---|---|---|\n");
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> sb.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f%% |%n", e.getKey(), e.getValue(),
            100.0 * e.getValue() / Math.max(1, samples))));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }
}
