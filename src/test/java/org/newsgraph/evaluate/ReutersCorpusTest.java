package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersCorpusTest {
  // A made-up story in the Reuters-21578 SGML layout (not text from the corpus).
  private static final String SGML = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
      <DATE> 3-MAR-1987 09:10:11.12</DATE>
      <TOPICS><D>grain</D></TOPICS>
      <PLACES><D>usa</D><D>ussr</D></PLACES>
      <PEOPLE><D>reagan</D></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>&#5;&#5;&#5;C T</UNKNOWN>
      <TEXT>&#2;
      <TITLE>FARM &amp; GRAIN TALKS</TITLE>
      <DATELINE>    WASHINGTON, March 3 - </DATELINE><BODY>Wheat &lt;ACME> talks went on.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="8">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS><EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>
      <TEXT TYPE="BRIEF">&#2;
      ******<TITLE>BRIEF NOTE ONLY</TITLE>
      &#3;
      </TEXT>
      </REUTERS>
      """;

  @Test
  void parsesLabelsDateDatelineAndEntities() {
    List<ReutersArticle> docs = ReutersCorpus.parse(SGML);
    assertEquals(2, docs.size());
    ReutersArticle a = docs.get(0);
    assertEquals("7", a.id());
    assertEquals(LocalDate.of(1987, 3, 3), a.date());
    assertEquals("FARM & GRAIN TALKS", a.title());
    assertEquals("WASHINGTON, March 3 - Wheat <ACME> talks went on.\n Reuter", a.text());
    assertEquals(List.of("usa", "ussr"), a.places());
    assertEquals(List.of("reagan"), a.people());
    ReutersArticle brief = docs.get(1);
    assertEquals(LocalDate.of(1987, 2, 26), brief.date());
    assertEquals("BRIEF NOTE ONLY", brief.title());
    assertEquals("******", brief.text());
    assertEquals(List.of(), brief.places());
  }

  @Test
  void badDatesAreNull() {
    assertNull(ReutersCorpus.day("31-XYZ-1987"));
    assertNull(ReutersCorpus.day(""));
  }

  @Test
  void countsArithmetic() {
    // tp 8, fp 2, fn 8: P = 8/10 = 0.8, R = 8/16 = 0.5, F1 = 2*0.8*0.5/1.3 = 0.8/1.3 = 0.615384...
    ReutersEvaluation.Counts c = new ReutersEvaluation.Counts(8, 2, 8);
    assertEquals(0.8, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(0.8 / 1.3, c.f1(), 1e-12);
  }

  @Test
  void wholeCorpusHas21578StoriesWhenPresent() throws Exception {
    Path dir = Path.of("..", "shared", "data", "reuters21578");
    assumeTrue(Files.isDirectory(dir), "Reuters-21578 is not at ../shared/data/reuters21578");
    List<ReutersArticle> all = ReutersCorpus.read(dir);
    assertEquals(21_578, all.size()); // README.txt: 21,578 documents
    assertEquals(0, all.stream().filter(a -> a.date() == null).count());
  }
}
