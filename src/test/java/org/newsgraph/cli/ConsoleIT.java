package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    // the --opt=value form and a Spark setting, both through the launcher to the Java command line
    ProcessBuilder pb = new ProcessBuilder("jobs/newsgraph", "run", "--output=" + OUT, "--conf",
        "spark.ui.enabled=false")
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

  /** jobs/newsgraph ARGS in its own process: exit code and console (stdout and stderr together). */
  private static Map.Entry<Integer, String> launch(String... args) throws Exception {
    return launch(Map.of(), args);
  }

  private static Map.Entry<Integer, String> launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("jobs/newsgraph"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String console = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", args));
    return Map.entry(p.exitValue(), console);
  }

  @Test
  void theLauncherPassesEveryArgumentToTheCommandLineThatChecksIt() throws Exception {
    // issue 22's cron line: an option before the command used to print the help and exit 0
    var early = launch("--input", "x.jsonl", "run");
    assertEquals(2, early.getKey(), early.getValue());
    assertTrue(early.getValue().contains("newsgraph run --input"), early.getValue());
    // --conf in local mode used to be dropped by the launcher: now the Java side sees and checks it
    var conf = launch("run", "--conf", "sql.shuffle.partitions=3");
    assertEquals(2, conf.getKey(), conf.getValue());
    assertTrue(conf.getValue().contains("spark.*"), conf.getValue());
    var typo = launch("run", "--set", "nlp.topic.enabled=true");
    assertEquals(2, typo.getKey(), typo.getValue());
    assertTrue(typo.getValue().contains("did you mean 'nlp.topics.enabled'?"), typo.getValue());
    // a cluster master: spark-submit gets --master and --conf, the job the rest and the user's directory
    Path fake = OUT.getParent().resolve("fake-spark/bin/spark-submit");
    Files.createDirectories(fake.getParent());
    Files.writeString(fake, "#!/usr/bin/env bash\necho \"spark-submit $*\"\n");
    fake.toFile().setExecutable(true);
    var submit = launch(Map.of("SPARK_HOME", fake.getParent().getParent().toString()),
        "run", "--master", "spark://h:7077", "--input", "d.jsonl", "--conf", "spark.cores.max=4", "--output", "o");
    assertEquals(0, submit.getKey(), submit.getValue());
    String line = submit.getValue().lines().filter(l -> l.startsWith("spark-submit ")).findFirst().orElseThrow();
    assertTrue(line.startsWith("spark-submit --master spark://h:7077 --class org.newsgraph.cli.NewsgraphCli"), line);
    assertTrue(line.contains("--conf spark.cores.max=4"), line);
    assertTrue(line.endsWith("-cluster.jar --working-dir " + Path.of("").toAbsolutePath()
        + " run --input d.jsonl --output o"), line);
    var version = launch("--version");
    assertEquals(0, version.getKey(), version.getValue());
    assertTrue(version.getValue().startsWith("newsgraph "), version.getValue());
  }
}
