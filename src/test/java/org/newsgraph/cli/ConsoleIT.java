package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's run command on the bundled sample, as a user runs it (its own process): it finishes
 * and prints no warning of Spark's (issue 22: each one had a cause in a plan, now removed), so a
 * warning on the console means something new to look at.
 */
class ConsoleIT {
  static final Path OUT = Path.of("target/it-out/console").toAbsolutePath();

  @Test
  void theSampleRunPrintsNoSparkWarning() throws Exception {
    ClusterIT.deleteRecursively(OUT);
    Files.createDirectories(OUT.getParent());
    Path log = OUT.getParent().resolve("console.log");
    ProcessBuilder pb = new ProcessBuilder("jobs/newsgraph", "run", "--output", OUT.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the sample run did not finish in 15 minutes");
    List<String> lines = Files.readAllLines(log);
    assertEquals(0, p.exitValue(), "exit code; output in " + log);
    assertTrue(lines.stream().anyMatch(l -> l.contains("[newsgraph]")), "the run's own lines are shown");
    List<String> warnings = lines.stream().filter(l -> l.contains(" WARN ") || l.startsWith("WARN ")).toList();
    assertEquals(List.of(), warnings, "Spark warnings on the console; output in " + log);
  }
}
