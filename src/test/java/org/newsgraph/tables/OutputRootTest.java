package org.newsgraph.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;

/** The output root's lock, marker and refusals, on the local file system without Spark. */
class OutputRootTest {
  static final Configuration CONF = new Configuration();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  static NewsgraphConfig config(Path out, String... settings) {
    Map<String, String> m = new HashMap<>();
    m.put("output.dir", out.toString());
    for (String kv : settings) {
      m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    }
    return NewsgraphConfig.fromMap(m);
  }

  @Test
  void aHeldLockRefusesASecondClaimNamingTheHolderAndIsReleasedOnClose() throws Exception {
    Path out = dir.resolve("out");
    OutputRoot.Claim first = OutputRoot.claim(CONF, config(out), "run", "run-1");
    JsonNode lock = JSON.readTree(Files.readString(out.resolve(OutputRoot.LOCK)));
    long pid = ProcessHandle.current().pid();
    assertEquals(pid, lock.path("pid").asLong());
    assertEquals("run-1", lock.path("run_id").asText());
    assertEquals("run", lock.path("command").asText());
    OutputLockedException e = assertThrows(OutputLockedException.class,
        () -> OutputRoot.claim(CONF, config(out), "cooccur", "run-2"));
    assertFalse(e.stale());
    String m = e.getMessage();
    assertTrue(m.contains("pid " + pid) && m.contains("host " + OutputRoot.hostName())
        && m.contains(lock.path("started_at").asText()) && m.contains("run-1"), m);
    assertTrue(m.contains("remove file:" + out.toAbsolutePath() + "/" + OutputRoot.LOCK), m);
    first.close();
    assertFalse(Files.exists(out.resolve(OutputRoot.LOCK)));
    try (OutputRoot.Claim second = OutputRoot.claim(CONF, config(out), "cooccur", "run-2")) {
      assertEquals("run-2", JSON.readTree(Files.readString(out.resolve(OutputRoot.LOCK))).path("run_id").asText());
    }
  }

  @Test
  void aLockOfADeadProcessOnThisHostIsStaleAndTheSettingTakesItOver() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve(OutputRoot.MARKER), "{}");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    writeLock(out, OutputRoot.hostName(), gone.pid(), "killed-run");
    OutputLockedException e = assertThrows(OutputLockedException.class,
        () -> OutputRoot.claim(CONF, config(out), "run", "run-2"));
    assertTrue(e.stale());
    assertTrue(e.getMessage().contains("no longer alive") && e.getMessage().contains("pid " + gone.pid())
        && e.getMessage().contains("output.break_stale_lock=true"), e.getMessage());
    try (OutputRoot.Claim c = OutputRoot.claim(CONF, config(out, "output.break_stale_lock=true"), "run", "run-2")) {
      assertEquals("run-2", JSON.readTree(Files.readString(out.resolve(OutputRoot.LOCK))).path("run_id").asText());
    }
    assertFalse(Files.exists(out.resolve(OutputRoot.LOCK)));
  }

  @Test
  void aLockOfAnotherHostOrALiveProcessIsNeverBroken() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    writeLock(out, "some-other-host.example", 1, "remote-run");
    OutputLockedException remote = assertThrows(OutputLockedException.class,
        () -> OutputRoot.claim(CONF, config(out, "output.break_stale_lock=true"), "run", "run-2"));
    assertFalse(remote.stale());
    assertTrue(remote.getMessage().contains("some-other-host.example"), remote.getMessage());
    assertEquals("remote-run", JSON.readTree(Files.readString(out.resolve(OutputRoot.LOCK))).path("run_id").asText());
    // this JVM is alive: not stale either
    writeLock(out, OutputRoot.hostName(), ProcessHandle.current().pid(), "live-run", java.time.Instant.now());
    assertFalse(assertThrows(OutputLockedException.class,
        () -> OutputRoot.claim(CONF, config(out, "output.break_stale_lock=true"), "run", "run-2")).stale());
    assertEquals("live-run", JSON.readTree(Files.readString(out.resolve(OutputRoot.LOCK))).path("run_id").asText());
  }

  private static void writeLock(Path out, String host, long pid, String runId) throws Exception {
    writeLock(out, host, pid, runId, java.time.Instant.parse("2024-01-02T03:04:05Z"));
  }

  private static void writeLock(Path out, String host, long pid, String runId, java.time.Instant at)
      throws Exception {
    Files.writeString(out.resolve(OutputRoot.LOCK), JSON.writeValueAsString(Map.of("host", host, "pid", pid,
        "started_at", at.toString(), "command", "run", "run_id", runId)));
  }

  @Test
  void aLivePidThatStartedAfterTheLockWasTakenIsAReusedPid() {
    long pid = ProcessHandle.current().pid();
    // this JVM started after 2024-01-02: it cannot be the run that took a lock then
    assertTrue(OutputRoot.isStale(new OutputRoot.Holder(OutputRoot.hostName(), pid, "2024-01-02T03:04:05Z",
        "run", "r")));
    assertFalse(OutputRoot.isStale(new OutputRoot.Holder(OutputRoot.hostName(), pid,
        java.time.Instant.now().toString(), "run", "r")));
  }

  @Test
  void theMarkerIsWrittenAtTheFirstClaimBeforeAnyTable() throws Exception {
    Path out = dir.resolve("new/out");
    try (OutputRoot.Claim c = OutputRoot.claim(CONF, config(out), "ingest", "run-1")) {
      JsonNode marker = JSON.readTree(Files.readString(out.resolve(OutputRoot.MARKER)));
      assertFalse(marker.path("created_at").asText().isEmpty());
      assertTrue(marker.has("newsgraph_version"));
    }
    // what a kill after the claim leaves (marker, lock, a half-written table) is ours on rerun
    Files.createDirectories(out.resolve("articles/_temporary/0"));
    Files.writeString(out.resolve("articles/part-00000.snappy.parquet"), "half");
    OutputRoot.claim(CONF, config(out), "ingest", "run-2").close();
  }

  @Test
  void overlapOfOutputAndInputsIsRefusedBothWaysNamingTheSettings() throws Exception {
    Path in = Files.createDirectories(dir.resolve("dumps"));
    Files.writeString(in.resolve("a.jsonl"), "{}\n");
    Path out = dir.resolve("out");
    // output inside an input folder, also when spelled with ..
    ConfigException inside = assertThrows(ConfigException.class,
        () -> OutputRoot.checkNoOverlap(CONF, in.resolve("../dumps/out").toString(), List.of(in.toString())));
    assertTrue(inside.getMessage().contains("'output.dir'") && inside.getMessage().contains("input.paths"),
        inside.getMessage());
    // the output root is the input
    assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF, in.toString(), List.of(in.toString())));
    // an input inside the output root, as a file and as a glob
    ConfigException under = assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF,
        dir.toString(), List.of(in.resolve("a.jsonl").toString())));
    assertTrue(under.getMessage().contains("'input.paths'") && under.getMessage().contains("output.dir"),
        under.getMessage());
    assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF, dir.toString(),
        List.of(dir.resolve("d*/*.jsonl").toString())));
    // a glob whose matches may hold the output root
    assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF, in.resolve("out").toString(),
        List.of(in.resolve("*").toString())));
    assertTrue(assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF, in.resolve("o1/x").toString(),
        List.of(in.resolve("o?/*").toString()))).getMessage().startsWith("setting 'output.dir'"));
    // ... or lie inside it
    assertTrue(assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF, in.resolve("o1").toString(),
        List.of(in.resolve("o?/*.jsonl").toString()))).getMessage().startsWith("setting 'input.paths'"));
    // through a symbolic link to the input folder
    Path link = Files.createSymbolicLink(dir.resolve("link"), in);
    assertThrows(ConfigException.class, () -> OutputRoot.checkNoOverlap(CONF, link.resolve("out").toString(),
        List.of(in.toString())));
    // fine: beside each other, and a glob that cannot match the output folder
    OutputRoot.checkNoOverlap(CONF, out.toString(), List.of(in.toString()));
    OutputRoot.checkNoOverlap(CONF, in.resolve("out").toString(), List.of(in.resolve("*.jsonl").toString()));
    OutputRoot.checkNoOverlap(CONF, in.resolve("o1/x").toString(), List.of(in.resolve("o?/*.jsonl").toString()));
    OutputRoot.checkNoOverlap(CONF, dir.resolve("dumps-out").toString(), List.of(in.toString()));
    // claim checks it before writing anything
    assertThrows(ConfigException.class, () -> OutputRoot.claim(CONF, config(in.resolve("out"),
        "input.paths=" + in), "run", "r"));
    assertFalse(Files.exists(in.resolve("out")));
  }

  @Test
  void aForeignNonEmptyFolderIsRefusedAndLeftAsItWas() throws Exception {
    Path out = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(out.resolve("holiday.jpg"), "jpeg");
    Files.createDirectories(out.resolve("topics"));
    ConfigException e = assertThrows(ConfigException.class, () -> OutputRoot.claim(CONF, config(out), "run", "r"));
    assertTrue(e.getMessage().contains("output.dir") && e.getMessage().contains("holiday.jpg")
        && e.getMessage().contains("output.allow_foreign_files=true"), e.getMessage());
    try (var files = Files.list(out)) {
      assertEquals(List.of("holiday.jpg", "topics"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // allowed: the claim marks it, the foreign file stays
    try (OutputRoot.Claim c = OutputRoot.claim(CONF, config(out, "output.allow_foreign_files=true"), "run", "r")) {
      assertTrue(Files.exists(out.resolve(OutputRoot.MARKER)));
    }
    assertEquals("jpeg", Files.readString(out.resolve("holiday.jpg")));
  }

  @Test
  void aFolderWithOnlyTheMarkerOrAnOldManifestIsOurs() throws Exception {
    Path marked = Files.createDirectories(dir.resolve("marked"));
    Files.writeString(marked.resolve(OutputRoot.MARKER), "{}");
    OutputRoot.claim(CONF, config(marked), "run", "r").close();
    Path old = Files.createDirectories(dir.resolve("old"));
    Files.writeString(old.resolve(RunReport.MANIFEST), "{}");
    Files.writeString(old.resolve("notes.txt"), "mine");
    OutputRoot.claim(CONF, config(old), "run", "r").close();
    assertTrue(Files.exists(old.resolve(OutputRoot.MARKER)));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    OutputRoot.claim(CONF, config(empty), "run", "r").close();
  }

  @Test
  void aFolderNamedLikeATableThatIsNotOneIsRefusedEvenWhenForeignFilesAreAllowed() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve(OutputRoot.MARKER), "{}");
    Files.createDirectories(out.resolve("keywords"));
    Files.writeString(out.resolve("keywords/my-list.txt"), "peace, war");
    ConfigException e = assertThrows(ConfigException.class, () -> OutputRoot.claim(CONF,
        config(out, "output.allow_foreign_files=true"), "run", "r"));
    assertTrue(e.getMessage().contains("keywords") && e.getMessage().contains("my-list.txt"), e.getMessage());
    assertFalse(Files.exists(out.resolve(OutputRoot.LOCK)));
  }

  @Test
  void theCauseIsTheFirstLineOfTheInnermostMessage() {
    Exception spark = new Exception("Job aborted due to stage failure: Task 0 failed\n\tat a.b.C(C.java:1)",
        new RuntimeException("file:/x/part-0.parquet is not a Parquet file.\n\tat d.e.F(F.java:2)",
            new java.io.EOFException()));
    assertEquals("file:/x/part-0.parquet is not a Parquet file.", StageFailedException.causeMessage(spark));
    assertEquals("NullPointerException", StageFailedException.causeMessage(new NullPointerException()));
    assertEquals("cooccur: boom", new StageFailedException("cooccur", new IllegalStateException("boom")).getMessage());
  }
}
