package org.newsgraph.annotate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.EntityIds;

/**
 * The countries an article is about, as opposed to those it names in passing: a country mentioned
 * in the title or the dateline, or at least {@link #MIN_MENTIONS} times in the article.
 * Wire archives label this (Reuters-21578 PLACES: "the entity was required to be a focus of the
 * news story"); the mentions table keeps every mention. Plain Java, no Spark.
 */
public final class FocusCountries {
  /**
   * Mentions a country needs to be a focus when neither the title nor the dateline names it. Chosen
   * on Reuters-21578 (docs/evaluation.md: 2 -> F1 0.889, 3 -> 0.901, 5 -> 0.902).
   */
  public static final int MIN_MENTIONS = 3;

  private FocusCountries() {
  }

  public static Set<String> of(List<Mention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : mentions) {
      if (!m.entityType().equals(EntityIds.COUNTRY)) {
        continue;
      }
      if (m.field().equals("title") || m.method().equals("dateline")) {
        out.add(m.entityId());
      }
      if (counts.merge(m.entityId(), 1, Integer::sum) >= MIN_MENTIONS) {
        out.add(m.entityId());
      }
    }
    return out;
  }
}
