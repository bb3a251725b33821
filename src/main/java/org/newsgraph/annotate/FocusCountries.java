package org.newsgraph.annotate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.EntityIds;

/**
 * The countries an article is about, as opposed to those it names in passing: a country mentioned
 * in the title, in the dateline, in the text's first sentence, or at least twice in the text.
 * Wire archives label this (Reuters-21578 PLACES: "the entity was required to be a focus of the
 * news story"); the mentions table keeps every mention. Plain Java, no Spark.
 */
public final class FocusCountries {
  /** Mentions a country needs in the text, outside the title and the lead, to be a focus. */
  public static final int MIN_TEXT_MENTIONS = 2;

  private FocusCountries() {
  }

  public static Set<String> of(List<Mention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Integer> inText = new HashMap<>();
    for (Mention m : mentions) {
      if (!m.entityType().equals(EntityIds.COUNTRY)) {
        continue;
      }
      if (m.field().equals("title") || m.method().equals("dateline") || m.sentenceIndex() == 0) {
        out.add(m.entityId());
      }
      if (inText.merge(m.entityId(), 1, Integer::sum) >= MIN_TEXT_MENTIONS) {
        out.add(m.entityId());
      }
    }
    return out;
  }
}
