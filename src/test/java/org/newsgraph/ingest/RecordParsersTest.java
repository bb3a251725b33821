package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The per-format parsers, field mapping, datelines and HTML extraction, without Spark. */
class RecordParsersTest {
  static final FieldMapping AUTO = new FieldMapping(Map.of());

  static List<RawRecord> parse(RecordParser parser, String name, byte[] bytes) throws IOException {
    RecordParser.Cursor c = parser.open(new InputFiles.InputFile(name, "x", bytes.length, null, null),
        new ByteArrayInputStream(bytes), p -> null);
    List<RawRecord> out = new ArrayList<>();
    for (RawRecord r = c.next(); r != null; r = c.next()) {
      out.add(r);
    }
    return out;
  }

  @Test
  void commonNamesAreFoundWhateverTheirCase() {
    Map<String, String> m = AUTO.resolve(List.of("Headline", "Body", "pubDate", "link", "uid"));
    assertEquals(Map.of("title", "Headline", "text", "Body", "published", "pubDate", "url", "link"), m);
    // a configured name is the only candidate for its field, and it is not offered to another field
    FieldMapping configured = new FieldMapping(Map.of("id", "uid", "text", "summary"));
    Map<String, String> c = configured.resolve(List.of("uid", "summary", "text", "date"));
    assertEquals("uid", c.get("id"));
    assertEquals("summary", c.get("text"));
    assertEquals("date", c.get("published"));
  }

  @Test
  void csvQuotedMultiLineFieldsAndRecoveryAfterABrokenQuote() throws IOException {
    String csv = "id,title,text\n"                        // line 1, 14 bytes
        + "c1,\"A, title\",\"Line one\n"                  // line 2 starts at byte 14
        + "line two \"\"quoted\"\"\"\n"                    // line 3
        + "c2,Broken,\"never closed\n"                     // line 4
        + "c3,Fine,After the broken one\n";               // line 5
    List<RawRecord> rs = parse(new DelimitedRecordParser(',', AUTO, 1 << 20), "f.csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, rs.size(), rs.toString());
    RawRecord c1 = rs.get(0);
    assertEquals("A, title", c1.title);
    assertEquals("Line one\nline two \"quoted\"", c1.text);
    assertEquals(2L, c1.sourceLine);
    assertEquals(14L, c1.sourceOffset);
    assertEquals("malformed_csv", rs.get(1).parseReason);
    assertEquals(4L, rs.get(1).sourceLine);
    // reading resumed on line 5, after the broken record's first line
    assertEquals("c3", rs.get(2).id);
    assertEquals(5L, rs.get(2).sourceLine);
    assertFalse(rs.get(2).failed());
  }

  @Test
  void tsvAndWrongFieldCount() throws IOException {
    String tsv = "doc_id\tcontent\tdate\nt1\tHello there\t2020/07/18\nt2\tonly two\n";
    List<RawRecord> rs = parse(new DelimitedRecordParser('\t', AUTO, 1 << 20), "f.tsv",
        tsv.getBytes(StandardCharsets.UTF_8));
    assertEquals("t1", rs.get(0).id);
    assertEquals("2020/07/18", rs.get(0).published);
    assertEquals("malformed_csv", rs.get(1).parseReason);
    assertTrue(rs.get(1).parseError.contains("2 fields; the header has 3"), rs.get(1).parseError);
  }

  @Test
  void jsonLinesOffsetsWrongTypesAndBadBytes() throws IOException {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    byte[] head = ("{\"id\":1,\"body\":[\"p1\",\"p2\"]}\n"            // 28 bytes with the newline
        + "\n"                                                        // blank line 2: no record
        + "{\"id\":\"x\",\"text\":{\"nested\":true}}\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    List<RawRecord> rs = parse(new JsonRecordParser(AUTO, 1 << 20), "f.jsonl", all);
    assertEquals(3, rs.size());
    assertEquals("1", rs.get(0).id);
    assertEquals("p1\np2", rs.get(0).text);
    assertEquals("wrong_type", rs.get(1).parseReason);
    assertEquals(3L, rs.get(1).sourceLine);
    assertEquals(29L, rs.get(1).sourceOffset); // 28 + the blank line's newline
    assertEquals("undecodable_bytes", rs.get(2).parseReason);
  }

  @Test
  void jsonArrayElementsWithTheirLines() throws IOException {
    String json = "[\n  {\"id\": \"a\", \"text\": \"one\"},\n  42,\n  {\"id\": \"b\", \"article\": \"two\"}\n]\n";
    List<RawRecord> rs = parse(new JsonRecordParser(AUTO, 1 << 20), "f.json", json.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, rs.size());
    assertEquals("a", rs.get(0).id);
    assertEquals(2L, rs.get(0).sourceLine);
    assertEquals(4L, rs.get(0).sourceOffset); // "[\n  " = 4 bytes
    assertEquals("malformed_json", rs.get(1).parseReason);
    assertEquals("two", rs.get(2).text);
  }

  @Test
  void datelinesNeedAYear() {
    String reuters = "WASHINGTON, March 3 (Reuters) - The Treasury said on Friday ...";
    assertEquals(Instant.parse("2023-03-03T00:00:00Z"), PublishedDates.fromDateline(reuters, 2023));
    assertNull(PublishedDates.fromDateline(reuters, null));
    assertEquals(Instant.parse("2021-09-14T00:00:00Z"),
        PublishedDates.fromDateline("PARIS, Sept 14, 2021 (AFP) \u2014 France said", null));
    assertNull(PublishedDates.fromDateline("The president said on March 3 - nothing", 2023));
    assertEquals(2019, PublishedDates.yearFromPath("file:/data/2019/wires/a.txt"));
    assertNull(PublishedDates.yearFromPath("file:/data/wires/a12019.txt"));
  }

  @Test
  void htmlMainTextWithoutFurnitureAndTheDateFromJsonLd() {
    String html = "<html lang='en'><head><title>Site | Summit</title>"
        + "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-13T08:00:00Z\"}]}</script>"
        + "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        + "<div class='share-bar'>Share on everything</div>"
        + "<article><h1>Summit</h1><p>Kim Jong Un arrived in Russia for talks.</p>"
        + "<p>Vladimir Putin met him at the cosmodrome.</p><div class='related'><p>Read more: other story</p></div></article>"
        + "<footer><p>Copyright 2023 Example News</p></footer></body></html>";
    HtmlArticleExtractor.Article a = HtmlArticleExtractor.extract(Jsoup.parse(html));
    assertEquals("Kim Jong Un arrived in Russia for talks.\n\nVladimir Putin met him at the cosmodrome.", a.text());
    assertEquals("2023-09-13T08:00:00Z", a.published());
    assertEquals("Site | Summit", a.title());
    assertEquals("en", a.language());
    // article:published_time wins over JSON-LD
    String og = html.replace("<title>", "<meta property='article:published_time' content='2023-09-12T10:00:00+02:00'><title>");
    assertEquals("2023-09-12T10:00:00+02:00", HtmlArticleExtractor.extract(Jsoup.parse(og)).published());
  }

  @Test
  void formatsFromFileNames() {
    assertEquals("json", InputFiles.formatOf("a.jsonl.gz"));
    assertEquals("json", InputFiles.formatOf("a.json.bz2"));
    assertEquals("warc", InputFiles.formatOf("CC-NEWS-20230912.warc.gz"));
    assertEquals("csv", InputFiles.formatOf("A.CSV"));
    assertEquals("tsv", InputFiles.formatOf("a.tsv"));
    assertEquals("parquet", InputFiles.formatOf("part-0000.snappy.parquet"));
    assertEquals("text", InputFiles.formatOf("story-17"));
    assertEquals("unknown", InputFiles.formatOf("photo.jpg"));
  }
}
