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
      .add("method", DataTypes.StringType).add("weight", DataTypes.DoubleType);

  private static Row m(String article, String field, int start, String entity, String method) {
    return m(article, field, start, entity, method, 1.0);
  }

  private static Row m(String article, String field, int start, String entity, String method, double weight) {
    return RowFactory.create(article, null, field, start, entity, entity.substring(0, entity.indexOf(':')), entity,
        method, weight);
  }

  @Test
  void eachArticleEntityOnceWithItsFocus() {
    // A: Russia in the title (focus), Kim once in the text (not); B: China three times (focus)
    Dataset<Row> mentions = SparkTestSession.get().createDataFrame(List.of(
        m("B", "text", 40, "country:CHN", "alias"), m("A", "title", 0, "country:RUS", "alias"),
        m("B", "text", 5, "country:CHN", "demonym"), m("A", "text", 12, "leader:Q56226", "alias"),
        m("B", "text", 80, "country:CHN", "capital"),
        // C: two topic cues in the text, weighing 2 and 0.5: salience 2.5/6, no focus
        m("C", "text", 3, "topic:arms_trade", "pair", 2.0), m("C", "text", 30, "topic:arms_trade", "stem", 0.5),
        // D: a cue weighing 1 in the title: (1 + 3) / 6, focus
        m("D", "title", 0, "topic:oil", "stem", 1.0)),
        MENTIONS);
    Dataset<Row> ae = MentionStages.articleEntities(mentions);
    assertEquals(Tables.ARTICLE_ENTITIES.schema().fieldNames().length, ae.columns().length);
    List<Row> rows = ae.orderBy("article_id", "entity_id").collectAsList();
    assertEquals(5, rows.size());
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
    // C / arms trade: 2 mentions weighing 2.5 in all
    Row arms = rows.get(3);
    assertEquals(2, arms.getInt(arms.fieldIndex("n_mentions")));
    assertEquals(2.5 / 6, arms.getDouble(arms.fieldIndex("salience")), 1e-12);
    assertEquals(false, arms.getBoolean(arms.fieldIndex("focus")));
    assertEquals(true, rows.get(4).getBoolean(rows.get(4).fieldIndex("focus")));

    // focus only: Kim's mention in A and C's cues go; RUS, the three CHN mentions and D's oil stay (5 rows)
    assertEquals(5, CooccurStages.focusMentions(mentions, ae, false).count());
    assertEquals(0, CooccurStages.focusMentions(mentions, ae, false).filter("entity_id = 'leader:Q56226'").count());
    // focus topics (cooccur.topics = focus): the five name mentions stay, Kim's included, and D's oil; C's cues go
    assertEquals(6, CooccurStages.focusMentions(mentions, ae, true).count());
    assertEquals(1, CooccurStages.focusMentions(mentions, ae, true).filter("entity_type = 'topic'").count());
  }
}
