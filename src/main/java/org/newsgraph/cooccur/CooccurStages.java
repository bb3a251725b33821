package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.Granularity;
import org.newsgraph.config.Window;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.tables.Columns;
import org.newsgraph.tables.TableWriter;

/**
 * mentions + articles -> per-period entity counts and pair statistics, for two windows: the
 * article (an entity or pair counts once per article) and the sentence (once per sentence of the
 * title or text; n is then the number of sentences in the period). Duplicates
 * (articles.duplicate_of set) are left out everywhere. Measures come from
 * {@link AssociationMeasures} only.
 */
public final class CooccurStages {

  private static final UserDefinedFunction PMI = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::pmi, DataTypes.DoubleType);
  private static final UserDefinedFunction NPMI = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::npmi, DataTypes.DoubleType);
  private static final UserDefinedFunction G2 = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::g2, DataTypes.DoubleType);
  private static final UserDefinedFunction LIFT = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::lift, DataTypes.DoubleType);
  private static final UserDefinedFunction JACCARD = functions.udf(
      (UDF3<Long, Long, Long, Double>) AssociationMeasures::jaccard, DataTypes.DoubleType);

  private CooccurStages() {
  }


  /**
   * Non-duplicate articles with their sentence count (articles.n_sentences, written by ingest) and
   * periods: the units that make up n.
   */
  public static Dataset<Row> articlePeriods(Dataset<Row> articles, List<String> granularities) {
    Columns.require(articles, "articlePeriods", "article_id", "published_at", "duplicate_of", "n_sentences");
    return Periods.explodePeriods(articles.filter(col("duplicate_of").isNull())
        .select(col("article_id"), col("published_at"), col("n_sentences")),
        "published_at", granularities);
  }

  /**
   * n per (window, granularity, period): articles, or the sentences of those articles; with the
   * period-window key kp of {@link CountKeys} under which the counts of that period are kept.
   */
  public static Dataset<Row> periodTotals(Dataset<Row> articlePeriods, List<String> windows) {
    Dataset<Row> out = null;
    for (String w : windows) {
      Dataset<Row> t = articlePeriods.groupBy("granularity", "bucket", "period", "period_start")
          .agg((w.equals(Window.ARTICLE.id()) ? count(lit(1)) : sum(col("n_sentences")).cast("long")).as("n"))
          .withColumn("unit", lit(w))
          .withColumn("kp", Periods.keyOf(col("granularity"), col("period_start")).multiply(2)
              .plus(CountKeys.windowCode(w)));
      out = out == null ? t : out.unionByName(t);
    }
    return out;
  }

  /** Period totals (unit, granularity, period_start, ...) with their period-window key kp, as {@link #periodTotals} gives it. */
  static Dataset<Row> withKp(Dataset<Row> totals) {
    return totals.withColumn("kp", Periods.keyOf(col("granularity"), col("period_start")).multiply(2)
        .plus(functions.when(col("unit").equalTo(Window.ARTICLE.id()), lit(CountKeys.ARTICLE))
            .otherwise(lit(CountKeys.SENTENCE))));
  }

  /**
   * Distinct (window, unit, entity) of the non-duplicate articles, with the article's
   * published_at and source ({@link #sourceOf}) (periods are attached later, so that a unit's pairs
   * are formed once and not once per granularity). The unit is the article, or the article's
   * field and sentence index.
   */
  public static Dataset<Row> unitEntities(Dataset<Row> mentions, Dataset<Row> articles, List<String> windows) {
    Columns.require(mentions, "unitEntities", "article_id", "field", "sentence_index", "entity_id",
        "entity_type", "entity_name");
    Columns.require(articles, "unitEntities", "article_id", "published_at", "duplicate_of");
    List<Dataset<Row>> parts = new ArrayList<>();
    Dataset<Row> entities = mentions.filter(col("entity_type").notEqual("title")); // unresolved titles name no entity
    for (String w : windows) {
      parts.add(entities.select(lit(w).as("unit"),
          (w.equals(Window.ARTICLE.id()) ? col("article_id")
              : concat_ws("/", col("article_id"), col("field"), col("sentence_index"))).as("unit_id"),
          col("article_id"), col("entity_id"), col("entity_type"), col("entity_name")));
    }
    Dataset<Row> units = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      units = units.unionByName(parts.get(i));
    }
    return units.join(originals(articles), "article_id").distinct();
  }

  /**
   * The mentions of the entities their article is about ({@code article_entities.focus}), for
   * {@code cooccur.focus_only}; with {@code topicsOnly}, only topic mentions must be of a focus
   * topic and every other mention is kept ({@code cooccur.topics = focus}).
   */
  public static Dataset<Row> focusMentions(Dataset<Row> mentions, Dataset<Row> articleEntities, boolean topicsOnly) {
    Columns.require(mentions, "focusMentions", "article_id", "entity_id", "entity_type");
    Columns.require(articleEntities, "focusMentions", "article_id", "entity_id", "focus");
    Dataset<Row> keep = articleEntities.filter(col("focus")).select("article_id", "entity_id");
    Dataset<Row> subject = topicsOnly ? mentions.filter(col("entity_type").equalTo(EntityIds.TOPIC)) : mentions;
    Dataset<Row> focused = subject.join(keep, subject.col("article_id").equalTo(keep.col("article_id"))
        .and(subject.col("entity_id").equalTo(keep.col("entity_id"))), "left_semi");
    return topicsOnly ? mentions.filter(col("entity_type").notEqual(EntityIds.TOPIC)).unionByName(focused) : focused;
  }

  /** The mentions cooccur counts under {@code cooccur.focus_only} and {@code cooccur.topics}. */
  public static Dataset<Row> countedMentions(Dataset<Row> mentions,
                                             java.util.function.Supplier<Dataset<Row>> articleEntities,
                                             boolean focusOnly, boolean topicsFocus) {
    if (focusOnly) {
      return focusMentions(mentions, articleEntities.get(), false);
    }
    return topicsFocus ? focusMentions(mentions, articleEntities.get(), true) : mentions;
  }

  /** The non-duplicate articles' ids, publication times and sources. */
  private static Dataset<Row> originals(Dataset<Row> articles) {
    return articles.filter(col("duplicate_of").isNull()).select(col("article_id"), col("published_at"),
        sourceOf(articles).as("source"));
  }

  /**
   * The source n_sources counts of an article: articles.source trimmed; null when it is null or
   * blank, or when the articles have no source column (such an article adds no source). Sources are
   * told apart as written ("Reuters" and "reuters" are two).
   */
  static Column sourceOf(Dataset<Row> articles) {
    if (!java.util.Arrays.asList(articles.columns()).contains("source")) {
      return lit(null).cast("string");
    }
    Column t = functions.trim(col("source"));
    return functions.when(t.notEqual(lit("")), t);
  }

  /**
   * Discovered topics as units of the article window, in the columns of {@link #unitEntities}:
   * an article counts as mentioning each topic in {@code articleTopics} (article_id, entity_id,
   * label; weights at or above the threshold). The sentence window has no discovered topics.
   */
  public static Dataset<Row> discoveredTopicUnits(Dataset<Row> articleTopics, Dataset<Row> articles) {
    Columns.require(articleTopics, "discoveredTopicUnits", "article_id", "entity_id", "label");
    return articleTopics.select(lit(Window.ARTICLE.id()).as("unit"), col("article_id").as("unit_id"),
            col("article_id"), col("entity_id"), lit("discovered_topic").as("entity_type"),
            col("label").as("entity_name"))
        .join(originals(articles), "article_id");
  }

  /**
   * The entities of the units with an int code each (0, 1, ... in entity_id order, so that
   * code order is id order): entity_id, entity_type, entity_name, code. As small as the set of
   * entities mentioned (bounded by the gazetteer and the topics), not the data. Numbered by the
   * index of each row in the sorted rows (no window over one partition).
   */
  public static Dataset<Row> entityCodes(Dataset<Row> unitEntities) {
    Dataset<Row> entities = unitEntities.groupBy("entity_id")
        .agg(functions.min("entity_type").as("entity_type"), functions.min("entity_name").as("entity_name"))
        .orderBy("entity_id");
    StructType schema = entities.schema().add("code", DataTypes.IntegerType, false);
    JavaRDD<Row> coded = entities.javaRDD().zipWithIndex()
        .map(t -> RowFactory.create(t._1().get(0), t._1().get(1), t._1().get(2), Math.toIntExact(t._2())));
    return unitEntities.sparkSession().createDataFrame(coded, schema);
  }

  /**
   * The counts of cooccur, packed ({@link CountKeys}): (kp, kab, c, n_a, n_b, n_sources) where c is
   * the number of units of window and period kp that mention entity a (a == b) or both a and b
   * (a &lt; b), n_a, n_b are the counts of a and b alone in the same kp, and n_sources the number of
   * distinct sources among the articles of the c units. The units' entity sets are formed once
   * per unit and listed once per period (one row per unit and period key, not per key); rows are
   * then brought together by the partition folder of their period and {@link PeriodCounter} counts
   * each kp's keys in plain Java. So all rows of a kp, and all rows bound for one folder of
   * entity_counts and cooccurrence, are in one Spark partition: those tables are written without
   * another shuffle ({@link TableWriter#writeGathered}).
   *
   * <p>All-time is counted from the units but not in one task: its rows are spread over the
   * partitions by source (an article without a source by its id), and {@link #allTime} sums each
   * key's partial counts. A distinct count cannot be summed over periods (an outlet that printed a
   * pair in March and in May is one source of the year, not two), but it can be summed over sets of
   * units with disjoint sources: all units of one source are in one partition, so each partition's
   * n_sources counts sources no other partition sees. (Before n_sources, all-time was summed from
   * the periods of the coarsest other granularity; counting it from the units costs one more
   * granularity's keys in {@link PeriodCounter}. One source that holds most of the corpus puts
   * most of the all-time work in one task, as one year puts its units in one task of the year
   * folder.)
   *
   * <p>The counts and the all-time rows are persisted at {@code level} (the result is their union,
   * read by entity_counts, cooccurrence and trends, and the all-time rows are computed from the
   * counts); both are added to {@code persisted} for the caller to unpersist.
   */
  public static Dataset<Row> unitCounts(Dataset<Row> unitEntities, Dataset<Row> entityCodes,
                                        List<String> granularities, StorageLevel level,
                                        List<Dataset<Row>> persisted) {
    return unitCounts(unitEntities, entityCodes, granularities, null, level, persisted);
  }

  /**
   * {@link #unitCounts} of the periods in {@code folders} only ("granularity/bucket" strings as in
   * {@link IncrementalCounts#inFolders}; null for every period): an appending run recounts
   * n_sources in the folders it replaces.
   */
  static Dataset<Row> unitCounts(Dataset<Row> unitEntities, Dataset<Row> entityCodes,
                                 List<String> granularities, List<String> folders, StorageLevel level,
                                 List<Dataset<Row>> persisted) {
    Columns.require(unitEntities, "unitCounts", "article_id", "unit", "unit_id", "published_at", "source",
        "entity_id");
    Column isAllTime = Periods.granularityIndex(col("_p.key")).equalTo(Granularity.ALL.ordinal());
    Dataset<Row> byPeriod = unitEntities
        .join(functions.broadcast(entityCodes.select("entity_id", "code")), "entity_id")
        // article_id is among the keys so the grouping can reuse the partitioning of the join by
        // article_id in unitEntities instead of shuffling again (source is the article's).
        .groupBy("article_id", "unit", "unit_id", "published_at", "source")
        .agg(functions.array_sort(functions.collect_set(col("code"))).as("codes"))
        .select(col("article_id"), col("source"), functions.when(col("unit").equalTo(Window.ARTICLE.id()),
                lit(CountKeys.ARTICLE)).otherwise(lit(CountKeys.SENTENCE)).as("_w"), col("published_at"),
            functions.explode(Periods.keysOf(col("published_at"), granularities)).as("_p"), col("codes"))
        // an undated article has no week, month or year: its null period keys count nowhere
        .filter(col("_p.key").isNotNull()
            .and(folders == null ? lit(true) : col("_p.folder").isin(folders.toArray())))
        // all-time rows spread by source (see above); the rows of any other folder in one partition
        .select(col("_p.key").multiply(2).plus(col("_w")).as("kp"),
            functions.when(isAllTime, functions.concat_ws("/", col("_p.folder"),
                    functions.coalesce(functions.concat(lit("s:"), col("source")),
                        functions.concat(lit("a:"), col("article_id")))))
                .otherwise(col("_p.folder")).as("folder"),
            col("codes"), col("source"));
    Dataset<Row> counts = byPeriod.repartition(col("folder")).sortWithinPartitions(col("kp"))
        .drop("folder")
        .mapPartitions(new PeriodCounter(), Encoders.row(PeriodCounter.SCHEMA))
        .persist(level);
    persisted.add(counts);
    if (!granularities.contains("all")) {
      return counts;
    }
    Dataset<Row> allTime = allTime(counts).persist(level);
    persisted.add(allTime);
    return counts.filter(granularityIndex(col("kp")).notEqual(Granularity.ALL.ordinal()))
        .union(allTime);
  }

  /** The index in {@link Granularity} ordinal of a kp column's granularity (kp = period key * 2 + window). */
  static Column granularityIndex(Column kp) {
    return Periods.granularityIndex(shiftrightunsigned(kp, 1));
  }

  /**
   * All-time rows in the columns of {@link #unitCounts}, from counts whose all-time rows are
   * partial, one per partition that held units of the key (spread by source): c and n_sources summed
   * per window and key (a Spark aggregation spread by key; the partitions' sources are disjoint),
   * n_a and n_b from the sums of the entity rows (one row per entity and window, broadcast).
   * Gathered in one partition, as the all-time folder is written by one task.
   */
  static Dataset<Row> allTime(Dataset<Row> counts) {
    Dataset<Row> partial = counts.filter(granularityIndex(col("kp")).equalTo(Granularity.ALL.ordinal()))
        .select("kp", "kab", "c", "n_sources");
    Dataset<Row> alone = partial.filter(codeA(col("kab")).equalTo(codeB(col("kab"))))
        .groupBy(col("kp"), codeA(col("kab")).as("code")).agg(sum(col("c")).as("n"));
    Dataset<Row> aloneA = functions.broadcast(alone.toDF("kp_a", "ca", "n_a"));
    Dataset<Row> aloneB = functions.broadcast(alone.toDF("kp_b", "cb", "n_b"));
    return partial.groupBy("kp", "kab").agg(sum(col("c")).as("c"), sum(col("n_sources")).as("n_sources"))
        .join(aloneA, col("kp").equalTo(col("kp_a")).and(codeA(col("kab")).equalTo(col("ca"))))
        .join(aloneB, col("kp").equalTo(col("kp_b")).and(codeB(col("kab")).equalTo(col("cb"))))
        .select(col("kp"), col("kab"), col("c"), col("n_a"), col("n_b"), col("n_sources"))
        .repartition(1);
  }

  /** Entity code a of a packed kab column ({@link CountKeys#a}). */
  static Column codeA(Column kab) {
    return functions.shiftrightunsigned(kab, 32).cast("int");
  }

  /** Entity code b of a packed kab column ({@link CountKeys#b}). */
  static Column codeB(Column kab) {
    return kab.bitwiseAND(lit(0xffffffffL)).cast("int");
  }

  /** Entity rows of {@link #unitCounts}: (kp, code, n_a, n_sources). */
  private static Dataset<Row> entityRows(Dataset<Row> unitCounts) {
    return unitCounts.filter(codeA(col("kab")).equalTo(codeB(col("kab"))))
        .select(col("kp"), codeA(col("kab")).as("code"), col("c").as("n_a"), col("n_sources"));
  }

  /** The period columns and n of totals, by kp (small: one row per window and period). */
  private static Dataset<Row> periodsByKey(Dataset<Row> totals) {
    return functions.broadcast(totals.select("kp", "unit", "granularity", "bucket", "period",
        "period_start", "n"));
  }

  /** entity_counts: n_a, n_sources, n and share per (window, granularity, period, entity). */
  public static Dataset<Row> entityCounts(Dataset<Row> unitCounts, Dataset<Row> totals, Dataset<Row> entityCodes) {
    return entityRows(unitCounts)
        .join(periodsByKey(totals), "kp")
        .join(functions.broadcast(entityCodes), "code")
        .drop("kp", "code")
        .withColumn("share", col("n_a").divide(col("n")));
  }

  /**
   * cooccurrence: every unordered pair (entity_a &lt; entity_b) of entities of one unit, counted
   * once per unit, per window and period, with n_a, n_b, n and the measures.
   */
  public static Dataset<Row> pairStatistics(Dataset<Row> unitCounts, Dataset<Row> totals, Dataset<Row> entityCodes,
                                            int minPairCount, Significance significance) {
    Column a = codeA(col("kab"));
    Column b = codeB(col("kab"));
    // unitCounts carries each pair's n_a and n_b (PeriodCounter): no join with the entity rows
    Dataset<Row> pairs = unitCounts.filter(a.notEqual(b).and(col("c").geq(minPairCount)))
        .select(col("kp"), a.as("ca"), b.as("cb"), col("c").as("n_ab"), col("n_a"), col("n_b"), col("n_sources"));
    Dataset<Row> namesA = functions.broadcast(entityCodes.select(col("code").as("ca"),
        col("entity_id").as("entity_a"), col("entity_type").as("type_a"), col("entity_name").as("name_a")));
    Dataset<Row> namesB = functions.broadcast(entityCodes.select(col("code").as("cb"),
        col("entity_id").as("entity_b"), col("entity_type").as("type_b"), col("entity_name").as("name_b")));
    return withMeasures(pairs
        .join(periodsByKey(totals), "kp")
        .join(namesA, "ca")
        .join(namesB, "cb")
        .drop("kp", "ca", "cb"), significance);
  }

  /**
   * The settings of cooccurrence.significant ({@link AssociationMeasures#significant}):
   * cooccur.significance.g2, .min_count and .min_sources.
   */
  public record Significance(double g2, int minCount, int minSources) implements java.io.Serializable {
  }

  /**
   * Pair rows with n_ab, n_a, n_b, n_sources and n, plus the association measures of
   * {@link AssociationMeasures} and the significance flag: the one place cooccurrence's measures
   * and significant are computed (a full run and an appending run both come here).
   */
  static Dataset<Row> withMeasures(Dataset<Row> pairs, Significance significance) {
    return pairs
        .withColumn("pmi", PMI.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("npmi", NPMI.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("g2", G2.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("lift", LIFT.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("jaccard", JACCARD.apply(col("n_ab"), col("n_a"), col("n_b")))
        .withColumn("significant", functions.udf((UDF3<Double, Long, Long, Boolean>) (g2, nab, sources) ->
            AssociationMeasures.significant(g2, nab, sources, significance.g2(), significance.minCount(),
                significance.minSources()), DataTypes.BooleanType)
            .apply(col("g2"), col("n_ab"), col("n_sources")));
  }
}
