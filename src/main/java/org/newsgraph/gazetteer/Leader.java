package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.List;

/**
 * A head of state or government (or another official a user adds). {@code id} is the Wikidata id.
 * {@code surnameUnambiguous} says whether the bare surname may stand for this person without an
 * antecedent in the article.
 */
public record Leader(String id, String name, String surname, List<String> aliases,
                     boolean surnameUnambiguous) implements Serializable {

  public String entityId() {
    return EntityIds.leader(id);
  }
}
