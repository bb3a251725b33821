package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one dateline grammar, on invented lines of every form the three stages read. */
class DatelineTest {
  @Test
  void readsPlaceRegionDateAndEnd() {
    Dateline d = Dateline.parse("    GREENWICH, Conn., March 2 - The company said");
    // 4 spaces, then "GREENWICH" (9 letters) at 4..13; "    GREENWICH, Conn., March 2 -" is 31 characters.
    assertEquals(new Dateline(0, 4, 13, "GREENWICH", "Conn.", 3, 2, null, 31), d);
    assertEquals(LocalDate.of(1987, 3, 2), d.date(1987));
    assertNull(d.date(null), "month and day alone: no year, no date");
  }

  @Test
  void agencyTagOrDateIsRequired() {
    assertEquals("MOSCOW", Dateline.parse("MOSCOW (Reuters) - Talks").place());
    assertNull(Dateline.parse("MOSCOW (Reuters) - Talks").date(2020), "an agency line has no date");
    assertEquals("New York", Dateline.parse("New York, March 3 - Shares").place());
    assertEquals("WASHINGTON", Dateline.parse("WASHINGTON, Feb 26 - Officials").place());
    assertNull(Dateline.parse("NOTE - this is not a dateline"));
    assertNull(Dateline.parse("Officials (Reuters) - said"));
    assertNull(Dateline.parse("The Kremlin said on Monday - as expected"));
    assertNull(Dateline.parse("NATO (North Atlantic Treaty) - members"), "a bracket that names no agency, no date");
  }

  @Test
  void datesInEitherOrderWithWeekdaysYearsAndBrackets() {
    assertEquals(LocalDate.of(2023, 9, 12), Dateline.parse("LONDON, Sept. 12, 2023 (Reuters) - Oil").date(null));
    assertEquals(LocalDate.of(2023, 9, 12), Dateline.parse("PARIS, 12 September 2023 - Le").date(null));
    assertEquals(LocalDate.of(2019, 6, 3), Dateline.parse("ROME, Monday, June 3 - The").date(2019));
    assertEquals(LocalDate.of(2021, 1, 5), Dateline.parse("KYIV, Jan 5th, 2021: Officials").date(null));
    assertEquals(LocalDate.of(2022, 4, 1), Dateline.parse("ABU DHABI/DUBAI, April 1, 2022 -- Talks").date(null));
    assertEquals(LocalDate.of(2022, 4, 1), Dateline.parse("LONDON (IFR), April 1, 2022 - Bonds").date(null));
    assertNull(Dateline.parse("LONDON: Officials said"), "a colon closes a dated line only");
    assertNull(Dateline.parse("BERLIN, Feb 30, 2020 - x").date(null), "no such day");
  }

  @Test
  void aDateWithoutAPlace() {
    Dateline d = Dateline.parse("March 3 (Reuters) - Shares rose");
    assertEquals(null, d.place());
    assertEquals(-1, d.placeStart());
    assertEquals(LocalDate.of(1987, 3, 3), d.date(1987));
    assertNull(Dateline.parse("March 3 was a Tuesday."));
  }

  @Test
  void isoDayOnALineOfItsOwnAndHeadlinesBefore() {
    Dateline d = Dateline.parse("LONDON 1996-08-30\nThe pound rose");
    assertEquals("LONDON", d.place());
    assertEquals(LocalDate.of(1996, 8, 30), d.date(null));
    assertNull(Dateline.parse("Rain Stops Play 1996-08-30\nx"), "a title-case first line with a day is a headline");
    // a headline line, then the dateline: the line's start is the dateline's start
    String text = "Oil prices rise\nLONDON, March 3 (Reuters) - Oil rose";
    Dateline h = Dateline.parse(text);
    assertEquals(16, h.start());
    assertEquals("LONDON", h.place());
    assertEquals(16, h.placeStart());
    assertNull(Dateline.parse("x".repeat(201) + "\nLONDON, March 3 - y"), "a long first line is a paragraph");
  }
}
