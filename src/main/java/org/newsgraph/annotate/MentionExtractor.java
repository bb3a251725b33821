package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Leader;

/**
 * Turns an article into resolved mentions: matches aliases, then applies the resolution rules.
 * <ul>
 *   <li>Full names of leaders, country names, abbreviations, demonyms, capitals, seats of power and
 *       topic phrases count as found.</li>
 *   <li>A bare surname ("Putin", "Mr. Xi") resolves to the leader of that surname named in full
 *       earlier in the article (method {@code coreference}); without one it counts only if the
 *       gazetteer marks the surname unambiguous and exactly one such leader was in office on the
 *       article's date (any date when undated) (method {@code surname}).</li>
 *   <li>Ambiguous aliases (Georgia, Jordan, Chad, "Congo", "Korea" ...) count only when the article
 *       names the same country unambiguously elsewhere, or a leader of that country.</li>
 * </ul>
 * The title is read before the text and shares the article's context. Plain Java, no Spark.
 */
public final class MentionExtractor {
  private final Gazetteer gazetteer;
  private final AliasMatcher matcher;
  private final int snippetChars;

  public MentionExtractor(Gazetteer gazetteer, int snippetChars) {
    this.gazetteer = gazetteer;
    this.matcher = new AliasMatcher(gazetteer.aliases());
    this.snippetChars = snippetChars;
  }

  public List<Mention> extract(String title, String text, LocalDate date) {
    List<FieldCandidates> fields = new ArrayList<>(2);
    if (title != null && !title.isBlank()) {
      fields.add(new FieldCandidates("title", title, matcher.find(title)));
    }
    if (text != null && !text.isBlank()) {
      fields.add(new FieldCandidates("text", text, matcher.find(text)));
    }
    Set<String> support = unambiguousSupport(fields, date);
    List<Mention> out = new ArrayList<>();
    Map<String, String> antecedents = new HashMap<>(); // folded surname -> leader id named in full
    for (FieldCandidates f : fields) {
      int[] sentences = SentenceSplitter.sentenceStarts(f.text());
      for (AliasMatcher.Candidate c : f.candidates()) {
        Resolved r = resolve(c, date, support, antecedents);
        if (r == null) {
          continue;
        }
        String type = EntityIds.typeOf(r.entityId());
        String countryOf = null;
        Boolean inOffice = null;
        if (type.equals(EntityIds.LEADER)) {
          String leaderId = r.entityId().substring(EntityIds.LEADER.length() + 1);
          String country = gazetteer.countryOf(leaderId, date);
          countryOf = country == null ? null : EntityIds.country(country);
          inOffice = date == null ? null : gazetteer.inOffice(leaderId, date);
        }
        out.add(new Mention(f.field(), SentenceSplitter.sentenceIndex(sentences, c.start()),
            c.start(), c.end(), c.surface(), snippet(f.text(), c.start(), c.end()), r.entityId(),
            type, gazetteer.nameOf(r.entityId()), r.method(), countryOf, inOffice));
      }
    }
    return out;
  }

  private record FieldCandidates(String field, String text, List<AliasMatcher.Candidate> candidates) {
  }

  private record Resolved(String entityId, String method) {
  }

  /** Entities the article names without ambiguity: they license ambiguous aliases. */
  private Set<String> unambiguousSupport(List<FieldCandidates> fields, LocalDate date) {
    Set<String> support = new HashSet<>();
    for (FieldCandidates f : fields) {
      for (AliasMatcher.Candidate c : f.candidates()) {
        Set<String> entities = new LinkedHashSet<>();
        boolean ambiguous = false;
        for (Alias a : c.aliases()) {
          if (a.method().equals("surname")) {
            continue;
          }
          entities.add(a.entityId());
          ambiguous |= a.ambiguous();
        }
        if (entities.size() != 1 || ambiguous) {
          continue;
        }
        String entity = entities.iterator().next();
        support.add(entity);
        if (EntityIds.typeOf(entity).equals(EntityIds.LEADER)) {
          String country = gazetteer.countryOf(entity.substring(EntityIds.LEADER.length() + 1), date);
          if (country != null) {
            support.add(EntityIds.country(country));
          }
        }
      }
    }
    return support;
  }

  private Resolved resolve(AliasMatcher.Candidate c, LocalDate date, Set<String> support,
                           Map<String, String> antecedents) {
    List<Alias> surnames = new ArrayList<>();
    List<Alias> sure = new ArrayList<>();
    List<Alias> ambiguous = new ArrayList<>();
    for (Alias a : c.aliases()) {
      if (a.method().equals("surname")) {
        surnames.add(a);
      } else if (a.ambiguous()) {
        ambiguous.add(a);
      } else {
        sure.add(a);
      }
    }
    Set<String> sureEntities = new LinkedHashSet<>();
    sure.forEach(a -> sureEntities.add(a.entityId()));
    if (sureEntities.size() == 1) {
      Alias a = sure.get(0);
      if (EntityIds.typeOf(a.entityId()).equals(EntityIds.LEADER)) {
        Leader l = gazetteer.leaders().get(a.entityId().substring(EntityIds.LEADER.length() + 1));
        if (l != null && l.surname() != null && !l.surname().isBlank()) {
          antecedents.put(NormalizedText.fold(l.surname()), a.entityId());
        }
      }
      return new Resolved(a.entityId(), a.method());
    }
    List<Alias> contextual = new ArrayList<>(ambiguous);
    if (sureEntities.size() > 1) {
      contextual.addAll(sure); // the same alias names several entities: context decides
    }
    for (Alias a : contextual) {
      if (support.contains(a.entityId())) {
        return new Resolved(a.entityId(), a.method());
      }
    }
    if (!surnames.isEmpty()) {
      return resolveSurname(surnames, date, antecedents);
    }
    return null;
  }

  private Resolved resolveSurname(List<Alias> surnames, LocalDate date, Map<String, String> antecedents) {
    String named = antecedents.get(NormalizedText.fold(surnames.get(0).text()));
    if (named != null) {
      return new Resolved(named, "coreference");
    }
    String only = null;
    for (Alias a : surnames) {
      String leaderId = a.entityId().substring(EntityIds.LEADER.length() + 1);
      Leader l = gazetteer.leaders().get(leaderId);
      if (l == null || !l.surnameUnambiguous()) {
        return null; // a surname shared with a leader whose surname is ambiguous: never guess
      }
      boolean plausible = date == null ? !gazetteer.rolesOf(leaderId).isEmpty()
          : gazetteer.inOffice(leaderId, date);
      if (plausible) {
        if (only != null) {
          return null;
        }
        only = a.entityId();
      }
    }
    return only == null ? null : new Resolved(only, "surname");
  }

  private String snippet(String text, int start, int end) {
    int from = Math.max(0, start - snippetChars);
    int to = Math.min(text.length(), end + snippetChars);
    while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    String s = text.substring(from, to).replaceAll("\\s+", " ").trim();
    return (from > 0 ? "\u2026" : "") + s + (to < text.length() ? "\u2026" : "");
  }
}
