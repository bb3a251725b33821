package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.MentionExtractor;
import org.newsgraph.gazetteer.GazetteerLoader;

/** The plain-Java limit pass (variant 1) and the medians of the table; no Spark. */
class BenchVariantTest {

  @Test
  void limitPassCountsMentionsOfEveryFileAndWritesSurfaces(@TempDir Path dir) throws Exception {
    // Two files, three articles. Mentions, by hand:
    //   a1 title "Putin in Paris" + text "Vladimir Putin met Emmanuel Macron in Paris.":
    //     title: "Putin" (surname; in office on 2019-06-01, unambiguous) + "Paris" (capital of France) = 2
    //     text:  "Vladimir Putin", "Emmanuel Macron", "Paris" = 3, and "met", a meeting cue of
    //            summit_diplomacy (a sentence naming Russia's and France's leaders) = 4 -> 6
    //   a2 (no date, no title) "Nothing to see here." -> 0
    //   a3 "The Kremlin said Macron would call." (2019-06-02): "Kremlin" is the seat of Russia and of
    //     the Soviet Union, and only Russia exists in 2019 -> Russia; "Macron" (surname, in office) -> 2
    //   total 6 + 0 + 2 = 8
    Files.writeString(dir.resolve("part-00000.jsonl"),
        "{\"id\":\"a1\",\"title\":\"Putin in Paris\",\"text\":\"Vladimir Putin met Emmanuel Macron in Paris.\","
            + "\"published\":\"2019-06-01T10:00:00Z\",\"extra\":{\"nested\":[1,2]}}\n"
            + "{\"id\":\"a2\",\"text\":\"Nothing to see here.\"}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("part-00001.jsonl"),
        "{\"id\":\"a3\",\"text\":\"The Kremlin said Macron would call.\",\"published\":\"2019-06-02\"}\n",
        StandardCharsets.UTF_8);
    MentionExtractor extractor = new MentionExtractor(GazetteerLoader.loadBundled(), 40);
    Path surfaces = dir.resolve("surfaces.tsv");
    assertEquals(8, BenchVariant.limitPass(extractor, dir, surfaces));
    // distinct lower-cased surfaces per article, sorted, joined by \u0001
    assertEquals(List.of("a1\temmanuel macron\u0001met\u0001paris\u0001putin\u0001vladimir putin",
            "a2\t", "a3\tkremlin\u0001macron"),
        Files.readAllLines(surfaces, StandardCharsets.UTF_8));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, Benchmark.median(List.of(3.0, 1.0, 2.0)));      // sorted 1, 2, 3 -> 2
    assertEquals(2.5, Benchmark.median(List.of(4.0, 1.0, 2.0, 3.0))); // (2 + 3) / 2
    assertEquals(Double.NaN, Benchmark.median(List.of()));
  }
}
