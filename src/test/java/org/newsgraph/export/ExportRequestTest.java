package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.config.ConfigException;

/** Period labels as the tables write them: their granularity, days and partition folder; the nearest periods. */
class ExportRequestTest {

  private static ExportRequest of(String period) {
    return ExportRequest.of("/t", null, null, period, null, false, Path.of("/x/net.gexf"));
  }

  @Test
  void aLabelNamesItsGranularityDaysAndFolder() {
    ExportRequest day = of("2023-09-12");
    assertEquals("day", day.granularity());
    assertEquals(LocalDate.of(2023, 9, 12), day.start());
    assertEquals(LocalDate.of(2023, 9, 13), day.end());
    assertEquals("2023-09", day.bucket());
    // ISO week 37 of 2023: 4 January 2023 is a Wednesday in week 1, whose Monday is 2 January;
    // 36 weeks later is Monday 11 September
    ExportRequest week = of("2023-W37");
    assertEquals(LocalDate.of(2023, 9, 11), week.start());
    assertEquals(LocalDate.of(2023, 9, 18), week.end());
    assertEquals("2023-09", week.bucket());
    // week 1 of ISO year 2025 starts on Monday 30 December 2024: its folder is 2024-12
    assertEquals(LocalDate.of(2024, 12, 30), of("2025-W01").start());
    assertEquals("2024-12", of("2025-W01").bucket());
    // 2020 has 53 ISO weeks (it starts on a Wednesday and is a leap year), 2021 has 52
    assertEquals(LocalDate.of(2020, 12, 28), of("2020-W53").start());
    assertTrue(assertThrows(ConfigException.class, () -> of("2021-W53")).getMessage().contains("weeks 01 to 52"));
    ExportRequest month = of("2024-02");
    assertEquals(LocalDate.of(2024, 3, 1), month.end());
    assertEquals("2024-02", month.bucket());
    ExportRequest year = of("2023");
    assertEquals("year", year.granularity());
    assertEquals("2023-01", year.bucket());
    assertEquals(LocalDate.of(2024, 1, 1), year.end());
    ExportRequest all = of("all");
    assertEquals("all", all.bucket());
    assertNull(all.start());
    assertNull(all.end());
    assertThrows(ConfigException.class, () -> of("2023-02-30"));
    assertThrows(ConfigException.class, () -> of("2023-00"));
    assertThrows(ConfigException.class, () -> of("Sept 2023"));
  }

  @Test
  void theNearestPeriodsAreTheOnesJustBeforeAndAfter() {
    List<String> months = List.of("2019-02", "2023-08", "2023-10", "2024-12");
    assertEquals("nearest periods with rows: 2023-08, 2023-10 (4 periods from 2019-02 to 2024-12)",
        ExportJob.nearest(months, "2023-09"));
    assertEquals("nearest periods with rows: 2019-02 (4 periods from 2019-02 to 2024-12)",
        ExportJob.nearest(months, "1999-01"));
    assertEquals("nearest periods with rows: 2024-12 (4 periods from 2019-02 to 2024-12)",
        ExportJob.nearest(months, "2025-01"));
    assertEquals("no period of that granularity has rows", ExportJob.nearest(List.of(), "2023-09"));
  }
}
