package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What newsgraph knows about the world: countries, leaders with dated roles, topics, and every
 * alias that names one of them. Immutable and serialisable, so it can be broadcast.
 */
public final class Gazetteer implements Serializable {
  private final Map<String, Country> countries;
  private final Map<String, Leader> leaders;
  private final Map<String, List<LeaderRole>> rolesByLeader;
  private final Map<String, Topic> topics;
  private final List<Alias> aliases;
  private final String version;

  public Gazetteer(Map<String, Country> countries, Map<String, Leader> leaders,
                   List<LeaderRole> roles, Map<String, Topic> topics, List<Alias> countryAliases,
                   String version) {
    this(countries, leaders, roles, topics, null, countryAliases, version);
  }

  /** With {@code builtAliases} null, the aliases are built from {@code countryAliases} and the entities. */
  private Gazetteer(Map<String, Country> countries, Map<String, Leader> leaders, List<LeaderRole> roles,
                    Map<String, Topic> topics, List<Alias> builtAliases, List<Alias> countryAliases,
                    String version) {
    this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
    this.leaders = Collections.unmodifiableMap(new LinkedHashMap<>(leaders));
    this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    this.version = version;
    Map<String, List<LeaderRole>> byLeader = new LinkedHashMap<>();
    for (LeaderRole r : roles) {
      byLeader.computeIfAbsent(r.leaderId(), k -> new ArrayList<>()).add(r);
    }
    this.rolesByLeader = Collections.unmodifiableMap(byLeader);
    this.aliases = Collections.unmodifiableList(builtAliases != null ? new ArrayList<>(builtAliases)
        : buildAliases(countryAliases));
  }

  /** A gazetteer read back by {@link CompactGazetteer}: its aliases as they were built, not rebuilt. */
  static Gazetteer restored(Map<String, Country> countries, Map<String, Leader> leaders, List<LeaderRole> roles,
                            Map<String, Topic> topics, List<Alias> aliases, String version) {
    return new Gazetteer(countries, leaders, roles, topics, aliases, null, version);
  }

  /** Serialised as {@link CompactGazetteer} (broadcasts write it on every run). */
  private Object writeReplace() {
    return new CompactGazetteer(this);
  }

  /** Refuses: a Gazetteer is read only through {@link CompactGazetteer}. */
  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("a Gazetteer is serialised as a CompactGazetteer");
  }

  private List<Alias> buildAliases(List<Alias> countryAliases) {
    Set<Alias> all = new LinkedHashSet<>(countryAliases);
    // A country's name is an alias unless the aliases file lists it itself (with its flags:
    // "Georgia" and "Chad" are case-sensitive and ambiguous there).
    Set<String> listed = new java.util.HashSet<>();
    countryAliases.forEach(a -> listed.add(a.entityId() + "|" + a.text().toLowerCase(java.util.Locale.ROOT)));
    for (Country c : countries.values()) {
      if (!listed.contains(c.entityId() + "|" + c.name().toLowerCase(java.util.Locale.ROOT))) {
        all.add(new Alias(c.entityId(), c.name(), "alias", false, false, false));
      }
    }
    for (Leader l : leaders.values()) {
      all.add(new Alias(l.entityId(), l.name(), "alias", false, false, false));
      for (String a : l.aliases()) {
        all.add(new Alias(l.entityId(), a, "alias", false, false, false));
      }
      if (l.surname() != null && !l.surname().isBlank()) {
        all.add(new Alias(l.entityId(), l.surname(), "surname", true, false, false));
      }
    }
    // spelling variants after every listed form, so a listed form always wins a tie
    for (Leader l : leaders.values()) {
      for (String v : NameVariants.of(l.name())) {
        all.add(new Alias(l.entityId(), v, "alias", false, false, false));
      }
      if (l.surname() != null && !l.surname().isBlank()) {
        for (String v : NameVariants.of(l.surname())) {
          all.add(new Alias(l.entityId(), v, "surname", true, false, false));
        }
      }
    }
    for (Topic t : topics.values()) {
      for (String p : t.phrases()) {
        boolean prefix = p.endsWith("*");
        String text = prefix ? p.substring(0, p.length() - 1) : p;
        all.add(new Alias(t.entityId(), text, "phrase", false, false, prefix));
      }
    }
    return new ArrayList<>(all);
  }

  public Map<String, Country> countries() {
    return countries;
  }

  public Map<String, Leader> leaders() {
    return leaders;
  }

  public Map<String, Topic> topics() {
    return topics;
  }

  public List<Alias> aliases() {
    return aliases;
  }

  /** A fingerprint of the data files this gazetteer was loaded from. */
  public String version() {
    return version;
  }

  /** Each leader's roles, leaders in the order their first role was given. */
  Map<String, List<LeaderRole>> rolesByLeader() {
    return rolesByLeader;
  }

  public List<LeaderRole> rolesOf(String leaderId) {
    return rolesByLeader.getOrDefault(leaderId, List.of());
  }

  /** Whether the leader held any office on {@code date}. */
  public boolean inOffice(String leaderId, LocalDate date) {
    return date != null && rolesOf(leaderId).stream().anyMatch(r -> r.heldOn(date));
  }

  /**
   * The country the leader led on {@code date}; when not in office that day (or undated), the
   * country of all their roles if they only ever led one; else null.
   */
  public String countryOf(String leaderId, LocalDate date) {
    List<LeaderRole> roles = rolesOf(leaderId);
    if (date != null) {
      for (LeaderRole r : roles) {
        if (r.heldOn(date)) {
          return r.countryId();
        }
      }
    }
    Set<String> ever = new LinkedHashSet<>();
    roles.forEach(r -> ever.add(r.countryId()));
    return ever.size() == 1 ? ever.iterator().next() : null;
  }

  /** The display name of any entity id, or null. */
  public String nameOf(String entityId) {
    String type = EntityIds.typeOf(entityId);
    String id = entityId.substring(type.length() + 1);
    return switch (type) {
      case EntityIds.COUNTRY -> countries.containsKey(id) ? countries.get(id).name() : null;
      case EntityIds.LEADER -> leaders.containsKey(id) ? leaders.get(id).name() : null;
      case EntityIds.TOPIC -> topics.containsKey(id) ? topics.get(id).name() : null;
      default -> null;
    };
  }
}
