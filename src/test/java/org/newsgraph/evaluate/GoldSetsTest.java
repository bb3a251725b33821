package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGazetteers;
import org.newsgraph.annotate.MentionExtractor;
import org.newsgraph.gazetteer.ResolutionData;

/** The readers of the gold sets of others and the span scorer, on invented miniature files. */
class GoldSetsTest {

  @Test
  void conllTokensBecomeLinesWithSpansAndTheDatelineDate() {
    List<GoldArticle> as = Conll2003Corpus.parse(List.of(
        "-DOCSTART- -X- -X- O", "",
        "RUSSIA NNP B-NP B-LOC", "WINS VBZ B-VP O", ". . O O", "",
        "MOSCOW NNP B-NP B-LOC", "1996-08-30 CD I-NP O", "",
        "Vladimir NNP B-NP B-PER", "Putin NNP I-NP I-PER", "'s POS B-NP O", "team NN I-NP O",
        "( ( O O", "Dynamo NNP B-NP B-ORG", "Moscow NNP I-NP I-ORG", ") ) O O", "won VBD B-VP O", ". . O O"));
    assertEquals(1, as.size());
    GoldArticle a = as.get(0);
    assertEquals("RUSSIA WINS.\nMOSCOW 1996-08-30\nVladimir Putin's team (Dynamo Moscow) won.", a.text());
    assertEquals(LocalDate.of(1996, 8, 30), a.date());
    // spans: RUSSIA [0,6) LOC, MOSCOW [13,19) LOC, Vladimir Putin [31,45) PER, Dynamo Moscow [54,67) ORG
    assertEquals(List.of(new GoldArticle.Span(0, 6, "LOC", null, false), new GoldArticle.Span(13, 19, "LOC", null, false),
        new GoldArticle.Span(31, 45, "PER", null, false), new GoldArticle.Span(54, 67, "ORG", null, false)), a.spans());
  }

  @Test
  void conllIob1RunsOfOneTypeAreOneSpanAndBSplitsThem() {
    List<GoldArticle> as = Conll2003Corpus.parse(List.of("-DOCSTART- -X- -X- O", "",
        "New NNP I-NP I-LOC", "York NNP I-NP I-LOC", "Paris NNP I-NP B-LOC", "x NN O O"));
    // "New York Paris x": New York [0,8) one span (I- I-), Paris [9,14) begins anew at B-
    assertEquals(List.of(new GoldArticle.Span(0, 8, "LOC", null, false), new GoldArticle.Span(9, 14, "LOC", null, false)),
        as.get(0).spans());
  }

  @Test
  void newsFairTakesTheDateFromTheTitleAndKeepsTheLabelledScope() throws Exception {
    String line = "{\"id\": 7, \"title\": \"20180306 - Talks end\", \"text\": \"Talks end\\n\\nThe Prime Minister spoke.\","
        + " \"evaluation_span\": [11, 35], \"labels\": [{\"span\": [11, 29], \"entity_id\": \"Q1\", \"type\": \"Q215627\","
        + " \"coref\": true}]}";
    GoldArticle a = NewsFairCorpus.parse(new ObjectMapper().readTree(line));
    assertEquals(LocalDate.of(2018, 3, 6), a.date());
    assertEquals(null, a.title()); // the text already begins with the headline
    assertEquals(List.of(new GoldArticle.Span(11, 29, "Q215627", "Q1", true)), a.spans());
    assertEquals("The Prime Minister", a.text().substring(11, 29));
    assertTrue(a.inScope(11, 29));
    assertTrue(!a.inScope(0, 5));
  }

  @Test
  void geoVirusOffsetsAreOneBasedAndGeoWebNewsZeroBased(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("GeoVirus.xml"), "<articles><article><source>s</source><text>Flu in Niger now.</text>"
        + "<locations><location><name>Niger</name><start>8</start><end>13</end><lat>1</lat><lon>2</lon>"
        + "<page>https://en.wikipedia.org/wiki/Niger</page></location></locations></article></articles>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("GeoWebNews.xml"), "<articles><article file=\"3\"><title>T</title>"
        + "<link>http://x/2018/01/05/a.html</link><text>Iceland sells cake.</text><toponyms><toponym>"
        + "<extractedName>Iceland</extractedName><type>Homonym</type><start>0</start><end>7</end></toponym>"
        + "</toponyms></article></articles>", StandardCharsets.UTF_8);
    GoldArticle v = GeoparsingCorpus.readGeoVirus(dir).get(0);
    // "Flu in Niger now.": Niger is at [7, 12) 0-based; the file says 8..13
    assertEquals(new GoldArticle.Span(7, 12, "location", "Niger", false), v.spans().get(0));
    GoldArticle w = GeoparsingCorpus.readGeoWebNews(dir).get(0);
    assertEquals(new GoldArticle.Span(0, 7, "Homonym", null, false), w.spans().get(0));
    assertEquals(LocalDate.of(2018, 1, 5), w.date());
  }

  @Test
  void typedScorerCountsMentionsByTheClassOfTheirSpan() {
    SpanEvaluation scorer = new SpanEvaluation(TestGazetteers.small(), ResolutionData.loadBundled(),
        new MentionExtractor(TestGazetteers.small(), ResolutionData.loadBundled(), 40,
            EnumSet.allOf(MentionExtractor.Rule.class)));
    // "China and France met. Chinese Air won." the job finds China [0,5), France [10,16), Chinese [22,29);
    // gold: China LOC, France ORG (say, a club), Chinese Air ORG [22,33), and Russia LOC nowhere found.
    String text = "China and France met. Chinese Air won.";
    GoldArticle a = new GoldArticle("t", null, text, LocalDate.of(2023, 9, 13), List.of(
        new GoldArticle.Span(0, 5, "LOC", null, false), new GoldArticle.Span(10, 16, "ORG", null, false),
        new GoldArticle.Span(22, 33, "ORG", null, false)));
    GoldScores s = scorer.typed("t", List.of(a), Set.of("LOC", "MISC"), "PER", "LOC", Set.of("ORG"));
    Map<String, GoldScores.Figure> f = s.figures();
    // "Chinese Air": Air is no organisation word after a place in name_words.tsv, so Chinese stays a
    // mention: 3 country mentions, 1 on LOC -> precision 1/3; 2 on ORG; recall: the one LOC span China, covered.
    assertEquals(GoldScores.Figure.of(1, 3), f.get("country_precision"));
    assertEquals(GoldScores.Figure.of(2, 3), f.get("country_mentions_on_org"));
    assertEquals(GoldScores.Figure.of(1, 1), f.get("country_recall"));
    assertEquals(2, s.errorTotal("wrong country mentions"));
  }

  @Test
  void aSectionReplacesItsOwnMarksAndLeavesTheOthers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("evaluation.md");
    GoldReport.writeSection(file, "a", "A1\n", "# H\n\n");
    GoldReport.writeSection(file, "b", "B1\n", "# H\n\n");
    GoldReport.writeSection(file, "a", "A2\n", "# H\n\n");
    assertEquals("# H\n\n<!-- gold: a -->\nA2\n<!-- /gold: a -->\n\n<!-- gold: b -->\nB1\n<!-- /gold: b -->\n\n",
        Files.readString(file));
  }
}
