package org.newsgraph.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusGeneratorTest {

  private static final List<String> FIELDS = List.of("id", "published", "title", "text", "url", "source");

  @Test
  void sameSeedAndCountGiveIdenticalLines() {
    assertEquals(SampleCorpusGenerator.generateLines(200, 7L, true),
        SampleCorpusGenerator.generateLines(200, 7L, true));
  }

  @Test
  void differentSeedsGiveDifferentLines() {
    assertNotEquals(SampleCorpusGenerator.generateLines(50, 1L, false),
        SampleCorpusGenerator.generateLines(50, 2L, false));
  }

  @Test
  void withoutMalformedLinesTheCountIsExact() {
    for (int n : new int[] {0, 1, 2, 17, 360}) {
      assertEquals(n, SampleCorpusGenerator.generateLines(n, 42L, false).size(), "count " + n);
    }
  }

  @Test
  void malformedLinesAreAddedAroundTheSameGoodLines() {
    int n = 120;
    List<String> clean = SampleCorpusGenerator.generateLines(n, 42L, false);
    List<String> mixed = SampleCorpusGenerator.generateLines(n, 42L, true);
    assertEquals(n + SampleCorpusGenerator.MALFORMED_LINE_COUNT, mixed.size());
    // The clean lines appear in the mixed output in the same order (a subsequence).
    int next = 0;
    for (String line : mixed) {
      if (next < clean.size() && line.equals(clean.get(next))) {
        next++;
      }
    }
    assertEquals(n, next, "every good line is kept, in order");
  }

  @Test
  void everyGoodLineHasAllSixFieldsAndText() {
    List<String> lines = SampleCorpusGenerator.generateLines(360, 42L, false);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      Map<String, String> record = parseFlatObject(line);
      assertEquals(FIELDS, List.copyOf(record.keySet()), line);
      for (String field : FIELDS) {
        String value = record.get(field);
        assertTrue(value != null && !value.isBlank(), field + " is empty in " + line);
      }
      assertTrue(record.get("id").matches("ng-\\d{6}"), record.get("id"));
      assertTrue(ids.add(record.get("id")), "duplicate id " + record.get("id"));
      int length = record.get("text").length();
      assertTrue(length >= 400 && length <= 1500, "text length " + length);
      assertTrue(record.get("url").matches("https://www\\.[a-z-]+\\.test/[a-z]+/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+"),
          record.get("url"));
      OffsetDateTime.parse(record.get("published"));
    }
  }

  @Test
  void datesOfTheDefaultCorpusSpanAtLeastThreeCalendarYears() {
    Set<Integer> years = new TreeSet<>();
    OffsetDateTime first = null;
    OffsetDateTime last = null;
    for (String line : SampleCorpusGenerator.generateLines(360, 42L, false)) {
      OffsetDateTime published = OffsetDateTime.parse(parseFlatObject(line).get("published"));
      years.add(published.withOffsetSameInstant(ZoneOffset.UTC).getYear());
      first = first == null || published.isBefore(first) ? published : first;
      last = last == null || published.isAfter(last) ? published : last;
    }
    assertTrue(years.size() >= 3, "years " + years);
    assertTrue(ChronoUnit.DAYS.between(first, last) >= 3 * 365, first + " .. " + last);
  }

  @Test
  void aboutTwoPercentOfArticlesAreSyndicatedCopies() {
    List<String> lines = SampleCorpusGenerator.generateLines(5000, 42L, false);
    Set<String> texts = new HashSet<>();
    int copies = 0;
    for (String line : lines) {
      if (!texts.add(parseFlatObject(line).get("text"))) {
        copies++;
      }
    }
    // Expected about 0.02 * 5000 = 100; allow generous random variation.
    assertTrue(copies >= 50 && copies <= 200, "copies " + copies);
  }

  @Test
  void malformedLinesAreTheDocumentedOnes() {
    List<String> clean = SampleCorpusGenerator.generateLines(40, 42L, false);
    List<String> extra = new java.util.ArrayList<>(SampleCorpusGenerator.generateLines(40, 42L, true));
    extra.removeAll(clean);
    assertEquals(SampleCorpusGenerator.MALFORMED_LINE_COUNT, extra.size());

    assertEquals("{\"id\": \"ng-bad-1\", \"text\": \"Putin said", extra.get(0));
    assertThrows(IllegalArgumentException.class, () -> parseFlatObject(extra.get(0)));
    assertThrows(IllegalArgumentException.class, () -> parseFlatObject(extra.get(1)));
    assertEquals("", parseFlatObject(extra.get(2)).get("text"));
    assertTrue(parseFlatObject(extra.get(3)).get("text").isBlank());
    assertFalse(parseFlatObject(extra.get(4)).containsKey("text"));
    Map<String, String> nullText = parseFlatObject(extra.get(5));
    assertTrue(nullText.containsKey("text"));
    assertNull(nullText.get("text"));
    Map<String, String> duplicate = parseFlatObject(extra.get(6));
    assertEquals("ng-000001", duplicate.get("id"));
    assertNotEquals(parseFlatObject(clean.get(0)).get("text"), duplicate.get("text"));
    assertEquals("sometime last week", parseFlatObject(extra.get(7)).get("published"));
    assertFalse(parseFlatObject(extra.get(8)).containsKey("id"));
    Map<String, String> urlDated = parseFlatObject(extra.get(9));
    assertFalse(urlDated.containsKey("published"));
    assertTrue(urlDated.get("url").matches(".*/\\d{4}/\\d{2}/\\d{2}/.*"), urlDated.get("url"));
  }

  @Test
  void everyScenarioWindowLiesInsideTheCoveredYears() {
    assertTrue(SampleCorpusGenerator.SCENARIOS.size() >= 30);
    Set<String> slugs = new HashSet<>();
    for (SampleCorpusGenerator.Scenario s : SampleCorpusGenerator.SCENARIOS) {
      assertTrue(slugs.add(s.slug()), "duplicate scenario " + s.slug());
      assertFalse(s.from().isBefore(LocalDate.of(2019, 1, 1)), s.slug());
      assertFalse(s.to().isAfter(LocalDate.of(2024, 12, 31)), s.slug());
    }
  }

  @Test
  void jsonStringsAreEscaped() {
    String tricky = "He said \"no\"\\\n\tthen\u0001 Erdoğan";
    String json = "{\"text\": " + SampleCorpusGenerator.jsonString(tricky) + "}";
    assertEquals(tricky, parseFlatObject(json).get("text"));
    assertEquals("\"a\\u0001\"", SampleCorpusGenerator.jsonString("a\u0001"));
  }

  @Test
  void mainWritesTheSameLinesAsTheApi(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("nested/articles.jsonl");
    SampleCorpusGenerator.main(new String[] {"--out", out.toString(), "--count", "25", "--seed", "3"});
    List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(SampleCorpusGenerator.generateLines(25, 3L, true), written);
  }

  /** The bundled sample (the product's resource sample/articles.jsonl) is this generator's output. */
  @Test
  void theDefaultsWriteTheBundledSample() throws Exception {
    byte[] bundled;
    try (var in = SampleCorpusGenerator.class.getResourceAsStream("/sample/articles.jsonl")) {
      bundled = in.readAllBytes();
    }
    String generated = String.join("\n", SampleCorpusGenerator.generateLines(
        SampleCorpusGenerator.DEFAULT_COUNT, SampleCorpusGenerator.DEFAULT_SEED, true)) + "\n";
    assertEquals(new String(bundled, StandardCharsets.UTF_8), generated);
  }

  @Test
  void articleIdsArePaddedToSixDigits() {
    assertEquals("ng-000001", SampleCorpusGenerator.articleId(1));
    assertEquals("ng-000123", SampleCorpusGenerator.articleId(123));
    assertEquals("ng-1234567", SampleCorpusGenerator.articleId(1234567));
  }

  /**
   * Parses one flat JSON object whose values are strings or null, keeping key order. Enough for the
   * generator's output; throws IllegalArgumentException on anything else.
   */
  static Map<String, String> parseFlatObject(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    int[] pos = {skipSpace(json, 0)};
    expect(json, pos, '{');
    pos[0] = skipSpace(json, pos[0]);
    if (peek(json, pos) == '}') {
      pos[0]++;
    } else {
      while (true) {
        pos[0] = skipSpace(json, pos[0]);
        String key = readString(json, pos);
        pos[0] = skipSpace(json, pos[0]);
        expect(json, pos, ':');
        pos[0] = skipSpace(json, pos[0]);
        String value;
        if (json.startsWith("null", pos[0])) {
          value = null;
          pos[0] += 4;
        } else {
          value = readString(json, pos);
        }
        if (out.containsKey(key)) {
          throw new IllegalArgumentException("duplicate key " + key);
        }
        out.put(key, value);
        pos[0] = skipSpace(json, pos[0]);
        char c = peek(json, pos);
        pos[0]++;
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or } at " + (pos[0] - 1));
        }
      }
    }
    if (skipSpace(json, pos[0]) != json.length()) {
      throw new IllegalArgumentException("trailing characters");
    }
    return out;
  }

  private static String readString(String json, int[] pos) {
    expect(json, pos, '"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = peek(json, pos);
      pos[0]++;
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("raw control character in string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = peek(json, pos);
      pos[0]++;
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos[0] + 4 > json.length()) {
            throw new IllegalArgumentException("short unicode escape");
          }
          sb.append((char) Integer.parseInt(json.substring(pos[0], pos[0] + 4), 16));
          pos[0] += 4;
        }
        default -> throw new IllegalArgumentException("bad escape \\" + e);
      }
    }
  }

  private static char peek(String json, int[] pos) {
    if (pos[0] >= json.length()) {
      throw new IllegalArgumentException("unexpected end of input");
    }
    return json.charAt(pos[0]);
  }

  private static void expect(String json, int[] pos, char c) {
    if (peek(json, pos) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + pos[0]);
    }
    pos[0]++;
  }

  private static int skipSpace(String json, int i) {
    while (i < json.length() && " \t\r\n".indexOf(json.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
