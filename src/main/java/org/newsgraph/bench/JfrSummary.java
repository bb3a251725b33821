package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest methods of a JFR recording as two markdown tables: by self time (the top frame of
 * each {@code jdk.ExecutionSample}) and by total time (any frame; a method counted once per sample),
 * the latter restricted to newsgraph's own code, so "where the time goes" reads at a glance.
 */
final class JfrSummary {
  private JfrSummary() {
  }

  static String summarize(Path jfr, int top) throws IOException {
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
      List<RecordedFrame> frames = st.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (n.startsWith("org.newsgraph.") && !n.startsWith("org.newsgraph.bench.") && seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d execution samples.%n%n", samples));
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
