package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDatesTest {
  private static LocalDate d(String text) {
    return TextDates.publicationDate(text, List.of(), null);
  }

  @Test
  void datelineWithYear() {
    assertEquals(LocalDate.of(2023, 9, 12),
        d("LONDON, Sept. 12, 2023 (Reuters) - The club signed a striker on 1 January 2020."));
    assertEquals(LocalDate.of(2023, 9, 12), d("PARIS, 12 September 2023 - Talks resumed."));
    assertEquals(LocalDate.of(2021, 3, 4), d("NEW YORK, Thursday, March 4, 2021: Stocks rose."));
  }

  @Test
  void datelineWithoutYearNeedsTheRunsYear() {
    String text = "WASHINGTON, March 3 (Reuters) - The Federal Reserve held rates.";
    // the text holds no year: unresolvable on its own
    assertNull(d(text));
    assertEquals(LocalDate.of(1987, 3, 3), TextDates.publicationDate(text, List.of(), 1987));
  }

  @Test
  void fullDatesAndRangesInTheLead() {
    // "April 2019" is only a month; the range gives its first day and wins as a full date
    assertEquals(LocalDate.of(2023, 9, 10),
        d("The summit, first planned for April 2019, ran from September 10 to 13, 2023 in Vladivostok."));
    assertEquals(LocalDate.of(2023, 9, 10), d("Delegates met on 10-13 September 2023 in the city."));
    assertEquals(LocalDate.of(2022, 5, 6), d("The filing dated 2022-05-06 shows the loss."));
    // of two full dates, the earlier in the text
    assertEquals(LocalDate.of(2020, 1, 5), d("On January 5, 2020 the bank cut rates; on 3 March 2021 it raised them."));
  }

  @Test
  void monthAndYearAsTheFirstOfTheMonth() {
    assertEquals(LocalDate.of(2019, 4, 1), d("Inflation peaked in April 2019, the bank said."));
  }

  @Test
  void nothingResolvable() {
    assertNull(d("Putin spoke to reporters about the economy."));
    assertNull(d("The meeting is set for May 5 at the palace."));
    assertNull(d(""));
    assertNull(d(null));
    // beyond the lead
    assertNull(d("x".repeat(TextDates.LEAD_CHARS) + " on September 12, 2023."));
  }

  @Test
  void matcherResultsNeedAYearInTheirText() {
    String text = "Shares fell on 03/04/2020 and again on March 3.";
    // "03/04/2020" at 15..24 (end inclusive); "March 3" at 39..45 got today's year from the matcher
    assertEquals(LocalDate.of(2020, 3, 4),
        TextDates.publicationDate(text, List.of("39|45|2026-03-03", "15|24|2020-03-04"), null));
    assertNull(TextDates.publicationDate(text, List.of("39|45|2026-03-03"), null));
    // a long span is a mis-match ("April 2019 and again from September 10 to 13, 2023" -> 2019-04-10)
    assertNull(TextDates.fromMatcher("x".repeat(70), "25|62|2019-04-10"));
  }
}
