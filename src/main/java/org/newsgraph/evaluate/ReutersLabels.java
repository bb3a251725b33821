package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.NormalizedText;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Leader;
import org.newsgraph.gazetteer.LeaderRole;

/**
 * The documented tables that turn Reuters-21578 labels into gazetteer ids:
 * {@code evaluation/reuters21578_places.tsv} (PLACES label -> country id) and
 * {@code evaluation/reuters21578_people.tsv} (PEOPLE labels of heads of state or government, with
 * the days on which they count). People are looked up in the gazetteer at run time.
 */
public final class ReutersLabels {
  /** A PEOPLE label of a leader: counts on days {@code from..to} (null = open). */
  public record Person(String label, String countryId, String surname, LocalDate from, LocalDate to) {
    boolean countsOn(LocalDate d) {
      return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  private final Map<String, String> countryByPlace;
  private final Map<String, Person> people;
  private final Gazetteer gazetteer;
  private final Map<String, Set<String>> leaderIdsCache = new HashMap<>();

  private ReutersLabels(Map<String, String> countryByPlace, Map<String, Person> people, Gazetteer gazetteer) {
    this.countryByPlace = countryByPlace;
    this.people = people;
    this.gazetteer = gazetteer;
  }

  public static ReutersLabels load(Gazetteer gazetteer) {
    Map<String, String> places = new LinkedHashMap<>();
    for (String[] row : rows("/evaluation/reuters21578_places.tsv")) {
      places.put(row[0], row[1]);
    }
    Map<String, Person> people = new LinkedHashMap<>();
    for (String[] row : rows("/evaluation/reuters21578_people.tsv")) {
      people.put(row[0], new Person(row[0], row[1], row[2], date(row, 4), date(row, 5)));
    }
    return new ReutersLabels(places, people, gazetteer);
  }

  /** Country ids of an article's PLACES labels (unmapped labels are dropped). */
  public Set<String> countries(List<String> places) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : places) {
      String id = countryByPlace.get(p);
      if (id != null && !id.isEmpty()) {
        out.add(id);
      }
    }
    return out;
  }

  /** Every country id a label can map to: predictions outside it cannot be scored. */
  public Set<String> countryVocabulary() {
    return new LinkedHashSet<>(countryByPlace.values());
  }

  /** The PEOPLE labels that count as leaders on {@code date}. */
  public List<Person> leaders(List<String> labels, LocalDate date) {
    List<Person> out = new ArrayList<>();
    for (String l : labels) {
      Person p = people.get(l);
      if (p != null && p.countsOn(date)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Gazetteer leader ids of a person on a date: a role in the country then, and the surname. */
  public Set<String> leaderIds(Person p, LocalDate date) {
    return leaderIdsCache.computeIfAbsent(p.label() + "|" + date, k -> {
      String surname = NormalizedText.fold(p.surname());
      Set<String> out = new LinkedHashSet<>();
      for (Leader l : gazetteer.leaders().values()) {
        String name = NormalizedText.fold(l.name());
        String sn = l.surname() == null ? "" : NormalizedText.fold(l.surname());
        boolean named = (" " + name + " ").contains(" " + surname + " ")
            || (!sn.isEmpty() && (sn.equals(surname) || (" " + surname + " ").contains(" " + sn + " ")));
        if (!named) {
          continue;
        }
        for (LeaderRole r : gazetteer.rolesOf(l.id())) {
          if (r.countryId().equals(p.countryId()) && r.heldOn(date)) {
            out.add(l.id());
          }
        }
      }
      return out;
    });
  }

  /** All leader ids any PEOPLE label of the article stands for on its date. */
  public Set<String> leaderIdsOfLabels(List<String> labels, LocalDate date) {
    Set<String> out = new LinkedHashSet<>();
    for (Person p : leaders(labels, date)) {
      out.addAll(leaderIds(p, date));
    }
    return out;
  }

  private static LocalDate date(String[] row, int i) {
    return i < row.length && !row[i].isBlank() ? LocalDate.parse(row[i].trim()) : null;
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = ReutersLabels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      List<String[]> out = new ArrayList<>();
      boolean header = true;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        out.add(cells);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage());
    }
  }
}
