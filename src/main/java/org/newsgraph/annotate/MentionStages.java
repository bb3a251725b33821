package org.newsgraph.annotate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.tables.Tables;

/**
 * articles -> mentions: a thin {@code mapPartitions} around {@link MentionExtractor}. The
 * gazetteer is broadcast; each executor JVM builds the extractor (its alias trie) once per gazetteer
 * version and reuses it for every partition, from every task thread: the extractor is immutable.
 */
public final class MentionStages {
  /** The rows {@link #mentionsOf} makes: the mentions table's columns, in its order (one definition). */
  static final StructType MENTION_ROW = Tables.MENTIONS.schema();

  private static final ConcurrentHashMap<String, MentionExtractor> EXTRACTORS = new ConcurrentHashMap<>();

  private MentionStages() {
  }

  static MentionExtractor extractorFor(Gazetteer gazetteer, int snippetChars) {
    return EXTRACTORS.computeIfAbsent(gazetteer.version() + "/" + snippetChars,
        k -> new MentionExtractor(gazetteer, snippetChars));
  }

  /** One row per mention of the articles' titles and texts (see Tables.MENTIONS). */
  public static Dataset<Row> extractMentions(Dataset<Row> articles, Broadcast<Gazetteer> gazetteer,
                                             int snippetChars) {
    List<String> have = Arrays.asList(articles.columns());
    for (String c : List.of("article_id", "title", "text", "published_at")) {
      if (!have.contains(c)) {
        throw new IllegalArgumentException("extractMentions needs column '" + c + "'; the input has " + have);
      }
    }
    Dataset<Row> in = articles.select("article_id", "title", "text", "published_at");
    return in.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      MentionExtractor extractor = extractorFor(gazetteer.value(), snippetChars);
      return new Iterator<Row>() {
        private Iterator<Row> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && rows.hasNext()) {
            current = mentionsOf(extractor, rows.next()).iterator();
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          hasNext();
          return current.next();
        }
      };
    }, Encoders.row(MENTION_ROW));
  }

  /**
   * mentions -> article_entities (Tables.ARTICLE_ENTITIES): the mentions gathered by article, each
   * article's entities scored by {@link ArticleEntities} in plain Java.
   */
  public static Dataset<Row> articleEntities(Dataset<Row> mentions) {
    List<String> have = Arrays.asList(mentions.columns());
    List<String> needed = List.of("article_id", "published_at", "field", "char_start", "entity_id",
        "entity_type", "entity_name", "method", "weight");
    for (String c : needed) {
      if (!have.contains(c)) {
        throw new IllegalArgumentException("articleEntities needs column '" + c + "'; the input has " + have);
      }
    }
    Dataset<Row> byArticle = mentions.select(needed.stream().map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new))
        .repartition(org.apache.spark.sql.functions.col("article_id"))
        .sortWithinPartitions("article_id");
    StructType schema = org.newsgraph.tables.Tables.ARTICLE_ENTITIES.schema();
    return byArticle.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Iterator<Row>() {
      private Row pending = rows.hasNext() ? rows.next() : null;
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pending != null) {
          String id = pending.getString(0);
          Timestamp published = pending.getTimestamp(1);
          List<Mention> ms = new ArrayList<>();
          while (pending != null && pending.getString(0).equals(id)) {
            ms.add(new Mention(pending.getString(2), 0, pending.getInt(3), pending.getInt(3), "", "",
                pending.getString(4), pending.getString(5), pending.getString(6), pending.getString(7), null, null,
                pending.getDouble(8)));
            pending = rows.hasNext() ? rows.next() : null;
          }
          List<Row> out = new ArrayList<>();
          for (ArticleEntities.Entity e : ArticleEntities.of(ms)) {
            out.add(RowFactory.create(id, published, e.entityId(), e.entityType(), e.entityName(), e.nMentions(),
                e.firstField(), e.firstChar(), e.inTitle(), e.inDateline(), e.share(), e.salience(), e.focus()));
          }
          current = out.iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        hasNext();
        return current.next();
      }
    }, Encoders.row(schema));
  }

  static List<Row> mentionsOf(MentionExtractor extractor, Row article) {
    String id = article.getString(0);
    Timestamp published = article.getTimestamp(3);
    LocalDate date = published == null ? null : published.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    List<Mention> mentions = extractor.extract(article.getString(1), article.getString(2), date);
    List<Row> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(RowFactory.create(id, published, m.field(), m.sentenceIndex(), m.start(), m.end(),
          m.surface(), m.snippet(), m.entityId(), m.entityType(), m.entityName(), m.method(),
          m.countryOf(), m.inOffice(), m.weight()));
    }
    return out;
  }
}
