package org.newsgraph.cli;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.annotate.AnnotateJob;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.cooccur.CooccurJob;
import org.newsgraph.gazetteer.GazetteerException;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.nlp.NlpJob;
import org.newsgraph.tables.DocsGenerator;
import org.newsgraph.tables.OutputTables;
import org.newsgraph.tables.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: parse the arguments into a config, then run the command on a SparkSession. */
public final class NewsgraphCli {
  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphCli.class);

  private NewsgraphCli() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    CommandLine cl;
    try {
      cl = CommandLine.parse(args);
    } catch (ConfigException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return 2;
    }
    if (cl.help()) {
      System.out.print(CommandLine.usage());
      return 0;
    }
    try {
      if (cl.command().equals("docs")) {
        DocsGenerator.write(Path.of("docs"));
        System.out.println("[newsgraph] wrote docs/tables.md and docs/options.md");
        return 0;
      }
      if (cl.command().equals("evaluate")) {
        return org.newsgraph.evaluate.EvaluateCommand.run(cl.config());
      }
      if (!cl.command().equals("annotate") && !cl.command().equals("cooccur")) {
        cl.config().requireInputs();
      }
      AnnotateJob.loadGazetteer(cl.config()); // fail on bad gazetteer data before starting Spark
      LOG.info("resolved config: {}", cl.config().resolved());
      SparkSession.Builder builder = OutputTables.configure(SparkSession.builder())
          .appName("newsgraph " + cl.command())
          .config("spark.sql.session.timeZone", "UTC");
      if (cl.master() != null) {
        builder = builder.master(cl.master());
      }
      SparkSession spark = builder.getOrCreate();
      try {
        RunReport report = execute(spark, cl.command(), cl.config());
        System.out.print(report.summary());
      } finally {
        spark.stop();
      }
      return 0;
    } catch (ConfigException | GazetteerException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return 1;
    }
  }

  /** Runs {@code command} and writes the manifest; the tables land under the config's output.dir. */
  public static RunReport execute(SparkSession spark, String command, NewsgraphConfig config) {
    RunReport report = new RunReport(spark, command, config);
    switch (command) {
      case "run" -> {
        IngestJob.run(spark, config, report);
        NlpJob.dates(spark, config, report);
        AnnotateJob.run(spark, config, report);
        NlpJob.topics(spark, config, report);
        CooccurJob.run(spark, config, report);
        NlpJob.keywords(spark, config, report);
      }
      case "ingest" -> {
        IngestJob.run(spark, config, report);
        NlpJob.dates(spark, config, report);
      }
      case "annotate" -> {
        AnnotateJob.run(spark, config, report);
        NlpJob.topics(spark, config, report);
      }
      case "cooccur" -> {
        CooccurJob.run(spark, config, report);
        NlpJob.keywords(spark, config, report);
      }
      default -> throw new ConfigException("unknown command '" + command + "'");
    }
    report.writeManifest(spark);
    return report;
  }
}
