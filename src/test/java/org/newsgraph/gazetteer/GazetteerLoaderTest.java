package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerLoaderTest {
  static Gazetteer bundled;

  @BeforeAll
  static void load() {
    bundled = GazetteerLoader.loadBundled();
  }

  @Test
  void bundledDataLoadsAndKnowsTheBasics() {
    assertTrue(bundled.countries().size() >= 249, "all ISO 3166-1 countries: " + bundled.countries().size());
    assertTrue(bundled.topics().size() >= 10, "topics: " + bundled.topics().size());
    assertEquals("Vladimir Putin", bundled.leaders().get("Q7747").name());
    assertEquals("Kim Jong Un", bundled.leaders().get("Q56226").name());
  }

  @Test
  void datedRolesAnswerWhoLedWhatWhen() {
    // Putin was prime minister between his presidencies, 2008-05-08 .. 2012-05-07
    assertEquals("RUS", bundled.countryOf("Q7747", LocalDate.of(2010, 1, 1)));
    assertTrue(bundled.rolesOf("Q7747").stream()
        .anyMatch(r -> r.office().equals("prime_minister") && r.heldOn(LocalDate.of(2010, 1, 1))));
    assertTrue(bundled.inOffice("Q56226", LocalDate.of(2023, 9, 13)));
    // Kim Jong Un took over on 2011-12-17 (his father died that day); not in office in 2005
    assertTrue(!bundled.inOffice("Q56226", LocalDate.of(2005, 1, 1)));
  }

  @Test
  void extraDirectoryReplacesByIdAndAdds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("leaders.tsv"),
        "id\tname\tsurname\taliases\tsurname_unambiguous\n"
            + "Q7747\tVladimir V. Putin\tPutin\t\ttrue\n"
            + "QTEST1\tJane Example\tExample\tJ. Example\tfalse\n");
    // a prefixed name is read as a roles file too; its Putin row replaces all his bundled roles
    Files.writeString(dir.resolve("my_leader_roles.tsv"),
        "leader_id\tcountry_id\toffice\trole\tfrom\tto\n"
            + "QTEST1\tFRA\tminister_of_culture\tminister\t2020-01-01\t2021-12-31\n"
            + "Q7747\tRUS\tpresident\thead_of_state\t2012-05-07\t\n");
    Files.writeString(dir.resolve("country_aliases.tsv"),
        "country_id\talias\tmethod\tflags\n"
            + "RUS\tRussia\tname\tcase\n"
            + "FRA\tHexagone\tname\t\n");
    Gazetteer g = GazetteerLoader.load(dir);
    assertEquals("Vladimir V. Putin", g.leaders().get("Q7747").name());
    assertEquals("FRA", g.countryOf("QTEST1", LocalDate.of(2021, 6, 1)));
    assertEquals(bundled.leaders().size() + 1, g.leaders().size());
    assertEquals(1, g.rolesOf("Q7747").size());
    assertTrue(!g.inOffice("Q7747", LocalDate.of(2010, 1, 1)), "the bundled PM role was replaced");
    assertEquals(1, g.aliases().stream()
        .filter(a -> a.entityId().equals("country:RUS") && a.text().equals("Russia")).count());
    assertTrue(g.aliases().stream()
        .anyMatch(a -> a.entityId().equals("country:RUS") && a.text().equals("Russia") && a.caseSensitive()));
    assertTrue(g.aliases().stream().anyMatch(a -> a.text().equals("Hexagone")));
    assertNotEquals(bundled.version(), g.version());
  }

  @Test
  void badRowsAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("leader_roles.tsv"),
        "leader_id\tcountry_id\toffice\trole\tfrom\tto\n"
            + "Q7747\tXXX\tpresident\thead_of_state\t2000-01-01\t\n");
    GazetteerException e = assertThrows(GazetteerException.class, () -> GazetteerLoader.load(dir));
    assertTrue(e.getMessage().contains("leader_roles.tsv:2"), e.getMessage());
    assertTrue(e.getMessage().contains("XXX"), e.getMessage());
    Files.writeString(dir.resolve("leader_roles.tsv"),
        "leader_id\tcountry_id\toffice\trole\tfrom\tto\n"
            + "Q7747\tRUS\tpresident\thead_of_state\t2000-01-01\t1999-01-01\n");
    e = assertThrows(GazetteerException.class, () -> GazetteerLoader.load(dir));
    assertTrue(e.getMessage().contains("before"), e.getMessage());
  }

  @Test
  void entityNamesResolveForEveryType() {
    assertEquals("Russia", bundled.nameOf("country:RUS"));
    assertEquals("Vladimir Putin", bundled.nameOf("leader:Q7747"));
    assertNull(bundled.nameOf("country:ZZZ"));
  }
}
