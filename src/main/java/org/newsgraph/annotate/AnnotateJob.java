package org.newsgraph.annotate;

import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/** {@code annotate}: articles -> {@code mentions}, {@code article_entities} and {@code entities}. */
public final class AnnotateJob {
  private AnnotateJob() {
  }

  public static Gazetteer loadGazetteer(NewsgraphConfig config) {
    return GazetteerLoader.load(config.annotate().gazetteerExtraDir().isEmpty() ? null
        : Path.of(config.annotate().gazetteerExtraDir()));
  }

  /**
   * Why this command cannot add the mentions of the new articles only (null when it can): it is
   * not appending, ingest replaced the articles, the stored mentions are not those of the stored
   * articles, they were written with another table schema version, or the gazetteer or an annotate
   * setting changed since they were found.
   */
  static String appendRefusal(NewsgraphConfig config, RunReport report, Gazetteer gazetteer) {
    var t = report.tables();
    if (!config.get(Settings.APPEND)) {
      return "not appending";
    }
    if (!t.hadInitially(Tables.MENTIONS) || !t.hadInitially(Tables.ARTICLE_ENTITIES) || !t.hadInitially(Tables.ARTICLES)) {
      return "the output has no mentions yet";
    }
    String layout = t.otherLayout(java.util.List.of(Tables.MENTIONS, Tables.ARTICLE_ENTITIES));
    if (layout != null) {
      return layout;
    }
    if (!t.extendsInitial(Tables.ARTICLES)) {
      return "ingest replaced the articles";
    }
    if (!String.valueOf(t.initialRunId(Tables.ARTICLES)).equals(t.initialSources(Tables.MENTIONS).get("articles"))) {
      return "the stored mentions were not made from the stored articles";
    }
    if (!gazetteer.version().equals(report.previousGazetteerVersion())) {
      return "the gazetteer changed (" + report.previousGazetteerVersion() + " -> " + gazetteer.version() + ")";
    }
    java.util.List<String> changed = report.settingsChangedSincePrevious("annotate.", "gazetteer.");
    return changed.isEmpty() ? null : "settings changed since the stored mentions: " + changed;
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    Gazetteer gazetteer = loadGazetteer(config);
    report.gazetteerVersion(gazetteer.version());
    report.stage(spark, "annotate", "find mentions of leaders, countries and topics", () -> {
      Broadcast<Gazetteer> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(gazetteer);
      Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
      String why = appendRefusal(config, report, gazetteer);
      boolean append = why == null;
      if (config.get(Settings.APPEND) && !append) {
        report.note("annotate", "annotates every article: " + why);
      }
      report.count("annotate", "appended", append);
      if (append) {
        // the articles this run added: their mentions are added, the stored ones' stay as they are
        Dataset<Row> added = articles.join(report.tables().readInitial(Tables.ARTICLES).select("article_id"),
            "article_id", "left_anti");
        Dataset<Row> newMentions = MentionStages.extractMentions(added, shared, config.annotate().snippetChars())
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
          report.tables().append(newMentions, Tables.MENTIONS);
          report.tables().append(MentionStages.articleEntities(newMentions), Tables.ARTICLE_ENTITIES);
          report.count("annotate", "articles_added", added.count());
          report.count("annotate", "mentions_added", newMentions.count());
        } finally {
          newMentions.unpersist();
        }
      } else {
        report.tables().write(MentionStages.extractMentions(articles, shared, config.annotate().snippetChars()),
            Tables.MENTIONS);
      }
      Dataset<Row> mentions = report.tables().read(Tables.MENTIONS);
      if (!append) {
        report.tables().write(MentionStages.articleEntities(mentions), Tables.ARTICLE_ENTITIES);
      }
      report.tables().write(EntityStages.withMentionCounts(
              EntityStages.gazetteerEntities(spark, gazetteer), mentions, articles),
          Tables.ENTITIES);
      report.count("annotate", "articles", articles.count());
      report.count("annotate", "mentions", mentions.count());
      report.count("annotate", "entities_mentioned",
          mentions.select("entity_id").distinct().count());
      Dataset<Row> articleEntities = report.tables().read(Tables.ARTICLE_ENTITIES);
      report.count("annotate", "article_entities", articleEntities.count());
      report.count("annotate", "article_entities_focus",
          articleEntities.filter(org.apache.spark.sql.functions.col("focus")).count());
      report.count("annotate", "gazetteer_aliases", (long) gazetteer.aliases().size());
      shared.destroy();
      return null;
    });
  }
}
