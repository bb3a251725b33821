package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.OutputRoot;

/**
 * The guards of the output root through the command line: a second writer, an output inside an
 * input, a foreign folder, and a failing run's one-line message. The refusals happen before Spark
 * starts, so they run in this JVM through {@link NewsgraphCli#run}; the failing run is a separate
 * JVM, as the launcher starts it, so that its console output (stderr) is what a user sees.
 */
class OutputGuardIT {
  static final Path WORK = Path.of("target/it-out/guard").toAbsolutePath();
  static final String FIXTURE = Path.of("src/test/resources/fixtures/it-articles.jsonl").toAbsolutePath().toString();

  @BeforeAll
  static void clean() throws IOException {
    ClusterIT.deleteRecursively(WORK);
    Files.createDirectories(WORK);
  }

  record Result(int code, String out, String err) {
  }

  /** NewsgraphCli.run with stdout and stderr captured. */
  static Result cli(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = NewsgraphCli.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aSecondWriterFailsAtStartNamingTheHolderAndLeavesTheOutputAsItWas() throws Exception {
    Path out = WORK.resolve("locked");
    Files.createDirectories(out.resolve("articles"));
    Files.writeString(out.resolve("articles/part-00000.snappy.parquet"), "an earlier run's table");
    Files.writeString(out.resolve(OutputRoot.MARKER), "{}");
    NewsgraphConfig first = NewsgraphConfig.fromMap(Map.of("output.dir", out.toString(), "input.paths", FIXTURE));
    try (OutputRoot.Claim running = OutputRoot.claim(new Configuration(), first, "run", "the-first-run")) {
      Map<String, String> before = snapshot(out);
      Result r = cli("run", "--input", FIXTURE, "--output", out.toString(), "--master", "local[1]");
      assertEquals(NewsgraphCli.EXIT_LOCKED, r.code(), r.err());
      List<String> lines = r.err().lines().filter(l -> l.startsWith("newsgraph:")).toList();
      assertEquals(1, lines.size(), r.err());
      String m = lines.get(0);
      assertTrue(m.contains("pid " + ProcessHandle.current().pid()) && m.contains(running.holder().host())
          && m.contains(running.holder().startedAt()) && m.contains("the-first-run"), m);
      assertTrue(m.contains("remove " + running.lockFile()), m);
      assertEquals(before, snapshot(out));
    }
    assertFalse(Files.exists(out.resolve(OutputRoot.LOCK)));
  }

  @Test
  void anOutputInsideAnInputIsRefusedWithExitCode2AndNothingIsWritten() throws Exception {
    Path dumps = Files.createDirectories(WORK.resolve("overlap/dumps"));
    Files.copy(Path.of(FIXTURE), dumps.resolve("a.jsonl"));
    Map<String, String> before = snapshot(dumps);
    Result inside = cli("run", "--input", dumps.toString(), "--output", dumps.resolve("tables").toString());
    assertEquals(NewsgraphCli.EXIT_CONFIG, inside.code(), inside.err());
    assertTrue(inside.err().contains("output.dir") && inside.err().contains("input.paths"), inside.err());
    assertEquals(before, snapshot(dumps));
    assertFalse(Files.exists(dumps.resolve("tables")));
    // the other way round: the dumps inside an output root (one of ours, from before the marker)
    Path root = WORK.resolve("overlap");
    Files.writeString(root.resolve("_manifest.json"), "{}");
    Map<String, String> rootBefore = snapshot(root);
    Result under = cli("ingest", "--input", dumps.resolve("*.jsonl").toString(), "--output", root.toString());
    assertEquals(NewsgraphCli.EXIT_CONFIG, under.code(), under.err());
    assertTrue(under.err().startsWith("newsgraph: setting 'input.paths'"), under.err());
    assertEquals(rootBefore, snapshot(root));
  }

  @Test
  void aForeignFolderIsRefusedAndItsFilesAreUntouched() throws Exception {
    Path out = Files.createDirectories(WORK.resolve("foreign/home"));
    Files.writeString(out.resolve("thesis.tex"), "\\documentclass{article}");
    Files.createDirectories(out.resolve("topics"));
    Files.writeString(out.resolve("topics/reading-list.txt"), "Blei et al. 2003");
    Map<String, String> before = snapshot(out);
    Result r = cli("run", "--input", FIXTURE, "--output", out.toString());
    assertEquals(NewsgraphCli.EXIT_CONFIG, r.code(), r.err());
    assertTrue(r.err().contains("thesis.tex") && r.err().contains("output.allow_foreign_files=true"), r.err());
    assertEquals(before, snapshot(out));
    // allowing foreign files does not let a run replace a folder named like a table that is not one
    Result allowed = cli("run", "--input", FIXTURE, "--output", out.toString(),
        "--set", "output.allow_foreign_files=true");
    assertEquals(NewsgraphCli.EXIT_CONFIG, allowed.code(), allowed.err());
    assertTrue(allowed.err().contains("topics") && allowed.err().contains("reading-list.txt"), allowed.err());
    assertEquals(before, snapshot(out));
  }

  @Test
  void aFailingRunPrintsOneLineNoTraceAndExitsNonZero() throws Exception {
    Path out = Files.createDirectories(WORK.resolve("corrupt"));
    Files.writeString(out.resolve(OutputRoot.MARKER), "{}");
    for (String t : List.of("articles", "mentions", "article_entities")) {
      Files.createDirectories(out.resolve(t));
      Files.writeString(out.resolve(t).resolve("part-00000.snappy.parquet"), "not parquet at all");
    }
    Path log = WORK.resolve("corrupt.log");
    String cp = Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator
        + Files.readString(Path.of("target/classpath.txt")).trim();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(Arrays.asList(System.getProperty("newsgraph.jvm.flags").trim().split("\\s+")));
    cmd.addAll(List.of("-Duser.timezone=UTC", "-Dspark.ui.enabled=false", "-Dspark.sql.shuffle.partitions=2",
        "-Dnewsgraph.log.file=" + log, "-cp", cp, "org.newsgraph.cli.NewsgraphCli",
        "cooccur", "--output", out.toString(), "--master", "local[1]"));
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectOutput(WORK.resolve("corrupt.stdout").toFile())
        .redirectError(WORK.resolve("corrupt.stderr").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the failing run did not end");
    String err = Files.readString(WORK.resolve("corrupt.stderr"));
    String stdout = Files.readString(WORK.resolve("corrupt.stdout"));
    assertEquals(NewsgraphCli.EXIT_FAILED, p.exitValue(), err);
    List<String> lines = err.lines().filter(l -> l.startsWith("newsgraph:")).toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith("newsgraph: cooccur: ") && lines.get(0).contains("is not a Parquet file")
        && lines.get(0).contains("full trace: " + log), lines.get(0));
    // no stack trace on the console, and it is in the log file
    assertTrue(err.lines().noneMatch(l -> l.matches("\\s+at .*") || l.startsWith("Caused by")
        || l.contains("Exception in thread")), err);
    String logged = Files.readString(log);
    assertTrue(logged.contains("newsgraph.failure") && logged.contains("Caused by")
        && logged.contains("at org.apache.parquet"), logged);
    assertTrue(stdout.contains("cooccur   failed after") && !stdout.contains("done in"), stdout);
    // the lock is released on failure; the corrupt table is left for the user to look at
    assertFalse(Files.exists(out.resolve(OutputRoot.LOCK)));
    assertEquals("not parquet at all", Files.readString(out.resolve("articles/part-00000.snappy.parquet")));
  }

  /** Relative path -> size and content hash of every file (folders as "dir"). */
  static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> m = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String rel = root.relativize(p).toString();
        m.put(rel, Files.isDirectory(p) ? "dir"
            : Files.size(p) + " " + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return m;
  }

}
