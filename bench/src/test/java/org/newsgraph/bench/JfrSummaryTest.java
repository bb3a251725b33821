package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JfrSummaryTest {
  @Test
  void aSampleBelongsToTheFirstFrameFromTheTopThatMarksAnActivity() {
    // top frame in Parquet's encoder, called from the writer: writing
    assertEquals("Parquet write (encoding, compression, file output)", JfrSummary.activity(List.of(
        "org.apache.parquet.column.values.dictionary.IntList.add",
        "org.apache.spark.sql.execution.datasources.FileFormatDataWriter.write",
        "org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage3.processNext")));
    // generated code above the writer on the stack: the generated code is nearer the top, so it wins
    assertEquals("other generated code (projections, joins, UDFs, regexes)", JfrSummary.activity(List.of(
        "java.util.regex.Matcher.appendReplacement",
        "org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage1.processNext",
        "org.apache.spark.sql.execution.datasources.FileFormatDataWriter.write")));
    // a newsgraph ingest frame: MinHash is tried before the reader's catch-all for the package
    assertEquals("near-duplicates (MinHash, Jaccard)", JfrSummary.activity(List.of(
        "java.lang.String.hashCode", "org.newsgraph.ingest.ShingleMinHash.signature")));
    assertEquals("JSON and Parquet read", JfrSummary.activity(List.of(
        "com.fasterxml.jackson.core.json.ReaderBasedJsonParser.nextToken",
        "org.newsgraph.ingest.JsonRecordParser.parse")));
    // nothing marked anywhere on the stack
    assertEquals("other", JfrSummary.activity(List.of("java.lang.Thread.run")));
  }
}
