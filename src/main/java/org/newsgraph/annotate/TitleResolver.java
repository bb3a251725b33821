package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.LeaderRole;

/**
 * Title + country + date -> the person who held the office: "the Russian president" on 2023-09-13
 * is Vladimir Putin. An office is a list of {@code leader_roles.tsv} office codes tried in order
 * (see {@code office_titles.tsv}); the first with a holder on the date decides, and it must have
 * exactly one. Without a date a title resolves only if one person held the office over the whole
 * range the gazetteer knows. Plain Java, no Spark.
 */
public final class TitleResolver {
  /** What a title resolved to: a leader id, or unresolved (kept, not guessed), or nothing known. */
  public record Result(String leaderId, boolean unresolved) {
    static final Result NOTHING = new Result(null, false);
    static final Result UNRESOLVED = new Result(null, true);
  }

  /**
   * Offices that make their holder the leader of a country whatever the other offices (after the
   * role {@code de_facto_leader}, which decides first).
   */
  static final List<String> DE_FACTO = List.of("supreme_leader", "paramount_leader",
      "general_secretary", "first_secretary", "party_chairman");
  /** Offices not meant by a bare "leader" unless their holder holds every office. */
  static final Set<String> MONARCHS = Set.of("king", "queen", "emperor", "monarch", "emir", "sultan",
      "governor_general");

  private final Map<String, List<LeaderRole>> rolesByCountry = new HashMap<>();

  public TitleResolver(Gazetteer gazetteer) {
    for (String leaderId : gazetteer.leaders().keySet()) {
      for (LeaderRole r : gazetteer.rolesOf(leaderId)) {
        rolesByCountry.computeIfAbsent(r.countryId(), k -> new ArrayList<>()).add(r);
      }
    }
  }

  /**
   * @param countryId gazetteer country id (RUS)
   * @param offices   office codes in order, {@code role:head_of_state}, or {@code *} for "leader"
   * @param date      the article's date, or null
   */
  public Result resolve(String countryId, List<String> offices, LocalDate date) {
    List<LeaderRole> roles = rolesByCountry.getOrDefault(countryId, List.of());
    if (offices.contains("*")) {
      return leaderOf(roles, date);
    }
    boolean known = false;
    for (String office : offices) {
      Set<String> holders = holders(roles, office, date);
      known |= !holders(roles, office, null).isEmpty();
      if (holders.size() == 1) {
        return new Result(holders.iterator().next(), false);
      }
      if (holders.size() > 1) {
        return Result.UNRESOLVED;
      }
    }
    return known ? Result.UNRESOLVED : Result.NOTHING;
  }

  private Result leaderOf(List<LeaderRole> roles, LocalDate date) {
    if (roles.isEmpty()) {
      return Result.NOTHING;
    }
    Set<String> deFacto = holders(roles, "role:de_facto_leader", date);
    if (deFacto.size() == 1) {
      return new Result(deFacto.iterator().next(), false);
    }
    for (String office : DE_FACTO) {
      Set<String> holders = holders(roles, office, date);
      if (holders.size() == 1) {
        return new Result(holders.iterator().next(), false);
      }
    }
    Set<String> persons = new LinkedHashSet<>();
    for (LeaderRole r : roles) {
      if (!MONARCHS.contains(r.office()) && (date == null || r.heldOn(date))) {
        persons.add(r.leaderId());
      }
    }
    return persons.size() == 1 ? new Result(persons.iterator().next(), false) : Result.UNRESOLVED;
  }

  /** Leaders holding {@code office} on {@code date} (any time when null). */
  private static Set<String> holders(List<LeaderRole> roles, String office, LocalDate date) {
    Set<String> out = new LinkedHashSet<>();
    boolean byRole = office.startsWith("role:");
    String wanted = byRole ? office.substring(5) : office;
    for (LeaderRole r : roles) {
      String have = byRole ? r.role() : r.office();
      if (wanted.equals(have) && (date == null || r.heldOn(date))) {
        out.add(r.leaderId());
      }
    }
    return out;
  }
}
