package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGazetteers;

/** A gazetteer serialised (as Spark's broadcasts do) reads back equal, and in its compact form. */
class CompactGazetteerTest {

  private static byte[] serialise(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialise(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  private static void assertEqualGazetteers(Gazetteer expected, Gazetteer actual) {
    assertEquals(expected.version(), actual.version());
    assertEquals(List.copyOf(expected.countries().keySet()), List.copyOf(actual.countries().keySet()), "country order");
    assertEquals(expected.countries(), actual.countries());
    assertEquals(List.copyOf(expected.leaders().keySet()), List.copyOf(actual.leaders().keySet()), "leader order");
    assertEquals(expected.leaders(), actual.leaders());
    assertEquals(List.copyOf(expected.topics().keySet()), List.copyOf(actual.topics().keySet()), "topic order");
    assertEquals(expected.topics(), actual.topics());
    assertEquals(expected.aliases(), actual.aliases(), "aliases, in order");
    assertEquals(List.copyOf(expected.rolesByLeader().keySet()), List.copyOf(actual.rolesByLeader().keySet()),
        "leaders in the order of their roles");
    assertEquals(expected.rolesByLeader(), actual.rolesByLeader(), "each leader's roles, in order");
  }

  @Test
  void theBundledGazetteerReadsBackEqual() throws Exception {
    Gazetteer g = GazetteerLoader.loadBundled();
    byte[] wire = serialise(g);
    Gazetteer back = (Gazetteer) deserialise(wire);
    assertEqualGazetteers(g, back);
    // The form on the wire is the compact one: its size is the byte array's plus a few hundred
    // bytes of stream and class headers.
    int compact = new CompactGazetteer(g).size();
    assertTrue(wire.length > compact && wire.length < compact + 1_000, wire.length + " vs " + compact);
    // The copy resolves from its dated roles: Putin led Russia on 2020-01-01.
    assertEquals("RUS", back.countryOf("Q7747", LocalDate.of(2020, 1, 1)));
  }

  @Test
  void nullFieldsAndEmptyListsSurvive() throws Exception {
    Map<String, Country> countries = new LinkedHashMap<>();
    countries.put("XYZ", new Country("XYZ", null, "Xyzland", null, null, null, LocalDate.of(1990, 10, 3), null));
    // an official name longer than DataOutput.writeUTF's 65,535 bytes, with a non-ASCII letter
    countries.put("ABC", new Country("ABC", "Q1", "Abcia", "Republic of Abcia " + "é".repeat(40_000), "country",
        LocalDate.of(1991, 1, 1), null, List.of("XYZ")));
    Map<String, Leader> leaders = new LinkedHashMap<>();
    leaders.put("Q9", new Leader("Q9", "Ann Example", null, List.of(), false));
    leaders.put("Q8", new Leader("Q8", "Bob Sample", "Sample", List.of("B. Sample"), true));
    // Q8's roles are given first, so it comes first among the roles though second among leaders.
    List<LeaderRole> roles = List.of(
        new LeaderRole("Q8", "ABC", "head of state", null, LocalDate.of(1995, 5, 5), null),
        new LeaderRole("Q9", "XYZ", "head of government", "prime minister", LocalDate.of(1980, 1, 1),
            LocalDate.of(1990, 10, 2)),
        new LeaderRole("Q8", "XYZ", "head of state", null, LocalDate.of(1985, 1, 1), LocalDate.of(1989, 12, 31)));
    Map<String, Topic> topics = new LinkedHashMap<>();
    topics.put("t1", new Topic("t1", "Trade", List.of("tariff*", "trade war")));
    List<Alias> countryAliases = List.of(new Alias(EntityIds.country("ABC"), "Abcian", "demonym", false, true, false));
    Gazetteer g = new Gazetteer(countries, leaders, roles, topics, countryAliases, "v-test");

    Gazetteer back = (Gazetteer) deserialise(serialise(g));
    assertEqualGazetteers(g, back);
    assertNull(back.countries().get("XYZ").wikidataId());
    assertNull(back.countries().get("XYZ").validFrom());
    assertNull(back.countries().get("XYZ").successorIds());
    assertEquals(LocalDate.of(1990, 10, 3), back.countries().get("XYZ").validTo());
    assertNull(back.leaders().get("Q9").surname());
    assertEquals(18 + 40_000, back.countries().get("ABC").officialName().length());
    // 1 country alias + 2 country names + (name + 1 alias + surname of Q8) + name of Q9 + 2 phrases
    // = 1 + 2 + 3 + 1 + 2 = 9 aliases, with the prefix flag of "tariff*" kept.
    assertEquals(9, back.aliases().size());
    assertTrue(back.aliases().contains(new Alias(EntityIds.topic("t1"), "tariff", "phrase", false, false, true)));
    assertEquals(List.of("Q8", "Q9"), List.copyOf(back.rolesByLeader().keySet()));
  }

  @Test
  void theSmallTestGazetteerReadsBackEqual() throws Exception {
    Gazetteer g = TestGazetteers.small();
    assertEqualGazetteers(g, (Gazetteer) deserialise(serialise(g)));
  }

  @Test
  void aGazetteerIsNeverReadFromTheDefaultForm() {
    // readObject refuses: only the compact form's readResolve builds a gazetteer from a stream.
    assertThrows(InvalidObjectException.class, () -> {
      java.lang.reflect.Method m = Gazetteer.class.getDeclaredMethod("readObject", ObjectInputStream.class);
      m.setAccessible(true);
      try {
        m.invoke(TestGazetteers.small(), (Object) null);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
