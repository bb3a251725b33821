package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void readsPlaceRegionAndEnd() {
    Dateline d = Dateline.parse("    GREENWICH, Conn., March 2 - The company said");
    // 4 spaces, then "GREENWICH" (9 letters) at 4..13; "    GREENWICH, Conn., March 2 -" is 31 characters.
    assertEquals(new Dateline(4, 13, "GREENWICH", "Conn.", 31), d);
  }

  @Test
  void agencyTagOrDateIsRequired() {
    assertEquals("MOSCOW", Dateline.parse("MOSCOW (Reuters) - Talks").place());
    assertEquals("New York", Dateline.parse("New York, March 3 - Shares").place());
    assertEquals("WASHINGTON", Dateline.parse("WASHINGTON, Feb 26 - Officials").place());
    assertNull(Dateline.parse("NOTE - this is not a dateline"));
    assertNull(Dateline.parse("Officials (Reuters) - said"));
    assertNull(Dateline.parse("The Kremlin said on Monday - as expected"));
  }
}
