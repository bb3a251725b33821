package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  @Test
  void isoWithAndWithoutZoneNormalisedToUtc() {
    assertEquals(Instant.parse("2023-09-12T08:30:00Z"), PublishedDates.parse("2023-09-12T08:30:00Z"));
    // 10:30 at +02:00 is 08:30 UTC
    assertEquals(Instant.parse("2023-09-12T08:30:00Z"), PublishedDates.parse("2023-09-12T10:30:00+02:00"));
    // 21:15 at -05:00 is 02:15 UTC the next day
    assertEquals(Instant.parse("2021-02-04T02:15:00Z"), PublishedDates.parse("2021-02-03T21:15:00-05:00"));
    // no zone: taken as UTC
    assertEquals(Instant.parse("2020-07-18T12:00:00Z"), PublishedDates.parse("2020-07-18T12:00:00"));
    assertEquals(Instant.parse("2020-07-18T00:00:00Z"), PublishedDates.parse("2020-07-18"));
  }

  @Test
  void rfc1123EpochAndWrittenForms() {
    // 11:05:30 GMT
    assertEquals(Instant.parse("2008-06-03T11:05:30Z"), PublishedDates.parse("Tue, 3 Jun 2008 11:05:30 GMT"));
    // 1595030400 s = 18,461 days * 86,400 s -> 2020-07-18T00:00Z (18,461 days after 1970-01-01)
    assertEquals(Instant.parse("2020-07-18T00:00:00Z"), PublishedDates.parse("1595030400"));
    assertEquals(Instant.parse("2020-07-18T00:00:00Z"), PublishedDates.parse("1595030400000"));
    Instant jul18 = Instant.parse("2020-07-18T00:00:00Z");
    assertEquals(jul18, PublishedDates.parse("Jul 18 2020"));
    assertEquals(jul18, PublishedDates.parse("July 18, 2020"));
    assertEquals(jul18, PublishedDates.parse("18-Jul-20"));
    assertEquals(jul18, PublishedDates.parse("2020/07/18"));
  }

  @Test
  void garbageAndImplausibleDatesAreNull() {
    assertNull(PublishedDates.parse("sometime last week"));
    assertNull(PublishedDates.parse(""));
    assertNull(PublishedDates.parse(null));
    assertNull(PublishedDates.parse("3000-01-01T00:00:00Z"));
  }

  @Test
  void datesFromUrlsAndPaths() {
    assertEquals(Instant.parse("2023-09-12T00:00:00Z"),
        PublishedDates.fromPath("https://news.example.test/world/2023/09/12/kim-putin"));
    assertEquals(Instant.parse("2019-01-31T00:00:00Z"), PublishedDates.fromPath("/dump/2019-01-31/a.txt"));
    assertNull(PublishedDates.fromPath("https://news.example.test/world/2023/13/12/x"));
    assertNull(PublishedDates.fromPath("https://news.example.test/world/kim-putin"));
  }

  @Test
  void datelinesInEveryFormTheGrammarReads() {
    // the one dateline grammar (text.Dateline): ingest and the Spark NLP date step date the same lines
    String headlineFirst = "Oil prices climb\nLONDON, 12 September 2023 (Reuters) - Oil rose";
    assertEquals(Instant.parse("2023-09-12T00:00:00Z"), PublishedDates.fromDateline(headlineFirst, null));
    assertEquals(java.time.LocalDate.of(2023, 9, 12), TextDates.publicationDate(headlineFirst, null, null));
    assertEquals(Instant.parse("2019-06-03T00:00:00Z"), PublishedDates.fromDateline("ROME, Monday, June 3 - x", 2019));
    assertEquals(Instant.parse("1996-08-30T00:00:00Z"), PublishedDates.fromDateline("LONDON 1996-08-30\nx", null));
    assertNull(PublishedDates.fromDateline("MOSCOW (Reuters) - Talks", 2020), "an agency line has no day");
  }
}
