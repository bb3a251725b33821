package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.List;

/** A taxonomy topic with the phrases that signal it (a trailing {@code *} lets the last word continue). */
public record Topic(String id, String name, List<String> phrases) implements Serializable {

  public String entityId() {
    return EntityIds.topic(id);
  }
}
