package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.newsgraph.nlp.NlpPipelines;
import org.newsgraph.tables.Columns;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Publication dates from the text of undated articles (see {@link TextDates}). */
public final class DateStages {
  public static final String DATE_SOURCE_TEXT = "text";
  public static final String DATE_SOURCE_NONE = "none";

  private DateStages() {
  }


  private static UserDefinedFunction textDate(Integer datelineYear) {
    return functions.udf((UDF2<String, Seq<String>, Timestamp>) (lead, matches) -> {
      LocalDate d = TextDates.publicationDate(lead,
          matches == null ? List.of() : JavaConverters.seqAsJavaList(matches), datelineYear);
      return d == null ? null : Timestamp.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }, DataTypes.TimestampType);
  }

  /**
   * The articles with published_at set from the text, and date_source {@code text}, where
   * date_source was {@code none} and a date was found; every other article is unchanged. The
   * Spark NLP date pipeline ({@link NlpPipelines#dates}) reads only the lead of undated articles.
   */
  public static Dataset<Row> datesFromText(Dataset<Row> articles, Integer datelineYear) {
    Columns.require(articles, "datesFromText", "text", "published_at", "date_source");
    List<String> columns = Arrays.asList(articles.columns());
    Column undated = col("date_source").equalTo(DATE_SOURCE_NONE);
    Dataset<Row> lead = articles.filter(undated)
        .withColumn("_lead", substring(col("text"), 1, TextDates.LEAD_CHARS));
    Dataset<Row> matched = NlpPipelines.dates("_lead").fit(lead).transform(lead)
        .withColumn("_text_date", textDate(datelineYear).apply(col("_lead"),
            expr("transform(" + NlpPipelines.DATES + ", d -> concat_ws('|', d.begin, d.end, d.result))")))
        .withColumn("published_at", coalesce(col("published_at"), col("_text_date")))
        .withColumn("date_source", when(col("_text_date").isNotNull(), lit(DATE_SOURCE_TEXT))
            .otherwise(col("date_source")))
        .select(columns.stream().map(functions::col).toArray(Column[]::new));
    return articles.filter(functions.not(undated)).unionByName(matched);
  }
}
