package org.newsgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsgraphConfigTest {

  @Test
  void defaultsApplyWhenNothingIsSet() {
    NewsgraphConfig c = NewsgraphConfig.fromMap(Map.of());
    assertEquals("out", c.outputDir());
    assertEquals(List.of("week", "month", "year", "all"), c.cooccur().granularities());
    assertEquals(10.83, c.cooccur().significanceG2());
    assertEquals(5, c.cooccur().significanceMinCount());
    assertEquals(1, c.get(Settings.SIGNIFICANCE_MIN_SOURCES)); // off
    assertEquals(3, NewsgraphConfig.fromMap(Map.of("cooccur.significance.min_sources", "3"))
        .get(Settings.SIGNIFICANCE_MIN_SOURCES));
  }

  @Test
  void badValuesFailNamingTheSettingAndAllowedValues() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("cooccur.granularities", "month,fortnight")));
    assertTrue(e.getMessage().contains("cooccur.granularities"), e.getMessage());
    assertTrue(e.getMessage().contains("fortnight"), e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("cooccur.significance.min_count", "0")));
    assertTrue(e.getMessage().contains("cooccur.significance.min_count"), e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("cooccur.significance.min_sources", "0")));
    assertTrue(e.getMessage().contains("cooccur.significance.min_sources"), e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("ingest.max_text_chars", "lots")));
    assertTrue(e.getMessage().contains("ingest.max_text_chars"), e.getMessage());
  }

  @Test
  void unknownKeysAndMissingDirectoriesAreRefused() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("output.dri", "x")));
    assertTrue(e.getMessage().contains("output.dri"), e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("gazetteer.extra_dir", "/no/such/dir")));
    assertTrue(e.getMessage().contains("gazetteer.extra_dir"), e.getMessage());
  }

  @Test
  void inputsAreRequiredOnlyWhenAsked() {
    NewsgraphConfig c = NewsgraphConfig.fromMap(Map.of());
    ConfigException e = assertThrows(ConfigException.class, c::requireInputs);
    assertTrue(e.getMessage().contains("input.paths"), e.getMessage());
    assertEquals(List.of("a.jsonl", "b.jsonl"),
        NewsgraphConfig.fromMap(Map.of("input.paths", "a.jsonl, b.jsonl")).ingest().inputPaths());
  }
}
