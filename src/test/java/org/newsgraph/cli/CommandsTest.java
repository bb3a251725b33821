package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Setting;
import org.newsgraph.config.Settings;
import org.newsgraph.export.ExportRequest;
import org.newsgraph.export.NetworkWriter;

/** The command line (picocli): what each form of argument sets, and what a mistake is told. */
class CommandsTest {

  private static Invocation parse(String... args) {
    return Commands.parse(args, new PrintWriter(new StringWriter()));
  }

  private static String mistake(String... args) {
    return assertThrows(ConfigException.class, () -> parse(args)).getMessage();
  }

  /** NewsgraphCli.run on arguments that fail or finish before Spark starts: code, stdout, stderr. */
  private record Outcome(int code, String out, String err) {
  }

  private static Outcome cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NewsgraphCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void optionsWinOverSetWhichWinsOverConfigFilesWhichWinOverDefaults(@TempDir Path dir) throws Exception {
    Path props = dir.resolve("x.properties");
    Files.writeString(props, "output.dir=from-file\ncooccur.min_pair_count=3\ninput.paths=f.jsonl\n"
        + "cooccur.significance.min_count=7\n");
    Invocation cl = parse("run", "--config", props.toString(), "--output", "/from-cli",
        "--set", "output.dir=/from-set", "--set", "cooccur.significance.min_count=9",
        "--input", "/a.jsonl", "/b.jsonl", "--master", "local[2]");
    assertEquals("run", cl.command());
    assertEquals("local[2]", cl.master());
    assertEquals("/from-cli", cl.config().outputDir()); // --output beats --set beats the file
    assertEquals(3, cl.config().cooccur().minPairCount()); // only in the file
    assertEquals(9, cl.config().get(Settings.SIGNIFICANCE_MIN_COUNT)); // --set beats the file's 7
    assertEquals(List.of("/a.jsonl", "/b.jsonl"), cl.config().ingest().inputPaths());
    assertEquals(List.of("week", "month", "year", "all"), cl.config().cooccur().granularities()); // the default
  }

  @Test
  void equalsFormsAndTheMasterAndSparkSettingsBeforeOrAfterTheCommand() {
    Invocation after = parse("cooccur", "--output=/o", "--set=cooccur.granularities=week",
        "--conf", "spark.sql.shuffle.partitions=3", "--master=local[1]");
    assertEquals("/o", after.config().outputDir());
    assertEquals(List.of("week"), after.config().cooccur().granularities());
    assertEquals(Map.of("spark.sql.shuffle.partitions", "3"), after.sparkConf());
    assertEquals("local[1]", after.master());
    Invocation before = parse("--master", "local[1]", "--conf", "spark.ui.enabled=false", "annotate");
    assertEquals("local[1]", before.master());
    assertEquals(Map.of("spark.ui.enabled", "false"), before.sparkConf());
    assertNull(parse("ingest", "--input", "/x.jsonl").master()); // spark-submit's, else local[*]
  }

  @Test
  void relativePathsAreTheUsersAndTheDefaultConfigOnlyStandsInForNone(@TempDir Path dir) throws Exception {
    Path fallback = dir.resolve("default.properties");
    Files.writeString(fallback, "cooccur.min_pair_count=4\n");
    Path mine = dir.resolve("mine.properties");
    Files.writeString(mine, "cooccur.min_pair_count=5\n");
    Invocation cl = parse("--working-dir", "/home/me", "--default-config", fallback.toString(),
        "run", "--input", "dumps/a.jsonl", "s3a://bucket/b.jsonl", "/abs/c.jsonl", "--output", "out");
    assertEquals(List.of("/home/me/dumps/a.jsonl", "s3a://bucket/b.jsonl", "/abs/c.jsonl"),
        cl.config().ingest().inputPaths());
    assertEquals("/home/me/out", cl.config().outputDir());
    assertEquals(4, cl.config().cooccur().minPairCount());
    // --config relative to the working directory, and then the default file is not read
    Invocation own = parse("--working-dir", dir.toString(), "--default-config", fallback.toString(),
        "run", "--config", "mine.properties");
    assertEquals(5, own.config().cooccur().minPairCount());
  }

  @Test
  void anOptionBeforeItsCommandIsAnErrorNotAHelpPageWithExitZero() {
    // the nightly cron line of issue 22: it used to print the help, exit 0 and run nothing
    Outcome o = cli("--input", "x.jsonl", "run");
    assertEquals(NewsgraphCli.EXIT_CONFIG, o.code());
    assertTrue(o.err().contains("'--input'"), o.err());
    assertTrue(o.err().contains("newsgraph run --input"), o.err());
    assertEquals("", o.out());
    Outcome none = cli();
    assertEquals(NewsgraphCli.EXIT_CONFIG, none.code());
    assertTrue(none.err().contains("a command is needed"), none.err());
  }

  @Test
  void mistypedOptionsCommandsAndSettingsGetASuggestion() {
    String option = mistake("run", "--outptu", "x");
    assertTrue(option.contains("--outptu") && option.contains("did you mean") && option.contains("--output"), option);
    String command = mistake("rnu");
    assertTrue(command.contains("rnu") && command.contains("run"), command);
    // nlp.topic.enabled is one letter from nlp.topics.enabled and five from nlp.dates.enabled
    String setting = mistake("run", "--set", "nlp.topic.enabled=true");
    assertTrue(setting.contains("did you mean 'nlp.topics.enabled'?"), setting);
    assertTrue(!setting.contains("nlp.dates.enabled"), setting);
    // the last part of a key finds the key
    assertTrue(mistake("cooccur", "--set", "granularities=week").contains("'cooccur.granularities'"));
    // nothing near: no guess, but where the list is
    String far = mistake("run", "--set", "colour=blue");
    assertTrue(!far.contains("did you mean") && far.contains("docs/options.md"), far);
    assertTrue(mistake("run", "--config", "/no/such.properties").contains("/no/such.properties"));
    assertTrue(mistake("run", "--set", "novalue").contains("KEY=VALUE"));
    assertTrue(mistake("run", "--conf", "sql.shuffle.partitions=3").contains("spark.*"));
    assertTrue(mistake("run", "unexpected").contains("'unexpected'"));
    assertTrue(mistake("submit", "--master", "yarn", "run").contains("jobs/newsgraph submit"));
  }

  @Test
  void editDistanceCountsOneEditPerCharacter() {
    assertEquals(Settings.suggestions("output.dri"), List.of("output.dir")); // a swap is two edits
    assertEquals(List.of(), Settings.suggestions("zzzzzz"));
  }

  @Test
  void helpPerCommandListsItsOptionsAndTheSettingsItReads() {
    Outcome top = cli("--help");
    assertEquals(0, top.code());
    for (String command : List.of("run", "ingest", "annotate", "cooccur", "evaluate", "export", "docs", "submit")) {
      assertTrue(top.out().contains(command), command);
    }
    assertTrue(top.out().contains("Exit codes"));
    String run = cli("run", "--help").out();
    for (String option : List.of("--input", "--output", "--append", "--master", "--conf", "--config", "--set",
        "--help", "--version")) {
      assertTrue(run.contains(option), option);
    }
    String evaluate = cli("evaluate", "--help").out();
    assertTrue(evaluate.contains("--gold") && evaluate.contains(Settings.EVALUATE_GUARDS.key()));
    assertTrue(!run.contains(Settings.EVALUATE_GUARDS.key()), "run does not read evaluate.*");
    String ingest = cli("ingest", "--help").out();
    assertTrue(ingest.contains(Settings.INPUT_FORMAT.key()) && !ingest.contains(Settings.TRENDS_FDR.key()));
    for (Setting<?> s : Settings.ALL) {
      assertTrue(run.contains(s.key()) || evaluate.contains(s.key()), s.key());
    }
  }

  @Test
  void exportTakesThePeriodTheTablesAndTheFileAndInfersWhatTheyName(@TempDir Path dir) throws Exception {
    Invocation cl = parse("--working-dir", "/home/me", "export", "--tables", "runs/out", "--period", "2023-09",
        "--to", "net.gexf");
    ExportRequest r = cl.export();
    assertEquals("export", cl.command());
    assertEquals("/home/me/runs/out", r.tables()); // --tables sets output.dir, resolved like --output
    assertEquals("/home/me/runs/out", cl.config().outputDir());
    assertEquals(NetworkWriter.Format.GEXF, r.format()); // from .gexf
    assertEquals("month", r.granularity()); // from the form 2023-09
    assertEquals("article", r.unit());
    assertEquals(Path.of("/home/me/net.gexf"), r.file());
    ExportRequest csv = parse("export", "--tables", "/t", "--period", "2023-W37", "--window", "sentence",
        "--significant-only", "--format", "CSV", "--to", "/x/net").export();
    assertEquals(NetworkWriter.Format.CSV, csv.format());
    assertEquals("week", csv.granularity());
    assertEquals("sentence", csv.unit());
    assertTrue(csv.significantOnly());
    assertNull(parse("run", "--input", "/a.jsonl").export());

    Outcome format = cli("export", "--period", "2023-09", "--format", "xml", "--to", "n.xml");
    assertEquals(NewsgraphCli.EXIT_CONFIG, format.code());
    assertTrue(format.err().contains("--format") && format.err().contains("gexf, graphml or csv"), format.err());
    assertTrue(mistake("export", "--period", "2023-09", "--to", "net.xml").contains("--format is needed"));
    assertTrue(mistake("export", "--period", "2023-9", "--to", "n.gexf").contains("2023-W37 (week)"));
    assertTrue(mistake("export", "--period", "2023-13", "--to", "n.gexf").contains("no month"));
    assertTrue(mistake("export", "--period", "2023-09", "--granularity", "week", "--to", "n.gexf")
        .contains("is a month, not a week"));
    assertTrue(mistake("export", "--period", "2023-09", "--window", "paragraph", "--to", "n.gexf")
        .contains("article or sentence"));
    assertTrue(mistake("export", "--period", "2023-09").contains("--to"));

    // no finished run under --tables: exit code 2 before Spark starts, naming the folder
    Outcome missing = cli("export", "--tables", dir.resolve("nothing").toString(), "--period", "2023-09",
        "--to", dir.resolve("n.gexf").toString());
    assertEquals(NewsgraphCli.EXIT_CONFIG, missing.code());
    assertTrue(missing.err().contains("no tables at") && missing.err().contains("nothing"), missing.err());
    Files.createDirectories(dir.resolve("started"));
    Outcome unfinished = cli("export", "--tables", dir.resolve("started").toString(), "--period", "2023-09",
        "--to", dir.resolve("n.gexf").toString());
    assertEquals(NewsgraphCli.EXIT_CONFIG, unfinished.code());
    assertTrue(unfinished.err().contains("no finished newsgraph run"), unfinished.err());
    assertTrue(!Files.exists(dir.resolve("n.gexf")));
    Outcome inTable = cli("export", "--tables", dir.resolve("started").toString(), "--period", "2023-09",
        "--to", dir.resolve("started/cooccurrence/n.gexf").toString());
    assertEquals(NewsgraphCli.EXIT_CONFIG, inTable.code());
    assertTrue(inTable.err().contains("inside the folder of table 'cooccurrence'"), inTable.err());
    String help = cli("export", "--help").out();
    for (String option : List.of("--tables", "--period", "--granularity", "--window", "--significant-only",
        "--format", "--to", Settings.OUTPUT_DIR.key())) {
      assertTrue(help.contains(option), option);
    }
  }

  @Test
  void versionIsTheBuildsVersion() {
    Outcome v = cli("--version");
    assertEquals(0, v.code());
    assertEquals("newsgraph " + org.newsgraph.tables.RunReport.version(), v.out().strip());
    assertTrue(!v.out().contains("unknown"), v.out());
  }
}
