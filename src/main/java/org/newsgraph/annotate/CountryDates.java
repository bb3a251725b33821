package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsgraph.gazetteer.Country;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;

/**
 * Countries as they were on the article's date. An alias that names several countries keeps those
 * that existed that day ("Moscow" in 1987 is the Soviet Union, in 2023 Russia; "Congo" in 1987 is
 * only the Republic of the Congo); when none of them existed, each is replaced by the historical
 * state it succeeded that existed then ("Russian" in 1987 -> the Soviet Union, "Prague" ->
 * Czechoslovakia). Undated articles keep every country. Plain Java, no Spark.
 */
public final class CountryDates {
  private final Gazetteer gazetteer;

  public CountryDates(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@code entityIds} of any type; only countries are dated, others pass through. */
  public Set<String> on(Set<String> entityIds, LocalDate date) {
    if (date == null) {
      return entityIds;
    }
    if (entityIds.size() == 1) { // the common case, without building new sets
      String e = entityIds.iterator().next();
      if (!EntityIds.typeOf(e).equals(EntityIds.COUNTRY) || existed(e, date)) {
        return entityIds;
      }
    }
    Set<String> valid = new LinkedHashSet<>();
    Set<String> other = new LinkedHashSet<>();
    for (String e : entityIds) {
      if (!EntityIds.typeOf(e).equals(EntityIds.COUNTRY)) {
        other.add(e);
      } else if (existed(e, date)) {
        valid.add(e);
      }
    }
    boolean anyCountry = entityIds.size() > other.size();
    if (!anyCountry || !valid.isEmpty()) {
      other.addAll(valid);
      return other;
    }
    for (String e : entityIds) {
      if (EntityIds.typeOf(e).equals(EntityIds.COUNTRY)) {
        String before = predecessor(e.substring(EntityIds.COUNTRY.length() + 1), date);
        other.add(before == null ? e : EntityIds.country(before));
      }
    }
    return other;
  }

  /** As {@link #on(Set, LocalDate)} for one entity id, whose answer is always exactly one id. */
  String on(String entityId, LocalDate date) {
    if (date == null || !EntityIds.typeOf(entityId).equals(EntityIds.COUNTRY) || existed(entityId, date)) {
      return entityId;
    }
    String before = predecessor(entityId.substring(EntityIds.COUNTRY.length() + 1), date);
    return before == null ? entityId : EntityIds.country(before);
  }

  private boolean existed(String entityId, LocalDate date) {
    Country c = gazetteer.countries().get(entityId.substring(EntityIds.COUNTRY.length() + 1));
    return c == null || ((c.validFrom() == null || !date.isBefore(c.validFrom()))
        && (c.validTo() == null || !date.isAfter(c.validTo())));
  }

  private String predecessor(String countryId, LocalDate date) {
    for (Country c : gazetteer.countries().values()) {
      if (c.successorIds() != null && c.successorIds().contains(countryId) && existed(c.entityId(), date)) {
        return c.id();
      }
    }
    return null;
  }
}
