package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A country, territory or historical state. {@code id} is ISO 3166-1 alpha-3 (3166-3 for dissolved states). */
public record Country(String id, String wikidataId, String name, String officialName, String kind,
                      LocalDate validFrom, LocalDate validTo, List<String> successorIds)
    implements Serializable {

  public String entityId() {
    return EntityIds.country(id);
  }
}
