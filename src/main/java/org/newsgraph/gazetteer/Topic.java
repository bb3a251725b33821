package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.List;

/**
 * A taxonomy topic with the phrases that signal it (a trailing {@code *} lets the last word
 * continue) and its further cues with their weights ({@link TopicCue}).
 */
public record Topic(String id, String name, List<String> phrases, List<TopicCue> cues) implements Serializable {

  public Topic(String id, String name, List<String> phrases) {
    this(id, name, phrases, List.of());
  }

  public String entityId() {
    return EntityIds.topic(id);
  }
}
