package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.MentionExtractor;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;

/** The benchmark corpus generator: plain Java, no Spark. */
class SyntheticCorpusTest {
  static final int N = 3000;
  static Gazetteer gazetteer;
  static List<SyntheticCorpus.Article> corpus;

  @BeforeAll
  static void generate() {
    gazetteer = GazetteerLoader.loadBundled();
    SyntheticCorpus g = new SyntheticCorpus(gazetteer, 7);
    corpus = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      corpus.add(g.article(i));
    }
  }

  @Test
  void sameSeedSameCorpusOtherSeedOtherCorpus(@TempDir Path dir) throws Exception {
    // Written with 3 shards and with 1 shard: the same lines in the same order (article i depends
    // only on the seed and i), and the same again from a fresh generator.
    new SyntheticCorpus(gazetteer, 7).write(dir.resolve("a"), 200, 3);
    new SyntheticCorpus(gazetteer, 7).write(dir.resolve("b"), 200, 1);
    List<String> a = new ArrayList<>();
    for (Path f : BenchVariant.jsonlFiles(dir.resolve("a"))) {
      a.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
    }
    List<String> b = Files.readAllLines(dir.resolve("b/part-00000.jsonl"), StandardCharsets.UTF_8);
    assertEquals(200, a.size());
    assertEquals(a, b);
    assertEquals(BenchVariant.jsonlFiles(dir.resolve("a")).size(), 3);
    SyntheticCorpus.Article other = new SyntheticCorpus(gazetteer, 8).article(5);
    assertNotEquals(corpus.get(5).text(), other.text());
    // every line is a JSON object with the fields the job maps (id, title, text, published or none)
    ObjectMapper json = new ObjectMapper();
    for (String line : a) {
      JsonNode n = json.readTree(line);
      assertTrue(n.get("id").asText().startsWith("bench-"));
      assertFalse(n.get("text").asText().isBlank());
      assertFalse(n.get("title").asText().isBlank());
    }
  }

  @Test
  void textsAreOneToFourKilobytes() {
    for (SyntheticCorpus.Article a : corpus) {
      int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes >= 1024 && bytes <= 4096, a.id() + " has " + bytes + " bytes");
    }
    // lengths are spread over the range, not all at one end: targets are uniform in [1100, 3900]
    // chars, so about a quarter of the articles fall below 1,800 and a quarter above 3,200
    long shortOnes = corpus.stream().filter(a -> a.text().length() < 1800).count();
    long longOnes = corpus.stream().filter(a -> a.text().length() > 3200).count();
    assertTrue(shortOnes > N / 8, "short: " + shortOnes);
    assertTrue(longOnes > N / 8, "long: " + longOnes);
  }

  @Test
  void entityFrequenciesAreZipfLike() {
    SyntheticCorpus g = new SyntheticCorpus(gazetteer, 7);
    for (String type : List.of("country", "leader")) {
      List<String> ranking = g.ranking(type);
      Map<String, Integer> articlesWith = new HashMap<>();
      for (SyntheticCorpus.Article a : corpus) {
        a.entities().forEach(e -> articlesWith.merge(e, 1, Integer::sum));
      }
      int first = articlesWith.getOrDefault(ranking.get(0), 0);
      int hundredth = articlesWith.getOrDefault(ranking.get(99), 0);
      // Zipf with s = 1.05: rank 1 is drawn 100^1.05 = ~126 times as often as rank 100; counted in
      // articles (an article counts an entity once) the gap is smaller, but still far above 5x.
      assertTrue(first > 5 * Math.max(1, hundredth), type + ": rank 1 in " + first + " articles, rank 100 in "
          + hundredth);
      assertTrue(first > N / 10, type + " rank 1 is in " + first + " articles");
    }
  }

  @Test
  void duplicateAndUndatedShares() {
    Map<String, Integer> kinds = new HashMap<>();
    corpus.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
    // expected: 2% exact = 60, 1% near = 30, 1% undated = 30 of 3,000 (article 0 is always original);
    // binomial sd ~ sqrt(3000 * 0.02 * 0.98) = 7.7 and sqrt(3000 * 0.01 * 0.99) = 5.4: +-4 sd bounds
    assertBetween(kinds.getOrDefault("exact_duplicate", 0), 30, 91);
    assertBetween(kinds.getOrDefault("near_duplicate", 0), 9, 52);
    assertBetween(kinds.getOrDefault("undated", 0), 9, 52);
    Set<String> texts = new HashSet<>();
    Map<String, SyntheticCorpus.Article> byText = new HashMap<>();
    for (SyntheticCorpus.Article a : corpus) {
      if (a.kind().equals("exact_duplicate")) {
        assertTrue(byText.containsKey(a.text()), a.id() + " copies an earlier text");
      } else if (a.kind().equals("near_duplicate")) {
        assertTrue(a.text().endsWith(SyntheticCorpus.NEAR_DUPLICATE_TAIL));
        String original = a.text().substring(0, a.text().length() - SyntheticCorpus.NEAR_DUPLICATE_TAIL.length() - 1);
        assertTrue(byText.containsKey(original), a.id() + " extends an earlier text");
      } else {
        assertTrue(texts.add(a.text()), a.id() + " is an original with a new text");
      }
      byText.putIfAbsent(a.text(), a);
      if (a.kind().equals("undated")) {
        assertNull(a.published());
      }
    }
  }

  @Test
  void datesSpanTenYears() {
    LocalDate min = LocalDate.MAX;
    LocalDate max = LocalDate.MIN;
    Set<Integer> years = new HashSet<>();
    for (SyntheticCorpus.Article a : corpus) {
      if (a.published() != null) {
        LocalDate d = OffsetDateTime.parse(a.published()).toLocalDate();
        min = d.isBefore(min) ? d : min;
        max = d.isAfter(max) ? d : max;
        years.add(d.getYear());
      }
    }
    // 2015-01-01 .. 2024-12-31 (+ up to 20 hours for copies): ten years, each one drawn
    assertEquals(10, years.stream().filter(y -> y >= 2015 && y <= 2024).count());
    assertTrue(min.getYear() == 2015 && max.getYear() <= 2025, min + " .. " + max);
  }

  @Test
  void theMatcherFindsWhatTheGeneratorWrote() {
    // Country names are written unambiguous and case-insensitive only, so every article that names
    // a country should yield at least one country mention; overall, mentions are plentiful.
    MentionExtractor extractor = new MentionExtractor(gazetteer, 40);
    int articles = 0;
    int withCountry = 0;
    int withCountryMention = 0;
    long mentions = 0;
    for (SyntheticCorpus.Article a : corpus.subList(0, 60)) {
      List<Mention> found = extractor.extract(a.title(), a.text(), null);
      mentions += found.size();
      articles++;
      if (a.entities().stream().anyMatch(e -> e.startsWith("country:"))) {
        withCountry++;
        if (found.stream().anyMatch(m -> m.entityType().equals("country"))) {
          withCountryMention++;
        }
      }
    }
    assertEquals(withCountry, withCountryMention);
    assertTrue(mentions > 10L * articles, mentions + " mentions in " + articles + " articles");
  }

  @Test
  void reutersBecomesJsonLines(@TempDir Path dir) throws Exception {
    // a made-up story in the Reuters SGML layout (not from the corpus), and one without any text
    Files.writeString(dir.resolve("reut2-000.sgm"), """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="7">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TEXT>&#2;
        <TITLE>A &amp; B TALKS</TITLE>
        <DATELINE>    PARIS, Feb 26 - </DATELINE><BODY>France said it would talk.
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8">
        <DATE>27-FEB-1987 01:00:00.00</DATE>
        <TEXT TYPE="BRIEF">&#2;<TITLE>NO TEXT</TITLE></TEXT>
        </REUTERS>
        """, java.nio.charset.StandardCharsets.ISO_8859_1);
    Path out = dir.resolve("jsonl");
    assertEquals(1, ReutersJsonl.convert(dir, out));
    List<String> lines = Files.readAllLines(out.resolve("part-00000.jsonl"));
    assertEquals(1, lines.size());
    JsonNode n = new ObjectMapper().readTree(lines.get(0));
    assertEquals("reuters-7", n.get("id").asText());
    assertEquals("A & B TALKS", n.get("title").asText());
    assertEquals("PARIS, Feb 26 - France said it would talk.", n.get("text").asText().strip());
    assertEquals("1987-02-26", n.get("published").asText());
  }

  private static void assertBetween(int v, int lo, int hi) {
    assertTrue(v >= lo && v <= hi, v + " not in [" + lo + ", " + hi + "]");
  }
}
