package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.annotate.AnnotateJob;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.ResolutionData;

/**
 * {@code evaluate}: reads the gold standard, runs the mention rules over every article in plain
 * Java (no Spark: 21,578 stories take seconds), prints the scores, optionally writes the report,
 * and fails (exit code 3) when a score falls below its guard setting.
 */
public final class EvaluateCommand {
  private EvaluateCommand() {
  }

  /** Returns the process exit code. */
  public static int run(NewsgraphConfig config) throws IOException {
    String gold = Settings.EVALUATE_GOLD.parse(config.resolved().get(Settings.EVALUATE_GOLD.key()));
    Path data = Path.of(Settings.EVALUATE_DATA_DIR.parse(config.resolved().get(Settings.EVALUATE_DATA_DIR.key())));
    String report = Settings.EVALUATE_REPORT.parse(config.resolved().get(Settings.EVALUATE_REPORT.key()));
    double minF1 = Settings.EVALUATE_MIN_COUNTRY_F1.parse(config.resolved().get(Settings.EVALUATE_MIN_COUNTRY_F1.key()));
    double minRecall = Settings.EVALUATE_MIN_LEADER_RECALL.parse(
        config.resolved().get(Settings.EVALUATE_MIN_LEADER_RECALL.key()));
    if (!Files.isDirectory(data)) {
      throw new ConfigException("setting '" + Settings.EVALUATE_DATA_DIR.key() + "' names '" + data
          + "', which is not a directory");
    }
    Gazetteer gazetteer = AnnotateJob.loadGazetteer(config);
    List<ReutersArticle> articles = ReutersCorpus.read(data);
    System.out.println("[newsgraph] evaluate: " + articles.size() + " " + gold + " articles from " + data);
    ReutersEvaluation.Result r = new ReutersEvaluation(gazetteer, ResolutionData.loadBundled(),
        config.snippetChars()).evaluate(articles);
    System.out.print(EvaluationReport.summary(r));
    if (!report.isEmpty()) {
      Path out = Path.of(report);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, EvaluationReport.markdown(r, gazetteer.version(), false), StandardCharsets.UTF_8);
      Path quoted = Path.of("target/evaluation/confusion-with-snippets.md").toAbsolutePath();
      Files.createDirectories(quoted.getParent());
      Files.writeString(quoted, EvaluationReport.markdown(r, gazetteer.version(), true), StandardCharsets.UTF_8);
      System.out.println("[newsgraph] wrote " + out);
    }
    boolean ok = true;
    if (r.focusCountries().micro().f1() < minF1) {
      System.err.printf("newsgraph: country micro-F1 %.4f is below %s = %.4f%n", r.focusCountries().micro().f1(),
          Settings.EVALUATE_MIN_COUNTRY_F1.key(), minF1);
      ok = false;
    }
    if (r.leaders().recall() < minRecall) {
      System.err.printf("newsgraph: leader recall %.4f is below %s = %.4f%n", r.leaders().recall(),
          Settings.EVALUATE_MIN_LEADER_RECALL.key(), minRecall);
      ok = false;
    }
    return ok ? 0 : 3;
  }
}
