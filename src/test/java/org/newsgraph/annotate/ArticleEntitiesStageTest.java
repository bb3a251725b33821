package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.cooccur.CooccurStages;
import org.newsgraph.tables.Tables;

/** mentions -> article_entities in Spark, and the focus-only mentions cooccur counts with the setting on. */
class ArticleEntitiesStageTest {
  private static final StructType MENTIONS = new StructType().add("article_id", DataTypes.StringType)
      .add("published_at", DataTypes.TimestampType).add("field", DataTypes.StringType)
      .add("char_start", DataTypes.IntegerType).add("entity_id", DataTypes.StringType)
      .add("entity_type", DataTypes.StringType).add("entity_name", DataTypes.StringType)
      .add("method", DataTypes.StringType);

  private static Row m(String article, String field, int start, String entity, String method) {
    return RowFactory.create(article, null, field, start, entity, entity.substring(0, entity.indexOf(':')), entity,
        method);
  }

  @Test
  void eachArticleEntityOnceWithItsFocus() {
    // A: Russia in the title (focus), Kim once in the text (not); B: China three times (focus)
    Dataset<Row> mentions = SparkTestSession.get().createDataFrame(List.of(
        m("B", "text", 40, "country:CHN", "alias"), m("A", "title", 0, "country:RUS", "alias"),
        m("B", "text", 5, "country:CHN", "demonym"), m("A", "text", 12, "leader:Q56226", "alias"),
        m("B", "text", 80, "country:CHN", "capital")), MENTIONS);
    Dataset<Row> ae = MentionStages.articleEntities(mentions);
    assertEquals(Tables.ARTICLE_ENTITIES.schema().fieldNames().length, ae.columns().length);
    List<Row> rows = ae.orderBy("article_id", "entity_id").collectAsList();
    assertEquals(3, rows.size());
    // A / RUS: 1 mention + title: salience 4/6, focus, share 1/2
    // ordered by article, then entity id: A/country:RUS, A/leader:Q56226, B/country:CHN
    Row rus = rows.get(0);
    assertEquals("country:RUS", rus.getString(2));
    assertEquals(4 / 6.0, rus.getDouble(rus.fieldIndex("salience")), 1e-12);
    assertEquals(true, rus.getBoolean(rus.fieldIndex("focus")));
    assertEquals(0.5, rus.getDouble(rus.fieldIndex("share")), 1e-12);
    // A / Kim: 1 mention: 1/6, no focus
    assertEquals(false, rows.get(1).getBoolean(rows.get(1).fieldIndex("focus")));
    // B / CHN: 3 mentions, first at 5
    Row chn = rows.get(2);
    assertEquals(3, chn.getInt(chn.fieldIndex("n_mentions")));
    assertEquals(5, chn.getInt(chn.fieldIndex("first_char")));
    assertEquals(true, chn.getBoolean(chn.fieldIndex("focus")));

    // focus only: Kim's mention in A goes; RUS and the three CHN mentions stay (4 rows)
    assertEquals(4, CooccurStages.focusMentions(mentions, ae).count());
    assertEquals(0, CooccurStages.focusMentions(mentions, ae).filter("entity_id = 'leader:Q56226'").count());
  }
}
