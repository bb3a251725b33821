package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * A real Spark standalone cluster on loopback: a master and two workers as separate JVMs (Spark's
 * own Master and Worker classes), the job submitted through SparkSubmit with the shaded cluster
 * jar, and one executor killed while the job runs. Every table must hold exactly the rows of a
 * local-mode run over the same input. The Spark home is built from the project's classpath
 * without spark-nlp, so it must come from the cluster jar.
 */
class ClusterIT {
  static final Path WORK = Path.of("target/cluster-it").toAbsolutePath();
  static final List<Process> STARTED = new ArrayList<>();
  static Path sparkHome;
  static String masterUrl;
  static Process worker1;

  @BeforeAll
  static void startCluster() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK.resolve("logs"));
    Path input = WORK.resolve("input/articles.jsonl");
    Files.createDirectories(input.getParent());
    Files.write(input, inputLines(), StandardCharsets.UTF_8);
    sparkHome = buildSparkHome();
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
    waitFor(() -> canConnect(port), 120, "the master to listen on " + port);
    for (int i = 1; i <= 2; i++) {
      Process w = start("worker" + i, List.of("org.apache.spark.deploy.worker.Worker",
          "--host", "127.0.0.1", "--cores", "1", "--memory", "1200m",
          "--webui-port", String.valueOf(freePort()),
          "--work-dir", WORK.resolve("work" + i).toString(), masterUrl));
      if (i == 1) {
        worker1 = w;
      }
      Path log = WORK.resolve("logs/worker" + i + ".log");
      waitFor(() -> Files.readString(log).contains("Successfully registered with master"), 120,
          "worker " + i + " to register");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::stopCluster));
  }

  @AfterAll
  static void stopCluster() {
    for (Process p : STARTED) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    STARTED.clear();
  }

  /** An article line with an id of the sample's own numbering, {@code ng-NNNNNN}. */
  static final Pattern NUMBERED = Pattern.compile("\\{\"id\": \"(ng-\\d{6})\"");

  /**
   * The bundled sample's first 150 lines and its later malformed lines, the ten documented in
   * src/main/resources/sample/README.md (lines 33, 67, 101 and 134 are among the first 150; 168,
   * 202, 236, 269, 303 and 337 follow): 156 lines, 146 good articles and 10 malformed ones.
   */
  static List<String> inputLines() throws IOException {
    List<String> all;
    try (var in = ClusterIT.class.getResourceAsStream("/sample/articles.jsonl")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Set<String> ids = new HashSet<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Matcher m = NUMBERED.matcher(all.get(i));
      boolean good = m.lookingAt() && ids.add(m.group(1)); // the second ng-000001 is a malformed line
      if (i < 150 || !good) {
        lines.add(all.get(i));
      }
    }
    return lines;
  }

  /** SPARK_HOME/jars = the project's classpath minus what only the cluster jar may bring. */
  static Path buildSparkHome() throws IOException {
    Path home = WORK.resolve("spark-home");
    Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("conf"));
    String cp = Files.readString(Path.of("target/classpath.txt")).trim();
    for (String jar : cp.split(File.pathSeparator)) {
      String name = Path.of(jar).getFileName().toString();
      if (name.startsWith("spark-nlp")) {
        continue;
      }
      Files.createSymbolicLink(home.resolve("jars").resolve(name), Path.of(jar));
    }
    // quiet, but the deploy classes' INFO lines are what the test waits for
    Files.writeString(home.resolve("conf/log4j2.properties"), String.join("\n",
        "rootLogger.level = warn",
        "rootLogger.appenderRef.stderr.ref = console",
        "appender.console.type = Console",
        "appender.console.name = console",
        "appender.console.target = SYSTEM_ERR",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n",
        "logger.deploy.name = org.apache.spark.deploy",
        "logger.deploy.level = info",
        "logger.newsgraph.name = org.newsgraph",
        "logger.newsgraph.level = info", ""));
    return home;
  }

  static Process start(String name, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(Arrays.asList(System.getProperty("newsgraph.jvm.flags").trim().split("\\s+")));
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("conf") + File.pathSeparator + sparkHome.resolve("jars") + File.separator + "*");
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(WORK.resolve("logs/" + name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.12");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
    Process p = pb.start();
    STARTED.add(p);
    return p;
  }

  @Test
  void clusterRunWithALostExecutorGivesTheSameTablesAsLocalMode() throws Exception {
    Path input = WORK.resolve("input/articles.jsonl");
    Path localOut = WORK.resolve("out-local");
    Path clusterOut = WORK.resolve("out-cluster");
    SparkSession spark = SparkTestSession.get();
    // every table, so the optional Spark NLP stages too
    NewsgraphCli.execute(spark, "run", NewsgraphConfig.fromMap(Map.of(
        "input.paths", input.toString(), "output.dir", localOut.toString(),
        "nlp.topics.enabled", "true", "nlp.keywords.enabled", "true")));

    Path jar = Path.of(System.getProperty("newsgraph.cluster.jar"));
    assertTrue(Files.isRegularFile(jar), "the cluster jar is built by `package`: " + jar);
    Process submit = start("submit", List.of("org.apache.spark.deploy.SparkSubmit",
        "--master", masterUrl, "--deploy-mode", "client",
        "--class", "org.newsgraph.cli.NewsgraphCli",
        "--conf", "spark.executor.memory=900m", "--conf", "spark.cores.max=2",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.task.maxFailures=8",
        "--conf", "spark.sql.shuffle.partitions=4",
        jar.toString(), "run", "--input", input.toString(), "--output", clusterOut.toString(),
        "--set", "nlp.topics.enabled=true", "--set", "nlp.keywords.enabled=true"));

    // Once ingest has written its tables, kill one executor of worker 1 mid-job.
    AtomicReference<String> killed = new AtomicReference<>();
    Thread killer = new Thread(() -> {
      try {
        // the first Delta commit of articles
        waitFor(() -> Files.exists(clusterOut.resolve("articles/_delta_log/00000000000000000000.json")), 600,
            "ingest on the cluster");
        Optional<ProcessHandle> executor = worker1.descendants()
            .filter(h -> h.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
            .findFirst();
        executor.ifPresent(h -> {
          h.destroyForcibly();
          killed.set("pid " + h.pid());
        });
      } catch (Exception e) {
        killed.set(null);
      }
    });
    killer.start();
    assertTrue(submit.waitFor(900, TimeUnit.SECONDS), "the cluster run finished within 15 minutes");
    killer.join(10_000);
    assertEquals(0, submit.exitValue(), "spark-submit exit code; see " + WORK.resolve("logs/submit.log"));
    assertTrue(killed.get() != null, "an executor of worker 1 was killed during the run");
    assertTrue(Files.readString(WORK.resolve("logs/worker1.log")).contains("Executor app-"),
        "worker 1 saw its executor end");

    // The sample README's table of malformed lines: 7 rejects (ng-bad-1 to ng-bad-6 and the second
    // ng-000001) and 3 unusual but valid articles, so 146 + 3 = 149 articles.
    assertEquals(149, TableWriter.read(spark, Tables.ARTICLES, localOut.toString()).count(), "articles");
    assertEquals(7, TableWriter.read(spark, Tables.REJECTS, localOut.toString()).count(), "rejects");
    for (TableSchema t : Tables.ALL) {
      Dataset<Row> local = comparable(TableWriter.read(spark, t, localOut.toString()));
      Dataset<Row> cluster = comparable(TableWriter.read(spark, t, clusterOut.toString()));
      long n = local.count();
      assertEquals(n, cluster.count(), t.name() + " row count");
      assertEquals(0, local.exceptAll(cluster).count(), t.name() + ": rows only in the local run");
      assertEquals(0, cluster.exceptAll(local).count(), t.name() + ": rows only in the cluster run");
      if (!t.name().equals("rejects")) {
        assertTrue(n > 0, t.name() + " is not empty");
      }
    }
    JsonNode manifest = new ObjectMapper().readTree(clusterOut.resolve("_manifest.json").toFile());
    assertTrue(manifest.path("reconciliation").path("balanced").asBoolean());
    assertTrue(manifest.path("master").asText().startsWith("spark://"));
  }

  /** Doubles rounded to 9 decimals (sums may be ordered differently across executors). */
  static Dataset<Row> comparable(Dataset<Row> df) {
    List<Column> cols = new ArrayList<>();
    for (StructField f : df.schema().fields()) {
      cols.add(f.dataType().equals(DataTypes.DoubleType)
          ? functions.round(functions.col(f.name()), 9).as(f.name()) : functions.col(f.name()));
    }
    return df.select(cols.toArray(new Column[0]));
  }

  interface Check {
    boolean ok() throws Exception;
  }

  static void waitFor(Check check, int seconds, String what) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      try {
        if (check.ok()) {
          return;
        }
      } catch (IOException e) {
        // not yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("timed out after " + seconds + " s waiting for " + what
        + "; logs in " + WORK.resolve("logs"));
  }

  static boolean canConnect(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
  }
}
