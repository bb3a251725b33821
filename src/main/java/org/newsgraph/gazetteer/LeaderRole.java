package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;

/** One dated office: {@code to} is null while the person still holds it. Both ends are inclusive. */
public record LeaderRole(String leaderId, String countryId, String office, String role,
                         LocalDate from, LocalDate to) implements Serializable {

  public boolean heldOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}
