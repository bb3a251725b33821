package org.newsgraph.annotate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.Country;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Leader;
import org.newsgraph.gazetteer.Topic;

/** The entities table: every gazetteer entity, with how often this run mentioned it. */
public final class EntityStages {
  static final StructType GAZETTEER_ROW = new StructType()
      .add("entity_id", DataTypes.StringType, false)
      .add("entity_type", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("wikidata_id", DataTypes.StringType, true)
      .add("aliases", DataTypes.createArrayType(DataTypes.StringType, true), false);

  private EntityStages() {
  }

  /** The gazetteer as rows (it is small: built on the driver from data already in memory). */
  public static Dataset<Row> gazetteerEntities(SparkSession spark, Gazetteer g) {
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    for (Alias a : g.aliases()) {
      aliases.computeIfAbsent(a.entityId(), k -> new LinkedHashSet<>()).add(a.text());
    }
    List<Row> rows = new ArrayList<>();
    for (Country c : g.countries().values()) {
      rows.add(row(c.entityId(), EntityIds.COUNTRY, c.name(), c.wikidataId(), aliases));
    }
    for (Leader l : g.leaders().values()) {
      rows.add(row(l.entityId(), EntityIds.LEADER, l.name(), l.id(), aliases));
    }
    for (Topic t : g.topics().values()) {
      rows.add(row(t.entityId(), EntityIds.TOPIC, t.name(), null, aliases));
    }
    return spark.createDataFrame(rows, GAZETTEER_ROW);
  }

  private static Row row(String id, String type, String name, String wikidata,
                         Map<String, Set<String>> aliases) {
    return RowFactory.create(id, type, name, wikidata == null || wikidata.isEmpty() ? null : wikidata,
        aliases.getOrDefault(id, Set.of()).toArray(new String[0]));
  }

  /** Adds n_mentions (all mentions) and n_articles (distinct non-duplicate articles). */
  public static Dataset<Row> withMentionCounts(Dataset<Row> entities, Dataset<Row> mentions,
                                               Dataset<Row> articles) {
    Dataset<Row> originals = articles.filter(col("duplicate_of").isNull()).select("article_id");
    Dataset<Row> counts = mentions
        .join(originals.withColumn("_original", lit(true)), mentions.col("article_id")
            .equalTo(originals.col("article_id")), "left")
        .groupBy(mentions.col("entity_id").as("_eid"))
        .agg(count(lit(1)).as("n_mentions"),
            countDistinct(when(col("_original"), mentions.col("article_id"))).as("n_articles"));
    return entities.join(counts, entities.col("entity_id").equalTo(counts.col("_eid")), "left")
        .drop("_eid")
        .withColumn("n_mentions", coalesce(col("n_mentions"), lit(0L)))
        .withColumn("n_articles", coalesce(col("n_articles"), lit(0L)));
  }
}
