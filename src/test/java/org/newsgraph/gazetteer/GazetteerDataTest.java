package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NormalizedText;

/**
 * Validation of the bundled gazetteer data as a whole (see docs/gazetteer.md): ids, dated roles,
 * aliases, counts, and spot checks of who held which office on a date.
 */
class GazetteerDataTest {
  static Gazetteer gaz;

  @BeforeAll
  static void load() {
    gaz = GazetteerLoader.loadBundled();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Rows of a bundled file as column -> value maps (comments and header skipped). */
  static List<Map<String, String>> rows(String file) {
    String text;
    try (InputStream in = GazetteerDataTest.class.getResourceAsStream("/gazetteer/" + file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<Map<String, String>> out = new ArrayList<>();
    String[] header = null;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      out.add(row);
    }
    return out;
  }

  /** Names of the people who held {@code role} (and {@code office}, if not null) in the country on the date. */
  static Set<String> holders(String countryId, String role, String office, LocalDate date) {
    Set<String> out = new TreeSet<>();
    for (Leader l : gaz.leaders().values()) {
      for (LeaderRole r : gaz.rolesOf(l.id())) {
        if (r.countryId().equals(countryId) && r.role().equals(role)
            && (office == null || r.office().equals(office)) && r.heldOn(date)) {
          out.add(l.name());
        }
      }
    }
    return out;
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  // --- ids and counts -------------------------------------------------------------------------

  @Test
  void idsAreUniqueInEveryFile() {
    for (String file : List.of("countries.tsv", "leaders.tsv", "topics.tsv")) {
      Set<String> seen = new HashSet<>();
      for (Map<String, String> r : rows(file)) {
        assertTrue(seen.add(r.get("id")), file + ": duplicate id " + r.get("id"));
      }
    }
    Set<String> codes = new HashSet<>();
    for (Map<String, String> r : rows("topics.tsv")) {
      assertTrue(codes.add(r.get("code")), "duplicate topic code " + r.get("code"));
      assertTrue(r.get("code").matches("[A-Z]+(_[A-Z0-9]+)+"), "topic code " + r.get("code"));
      assertTrue(!r.get("label").isEmpty() && !r.get("definition").isEmpty(), "topic " + r.get("id"));
      String parent = r.get("parent");
      assertTrue(parent.isEmpty() || gaz.topics().containsKey(parent), "parent of " + r.get("id"));
    }
    Set<String> pairs = new HashSet<>();
    for (Map<String, String> r : rows("country_aliases.tsv")) {
      assertTrue(pairs.add(r.get("country_id") + "\t" + r.get("alias")), "duplicate alias row " + r);
    }
  }

  @Test
  void countsMeetTheIssue() {
    assertTrue(gaz.countries().size() >= 250, "countries: " + gaz.countries().size());
    long historical = gaz.countries().values().stream().filter(c -> "historical".equals(c.kind())).count();
    assertTrue(historical >= 10, "historical states: " + historical);
    long leadersWithRoles = gaz.leaders().keySet().stream().filter(id -> !gaz.rolesOf(id).isEmpty()).count();
    assertTrue(leadersWithRoles >= 2500, "leaders with dated roles: " + leadersWithRoles);
    assertTrue(gaz.topics().size() >= 40, "topics: " + gaz.topics().size());
    Set<String> cities = new HashSet<>();
    for (Alias a : gaz.aliases()) {
      if (a.method().equals("city")) {
        cities.add(a.entityId() + "|" + NormalizedText.fold(a.text()));
      }
    }
    assertTrue(cities.size() >= 1500, "distinct city aliases: " + cities.size());
  }

  // --- roles ----------------------------------------------------------------------------------

  @Test
  void noOverlappingTermsInOneOfficeOfOneCountry() {
    // tenure = acting or joint marks a term that may overlap another (documented in docs/gazetteer.md);
    // 'to' is inclusive and usually the successor's 'from', so the handover day may be shared.
    Map<String, List<Map<String, String>>> byOffice = new HashMap<>();
    for (Map<String, String> r : rows("leader_roles.tsv")) {
      if (r.get("tenure").equals("acting") || r.get("tenure").equals("joint")) {
        continue;
      }
      byOffice.computeIfAbsent(r.get("country_id") + "|" + r.get("role") + "|" + r.get("office"),
          k -> new ArrayList<>()).add(r);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, String>>> e : byOffice.entrySet()) {
      List<Map<String, String>> terms = e.getValue();
      terms.sort((a, b) -> a.get("from").compareTo(b.get("from")));
      for (int i = 0; i + 1 < terms.size(); i++) {
        Map<String, String> a = terms.get(i);
        Map<String, String> b = terms.get(i + 1);
        String aTo = a.get("to").isEmpty() ? "9999-12-31" : a.get("to");
        if (b.get("from").compareTo(aTo) < 0) {
          problems.add(e.getKey() + ": " + a.get("leader_id") + " to " + aTo + " / "
              + b.get("leader_id") + " from " + b.get("from"));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyRoleIsInACountryThatExistedThen() {
    Set<String> roles = Set.of("head_of_state", "head_of_government", "de_facto_leader");
    List<String> problems = new ArrayList<>();
    for (Leader l : gaz.leaders().values()) {
      for (LeaderRole r : gaz.rolesOf(l.id())) {
        Country c = gaz.countries().get(r.countryId());
        if (c == null) {
          problems.add(l.id() + ": unknown country " + r.countryId());
          continue;
        }
        if (!roles.contains(r.role())) {
          problems.add(l.id() + ": role " + r.role());
        }
        if (c.validFrom() != null && r.from().isBefore(c.validFrom())) {
          problems.add(l.id() + " " + r.countryId() + " from " + r.from() + " before " + c.validFrom());
        }
        if (c.validTo() != null && (r.to() == null || r.to().isAfter(c.validTo()))) {
          problems.add(l.id() + " " + r.countryId() + " to " + r.to() + " after " + c.validTo());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  // --- aliases --------------------------------------------------------------------------------

  @Test
  void everyAliasFoldsToSomething() {
    for (Alias a : gaz.aliases()) {
      assertTrue(!NormalizedText.fold(a.text()).isEmpty(), "alias folds to nothing: " + a);
    }
  }

  /** Ids of the historical states that {@code id} descends from, and itself. */
  private static Set<String> lineage(String id) {
    Set<String> out = new HashSet<>(Set.of(id));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Country c : gaz.countries().values()) {
        if (!out.contains(c.id()) && c.successorIds().stream().anyMatch(out::contains)) {
          grew |= out.add(c.id());
        }
      }
    }
    return out;
  }

  @Test
  void noCountryAliasSharedByTwoEntitiesUnlessAmbiguous() {
    // A historical state and its successor may share an alias (Moscow, Kremlin, Prague): the
    // resolver picks the one valid on the article's date. Leaders may not share a country alias.
    Map<String, List<Alias>> byFold = new HashMap<>();
    for (Alias a : gaz.aliases()) {
      if (a.method().equals("surname") || a.method().equals("phrase")) {
        continue;
      }
      byFold.computeIfAbsent(NormalizedText.fold(a.text()), k -> new ArrayList<>()).add(a);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<Alias>> e : byFold.entrySet()) {
      Set<String> entities = new TreeSet<>();
      e.getValue().forEach(a -> entities.add(a.entityId()));
      boolean anyCountry = entities.stream().anyMatch(x -> x.startsWith(EntityIds.COUNTRY + ":"));
      if (entities.size() < 2 || !anyCountry || e.getValue().stream().allMatch(Alias::ambiguous)) {
        continue;
      }
      boolean successionOnly = entities.stream().allMatch(x -> x.startsWith(EntityIds.COUNTRY + ":"));
      if (successionOnly) {
        List<String> ids = entities.stream().map(x -> x.substring(EntityIds.COUNTRY.length() + 1)).toList();
        for (String a : ids) {
          for (String b : ids) {
            if (!a.equals(b) && !lineage(a).contains(b) && !lineage(b).contains(a)) {
              successionOnly = false;
            }
          }
        }
      }
      if (!successionOnly) {
        problems.add(e.getKey() + " " + entities);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void citiesNeedingContextAreFlagged() {
    Map<String, Boolean> flagged = new HashMap<>();
    for (Alias a : gaz.aliases()) {
      if (a.method().equals("city")) {
        flagged.merge(a.entityId() + "|" + a.text(), a.ambiguous(), Boolean::logicalOr);
      }
    }
    for (String k : List.of("country:GBR|Birmingham", "country:USA|Birmingham", "country:ESP|Valencia",
        "country:VEN|Valencia", "country:IND|Hyderabad", "country:PAK|Hyderabad")) {
      assertEquals(Boolean.TRUE, flagged.get(k), k);
    }
    for (String k : List.of("country:USA|New York", "country:USA|Chicago", "country:CAN|Toronto",
        "country:DEU|Frankfurt", "country:BRA|Sao Paulo", "country:USA|Houston", "country:USA|Detroit",
        "country:USA|Stamford", "country:USA|Pittsburgh", "country:USA|Atlanta")) {
      assertEquals(Boolean.FALSE, flagged.get(k), k);
    }
    for (String word : List.of("Mobile", "Reading", "Nice", "Split", "Bath", "Of")) {
      assertTrue(gaz.aliases().stream().noneMatch(a -> a.method().equals("city") && a.text().equals(word)), word);
    }
  }

  // --- spot checks ----------------------------------------------------------------------------

  @Test
  void spotChecksByDate() {
    assertEquals(Set.of("Liz Truss"), holders("GBR", "head_of_government", null, d("2022-10-20")));
    assertEquals(Set.of("Rishi Sunak"), holders("GBR", "head_of_government", null, d("2022-10-26")));
    assertEquals(Set.of("Dmitry Medvedev"), holders("RUS", "head_of_state", null, d("2010-01-01")));
    assertEquals(Set.of("Yoon Suk Yeol"), holders("KOR", "head_of_state", null, d("2023-06-01")));
    assertEquals(Set.of("Lee Jae-myung"), holders("KOR", "head_of_state", null, d("2025-08-01")));
    assertEquals(Set.of("Mikhail Gorbachev"), holders("SUN", "de_facto_leader", "general_secretary", d("1987-06-01")));
    assertEquals(Set.of("Andrei Gromyko"), holders("SUN", "head_of_state", null, d("1987-06-01")));
    assertEquals(Set.of("Joseph Stalin"), holders("SUN", "de_facto_leader", null, d("1950-01-01")));
    assertEquals(Set.of("Harry S. Truman"), holders("USA", "head_of_state", null, d("1950-01-01")));
    assertEquals(Set.of("Sanae Takaichi"), holders("JPN", "head_of_government", null, d("2025-11-01")));
  }
}
