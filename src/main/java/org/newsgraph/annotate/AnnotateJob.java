package org.newsgraph.annotate;

import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/** {@code annotate}: articles -> {@code mentions}, {@code article_entities} and {@code entities}. */
public final class AnnotateJob {
  private AnnotateJob() {
  }

  public static Gazetteer loadGazetteer(NewsgraphConfig config) {
    return GazetteerLoader.load(config.gazetteerExtraDir().isEmpty() ? null
        : Path.of(config.gazetteerExtraDir()));
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    Gazetteer gazetteer = loadGazetteer(config);
    report.gazetteerVersion(gazetteer.version());
    report.stage(spark, "annotate", "find mentions of leaders, countries and topics", () -> {
      Broadcast<Gazetteer> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(gazetteer);
      Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
      report.tables().write(MentionStages.extractMentions(articles, shared, config.snippetChars()),
          Tables.MENTIONS);
      Dataset<Row> mentions = report.tables().read(Tables.MENTIONS);
      report.tables().write(MentionStages.articleEntities(mentions), Tables.ARTICLE_ENTITIES);
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
