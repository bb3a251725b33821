package org.newsgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GranularityTest {
  @Test
  void idsInTheOrderThePackedKeysHold() {
    // stored counts hold these ordinals (cooccur.Periods, CountKeys): day 0 .. all 4, article 0, sentence 1
    assertEquals(List.of("day", "week", "month", "year", "all"), Granularity.ids());
    assertEquals(4, Granularity.of("all").ordinal());
    assertEquals(List.of("article", "sentence"), Window.ids());
    assertEquals(1, Window.of("sentence").ordinal());
    // the settings accept exactly these names
    assertEquals(Granularity.ids(), Settings.GRANULARITIES);
    assertEquals(Window.ids(), Settings.WINDOWS);
  }

  @Test
  void anUnknownNameIsRefusedNamingTheAllowedOnes() {
    String m = assertThrows(IllegalArgumentException.class, () -> Granularity.of("quarter")).getMessage();
    assertTrue(m.contains("'quarter'") && m.contains("[day, week, month, year, all]"), m);
    String w = assertThrows(IllegalArgumentException.class, () -> Window.of("paragraph")).getMessage();
    assertTrue(w.contains("'paragraph'") && w.contains("[article, sentence]"), w);
  }

  @Test
  void periodLabelsHaveOneFormPerGranularityAndNameRealPeriods() {
    assertEquals(Granularity.DAY, Granularity.ofLabel("2023-09-12"));
    assertEquals(Granularity.WEEK, Granularity.ofLabel("2023-W37"));
    assertEquals(Granularity.MONTH, Granularity.ofLabel("2023-09"));
    assertEquals(Granularity.YEAR, Granularity.ofLabel("2023"));
    assertEquals(Granularity.ALL, Granularity.ofLabel("all"));
    assertEquals(null, Granularity.ofLabel("2023-9"));
    assertEquals(null, Granularity.ofLabel("2023-w37"));
    // 2023-W37: week 1 of 2023 starts Monday 2023-01-02 (Jan 1 is a Sunday), so week 37 starts 36 weeks later
    assertEquals(java.time.LocalDate.of(2023, 1, 2).plusWeeks(36), Granularity.WEEK.startOf("2023-W37"));
    assertEquals(java.time.LocalDate.of(2023, 9, 11), Granularity.WEEK.startOf("2023-W37"));
    // 2020 has 53 ISO weeks (it starts on a Wednesday and is a leap year), 2023 has 52
    assertEquals(java.time.LocalDate.of(2020, 12, 28), Granularity.WEEK.startOf("2020-W53"));
    String w = assertThrows(java.time.DateTimeException.class, () -> Granularity.WEEK.startOf("2023-W53")).getMessage();
    assertTrue(w.contains("weeks 01 to 52"), w);
    assertThrows(java.time.DateTimeException.class, () -> Granularity.MONTH.startOf("2023-13"));
    assertThrows(java.time.DateTimeException.class, () -> Granularity.DAY.startOf("2023-02-30"));
    assertThrows(IllegalArgumentException.class, () -> Granularity.MONTH.startOf("2023-W37"));
    // a Sunday closes its ISO week; the last days of 2024 are in week 1 of 2025
    assertEquals("2023-W39", Granularity.WEEK.label(java.time.LocalDate.of(2023, 10, 1)));
    assertEquals("2025-W01", Granularity.WEEK.label(java.time.LocalDate.of(2024, 12, 31)));
    assertEquals(java.time.LocalDate.of(2024, 3, 1), Granularity.MONTH.endOf(Granularity.MONTH.startOf("2024-02")));
    assertEquals(null, Granularity.ALL.startOf("all"));
  }
}
