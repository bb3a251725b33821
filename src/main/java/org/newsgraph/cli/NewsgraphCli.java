package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.annotate.AnnotateJob;
import org.newsgraph.annotate.TopicJob;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.cooccur.CooccurJob;
import org.newsgraph.cooccur.KeywordJob;
import org.newsgraph.export.ExportJob;
import org.newsgraph.gazetteer.GazetteerException;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.tables.DocsGenerator;
import org.newsgraph.tables.OutputLockedException;
import org.newsgraph.tables.OutputRoot;
import org.newsgraph.tables.OutputTables;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.StageFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: parse the arguments into a config, then run the command on a SparkSession. */
public final class NewsgraphCli {
  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphCli.class);
  /** Full traces of failures: to the log file only, never the console (log4j2.properties). */
  private static final Logger FAILURE_LOG = LoggerFactory.getLogger("newsgraph.failure");

  /** Exit codes (README, docs/running.md); 3 is the evaluate command's guard failure. */
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_CONFIG = 2;
  public static final int EXIT_LOCKED = 4;

  private NewsgraphCli() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  /** Runs the command line; help, the version and the run's summary go to {@code out}, errors to {@code err}. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Invocation cl;
    try {
      PrintWriter help = new PrintWriter(out, true);
      cl = Commands.parse(args, help);
      help.flush();
      if (cl == null) {
        return EXIT_OK; // help or version printed
      }
    } catch (ConfigException e) {
      err.println("newsgraph: " + e.getMessage());
      return EXIT_CONFIG;
    }
    try {
      if (cl.command().equals("docs")) {
        DocsGenerator.write(Path.of("docs"));
        out.println("[newsgraph] wrote docs/tables.md and docs/options.md");
        return 0;
      }
      if (cl.command().equals("evaluate")) {
        return org.newsgraph.evaluate.EvaluateCommand.run(cl.config());
      }
      if (cl.command().equals("export")) {
        // a reader: the manifest's snapshot, no claim of the output root (its lock is for writers)
        ExportJob.checkTables(OutputRoot.hadoopConf(), cl.export());
        SparkSession spark = session(cl);
        try {
          out.print(ExportJob.run(spark, cl.export()).summary());
        } finally {
          spark.stop();
        }
        return EXIT_OK;
      }
      if (!cl.command().equals("annotate") && !cl.command().equals("cooccur")) {
        cl.config().requireInputs();
      }
      AnnotateJob.loadGazetteer(cl.config()); // fail on bad gazetteer data before starting Spark
      LOG.info("resolved config: {}", cl.config().resolved());
      RunReport report = new RunReport(cl.command(), cl.config());
      // one writer per output root, and no foreign data touched: checked and locked before Spark starts
      try (OutputRoot.Claim claim = OutputRoot.claim(OutputRoot.hadoopConf(), cl.config(), cl.command(),
          report.runId())) {
        SparkSession spark = session(cl);
        try {
          stages(spark, cl.command(), cl.config(), report);
          out.print(report.summary());
        } finally {
          spark.stop();
        }
      }
      return 0;
    } catch (OutputLockedException e) {
      err.println("newsgraph: " + e.getMessage());
      return EXIT_LOCKED;
    } catch (ConfigException | GazetteerException e) {
      err.println("newsgraph: " + e.getMessage());
      return EXIT_CONFIG;
    } catch (StageFailedException e) {
      return failed(err, e.stage(), e.getCause());
    } catch (Exception | Error e) { // Exception: also what Scala throws undeclared (SparkException)
      return failed(err, cl.command(), e);
    }
  }

  /** The session of a command: Delta Lake's settings, UTC, the master given (else spark-submit's, else local[*]). */
  private static SparkSession session(Invocation cl) {
    SparkSession.Builder builder = OutputTables.configure(SparkSession.builder())
        .appName("newsgraph " + cl.command())
        .config("spark.sql.session.timeZone", "UTC");
    if (cl.master() != null) {
      builder = builder.master(cl.master());
    } else if (System.getProperty("spark.master") == null) {
      builder = builder.master("local[*]"); // not under spark-submit, no --master: this machine
    }
    for (var e : cl.sparkConf().entrySet()) {
      builder = builder.config(e.getKey(), e.getValue());
    }
    return builder.getOrCreate();
  }

  /**
   * One line {@code newsgraph: <stage>: <cause>} on stderr, where the full trace is; the trace
   * goes to the log file only (logger {@code newsgraph.failure}, see log4j2.properties).
   */
  private static int failed(PrintStream err, String stage, Throwable e) {
    FAILURE_LOG.error("newsgraph: {} failed", stage, e);
    String log = logFile();
    err.println("newsgraph: " + stage + ": " + StageFailedException.causeMessage(e)
        + (log == null ? "" : " (full trace: " + log + ")"));
    return EXIT_FAILED;
  }

  /** The file of log4j2's appender "file", if that is the configuration in use. */
  static String logFile() {
    try {
      if (org.apache.logging.log4j.LogManager.getContext(false)
          instanceof org.apache.logging.log4j.core.LoggerContext ctx
          && ctx.getConfiguration().getAppender("file")
          instanceof org.apache.logging.log4j.core.appender.FileAppender f) {
        return f.getFileName();
      }
    } catch (RuntimeException | LinkageError e) {
      // another logging back end: the trace is wherever it logs
    }
    return null;
  }

  /** Runs {@code command} and writes the manifest; the tables land under the config's output.dir. */
  public static RunReport execute(SparkSession spark, String command, NewsgraphConfig config) {
    RunReport report = new RunReport(command, config);
    try (OutputRoot.Claim claim = OutputRoot.claim(spark.sparkContext().hadoopConfiguration(), config, command,
        report.runId())) {
      return stages(spark, command, config, report);
    }
  }

  private static RunReport stages(SparkSession spark, String command, NewsgraphConfig config, RunReport report) {
    report.open(spark);
    switch (command) {
      case "run" -> {
        IngestJob.run(spark, config, report);
        AnnotateJob.run(spark, config, report);
        TopicJob.run(spark, config, report);
        CooccurJob.run(spark, config, report);
        KeywordJob.run(spark, config, report);
      }
      case "ingest" -> {
        IngestJob.run(spark, config, report);
      }
      case "annotate" -> {
        AnnotateJob.run(spark, config, report);
        TopicJob.run(spark, config, report);
      }
      case "cooccur" -> {
        CooccurJob.run(spark, config, report);
        KeywordJob.run(spark, config, report);
      }
      default -> throw new ConfigException("unknown command '" + command + "'");
    }
    report.writeManifest(spark);
    return report;
  }
}
