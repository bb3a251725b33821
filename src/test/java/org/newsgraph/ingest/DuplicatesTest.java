package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.cooccur.CooccurStages;

class DuplicatesTest {
  // One wire story of 90 words; 50 outlets reprint it, each with one word changed (a different
  // word each) and some adding a byline. One changed word alters at most 3 of the 88 word
  // 3-shingles: Jaccard with the original >= (88 - 3) / (88 + 3) = 85 / 91 = 0.934 >= 0.9 (the
  // byline adds 3 more: 85 / 94 = 0.904, still >= 0.9).
  static final String STORY;

  static {
    StringBuilder b = new StringBuilder("The foreign ministers of both countries met in the capital on Tuesday");
    String[] words = ("and agreed to resume talks on trade grain exports energy supplies and the release of detained "
        + "journalists while officials said a joint statement would follow after further meetings between "
        + "delegations next month in a neutral city chosen by mediators who have worked for a year to bring "
        + "the two governments back to the table despite repeated setbacks and public disputes over border "
        + "incidents sanctions and the treatment of minorities living in the frontier regions where "
        + "tensions remain high").split(" ");
    for (String w : words) {
      b.append(' ').append(w);
    }
    STORY = b.append('.').toString();
  }

  static Dataset<Row> marked;

  @BeforeAll
  static void mark() {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("article_id", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("published_at", DataTypes.TimestampType)
        .add("duplicate_of", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("wire-0", STORY, ts(0), null));
    String[] words = STORY.split(" ");
    for (int i = 1; i <= 50; i++) {
      String[] copy = words.clone();
      copy[10 + i] = "changed" + i; // a different word in each copy
      String text = String.join(" ", copy) + (i % 2 == 0 ? " Reporting by staff." : "");
      rows.add(RowFactory.create(String.format("copy-%02d", i), text, ts(i), null));
    }
    rows.add(RowFactory.create("other-1", "Heavy rain flooded the valley and farmers lost much of the harvest this week.", ts(3), null));
    rows.add(RowFactory.create("other-2", "The central bank kept interest rates unchanged and said inflation was easing.", ts(4), null));
    // an exact copy marked upstream keeps kind exact
    rows.add(RowFactory.create("exact-1", STORY, ts(60), "wire-0"));
    marked = Duplicates.markDuplicates(spark.createDataFrame(rows, schema), true, 0.9).cache();
  }

  private static Timestamp ts(int minutes) {
    return Timestamp.from(Instant.parse("2024-03-05T08:00:00Z").plusSeconds(60L * minutes));
  }

  @Test
  void fiftyEditedCopiesPointToTheOriginal() {
    Map<String, Long> kinds = marked.collectAsList().stream().collect(Collectors.groupingBy(
        r -> r.isNullAt(r.fieldIndex("duplicate_kind")) ? "original" : r.getString(r.fieldIndex("duplicate_kind")),
        Collectors.counting()));
    // originals: wire-0, other-1, other-2; near: the 50 copies; exact: exact-1
    assertEquals(Map.of("original", 3L, "near", 50L, "exact", 1L), kinds);
    Row copy = marked.filter("article_id = 'copy-37'").first();
    assertEquals("wire-0", copy.getString(copy.fieldIndex("duplicate_of")));
    Row original = marked.filter("article_id = 'wire-0'").first();
    assertNull(original.get(original.fieldIndex("duplicate_of")));
  }

  @Test
  void theStoryCountsOnceInEveryStatistic() {
    // n of the day: wire-0 + other-1 + other-2 = 3 articles, not 54
    Dataset<Row> counted = marked.withColumn("n_sentences", org.apache.spark.sql.functions.lit(1));
    Dataset<Row> periods = CooccurStages.articlePeriods(counted, List.of("day"));
    assertEquals(3, periods.count());
  }

  @Test
  void theEarliestCopyWinsUndatedLastTiesById() {
    // STORY has 90 words, 88 shingles. a-story adds 5 words at the end: 5 new shingles
    // (remain high extra, high extra words, extra words at, words at the, at the end), 93 in all.
    // The copy changes word 20: 3 of STORY's shingles replaced by 3 new ones.
    StructType schema = new StructType().add("article_id", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("published_at", DataTypes.TimestampType)
        .add("duplicate_of", DataTypes.StringType);
    String[] words = STORY.split(" ");
    String[] edited = words.clone();
    edited[20] = "altered";
    String copy = String.join(" ", edited);
    List<Row> rows = List.of(
        RowFactory.create("b-story", STORY, ts(5), null),
        RowFactory.create("a-story", STORY + " Extra words at the end.", ts(5), null),
        RowFactory.create("c-undated", copy, null, null),
        RowFactory.create("d-later", copy, ts(9), null));
    Map<String, String> of = Duplicates.markDuplicates(SparkTestSession.get().createDataFrame(rows, schema), true, 0.9)
        .collectAsList().stream().filter(r -> !r.isNullAt(r.fieldIndex("duplicate_of")))
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(r.fieldIndex("duplicate_of"))));
    // J(a, b) = 88 / 93 = 0.946; J(copy, b) = 85 / (88 + 3) = 0.934;
    // J(copy, a) = 85 / (93 + 88 - 85) = 85 / 96 = 0.885 < 0.9; J(c, d) = 1 (same text).
    // Order: a (t5, smaller id), b (t5), d (t9), c (undated, last).
    // b -> a (same time, smaller id); d -> b (a is not similar enough; not to the undated c even
    // though its text is identical); c -> b (earliest of its near-duplicates b and d).
    assertEquals(Map.of("b-story", "a-story", "c-undated", "b-story", "d-later", "b-story"), of);
  }

  @Test
  void offLeavesOnlyExactDuplicates() {
    Dataset<Row> exactOnly = Duplicates.markDuplicates(marked.drop("duplicate_kind")
        .withColumn("duplicate_of", org.apache.spark.sql.functions.when(
            org.apache.spark.sql.functions.col("article_id").equalTo("exact-1"),
            org.apache.spark.sql.functions.lit("wire-0"))), false, 0.9);
    assertEquals(1, exactOnly.filter("duplicate_of is not null").count());
  }
}
