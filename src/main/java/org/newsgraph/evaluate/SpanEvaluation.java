package org.newsgraph.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.CountryDates;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.MentionExtractor;
import org.newsgraph.annotate.NormalizedText;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.ResolutionData;

/**
 * The two scorers of gold sets written by others, one per kind of gold, over the mentions of the
 * same {@link MentionExtractor} the job runs (text field only: the gold spans are in the text).
 * <ul>
 *   <li>{@link #typed}: spans that carry a class but no referent (CoNLL-2003 PER/LOC/ORG/MISC,
 *       GeoWebNews toponym types). A country mention is right when it lands on a span of a class
 *       that names a place or a people; a leader mention (by name) when it lands on a person span.
 *       Recall counts the spans whose whole text is a country's name (or a leader's name, or the
 *       surname of the one leader of that surname in office on the day): the gold says the span is
 *       a place or a person, the gazetteer says which.</li>
 *   <li>{@link #linked}: spans that carry their referent (News-Fair Wikidata ids, GeoVirus
 *       Wikipedia pages mapped to countries). A mention is right when the span it lands on refers
 *       to the mention's entity.</li>
 * </ul>
 * A mention lands on the gold span it overlaps most. Plain Java, no Spark.
 */
public final class SpanEvaluation {
  private final Gazetteer gazetteer;
  private final MentionExtractor extractor;
  private final CountryDates countryDates;
  private final Map<String, Set<String>> countryNames = new HashMap<>(); // folded name -> country ids
  private final Map<String, Set<String>> countryWords = new HashMap<>(); // names and demonyms -> country ids
  private final Map<String, Set<String>> leaderNames = new HashMap<>(); // folded full name or alias -> leader ids
  private final Map<String, Set<String>> leaderSurnames = new HashMap<>();
  private final Map<String, String> countryByWikidata = new HashMap<>();
  private final Set<String> regions;

  public SpanEvaluation(Gazetteer gazetteer, ResolutionData data, MentionExtractor extractor) {
    this.gazetteer = gazetteer;
    this.extractor = extractor;
    this.countryDates = new CountryDates(gazetteer);
    this.regions = data.regionCountry().keySet();
    for (Alias a : gazetteer.aliases()) {
      String key = NormalizedText.fold(a.text());
      if (EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY)
          && (a.method().equals("alias") || a.method().equals("abbreviation"))) {
        countryNames.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.entityId());
        countryWords.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.entityId());
      } else if (EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY) && a.method().equals("demonym")) {
        countryWords.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.entityId());
      } else if (EntityIds.isOfType(a.entityId(), EntityIds.LEADER)) {
        (a.method().equals("surname") ? leaderSurnames : leaderNames)
            .computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.entityId());
      }
    }
    gazetteer.countries().values().forEach(c -> {
      if (c.wikidataId() != null && !c.wikidataId().isEmpty()) {
        countryByWikidata.put(c.wikidataId(), EntityIds.country(c.id()));
      }
    });
  }

  /**
   * Scores spans with classes. {@code placeLabels}: classes on which a country mention is right;
   * {@code personLabel}: the class of persons (null: leaders are not scored); {@code countryLabel}:
   * the class whose spans are the country recall's gold (null: no recall); {@code wrongLabels}:
   * classes on which a country mention is an error in any case (reported as a figure of its own).
   */
  public GoldScores typed(String gold, List<GoldArticle> articles, Set<String> placeLabels, String personLabel,
                          String countryLabel, Set<String> wrongLabels) {
    GoldScores s = new GoldScores(gold, articles.size());
    placeLabels = new java.util.TreeSet<>(placeLabels); // report order independent of the set's
    wrongLabels = new java.util.TreeSet<>(wrongLabels);
    s.figure("country_precision", "country mentions on a span of class " + String.join("/", placeLabels)
        + ", of all country mentions");
    if (countryLabel != null) {
      s.figure("country_recall", countryLabel + " spans whose whole text is a country's name, covered by a"
          + " mention of that country");
    }
    if (personLabel != null) {
      s.figure("leader_precision", "leader mentions by name (not by title) on a " + personLabel
          + " span, of all of them");
      s.figure("leader_recall", personLabel + " spans naming a leader in office on the day (full name or alias;"
          + " or the surname of the one such leader, when a place span of the gold names the leader's country),"
          + " covered by a mention of that leader");
      s.figure("leader_recall_loose", "the same without the country condition on surnames (it also counts"
          + " namesakes: a tennis player Fernandez, a Red Cross official Li), covered by a mention of that leader");
    }
    for (String w : wrongLabels) {
      s.figure("country_mentions_on_" + w.toLowerCase(java.util.Locale.ROOT),
          "country mentions on a " + w + " span, of all country mentions (should be 0)");
    }
    s.errorKind("wrong country mentions");
    s.errorKind("missed countries");
    if (personLabel != null) {
      s.errorKind("wrong leader mentions");
      s.errorKind("missed leaders");
    }
    for (GoldArticle a : articles) {
      List<Mention> ms = textMentions(a);
      Set<String> goldCountries = goldCountries(a, placeLabels);
      for (Mention m : ms) {
        GoldArticle.Span sp = a.spanAt(m.start(), m.end());
        String label = sp == null ? "no span" : sp.label();
        if (m.entityType().equals(EntityIds.COUNTRY)) {
          boolean right = sp != null && placeLabels.contains(sp.label());
          s.count("country_precision", right);
          s.tally("country mentions by the gold class of their span", label);
          for (String w : wrongLabels) {
            s.count("country_mentions_on_" + w.toLowerCase(java.util.Locale.ROOT), w.equals(label));
          }
          if (!right) {
            s.error("wrong country mentions", key(m) + " on " + label, a.id() + ": " + m.snippet());
          }
        } else if (personLabel != null && m.entityType().equals(EntityIds.LEADER) && !m.method().equals("title")) {
          boolean right = sp != null && sp.label().equals(personLabel);
          s.count("leader_precision", right);
          if (!right) {
            s.error("wrong leader mentions", key(m) + " on " + label, a.id() + ": " + m.snippet());
          }
        }
      }
      for (GoldArticle.Span sp : a.spans()) {
        String surface = a.text().substring(sp.start(), sp.end());
        if (countryLabel != null && sp.label().equals(countryLabel)) {
          Set<String> expected = expectedCountries(surface, a.date());
          if (!expected.isEmpty()) {
            boolean covered = covers(ms, sp, expected);
            s.count("country_recall", covered);
            if (!covered) {
              s.error("missed countries", surface + " -> " + names(expected) + found(ms, sp), context(a, sp));
            }
          }
        }
        if (personLabel != null && sp.label().equals(personLabel)) {
          String loose = expectedLeader(surface, a.date(), null);
          if (loose != null) {
            s.count("leader_recall_loose", covers(ms, sp, Set.of(loose)));
          }
          String leader = expectedLeader(surface, a.date(), goldCountries);
          if (leader != null) {
            boolean covered = covers(ms, sp, Set.of(leader));
            s.count("leader_recall", covered);
            if (!covered) {
              s.error("missed leaders", surface + " -> " + gazetteer.nameOf(leader) + found(ms, sp), context(a, sp));
            }
          }
        }
      }
    }
    return s;
  }

  /**
   * Scores spans with referents. {@code countryOfRef} maps a span's ref to a country entity id (null:
   * the ref is no place of a known country), {@code countryLevel} says whether the ref is a country
   * itself (the recall's gold). Leaders are scored when {@code leaders} (refs are Wikidata ids).
   * {@code personClass}: when not null, a country mention on a span whose class contains it (a
   * person) is wrong (News-Fair: Q215627, human).
   */
  public GoldScores linked(String gold, List<GoldArticle> articles, Map<String, String> countryOfRef,
                           Set<String> countryLevel, boolean leaders, String personClass) {
    GoldScores s = new GoldScores(gold, articles.size());
    s.figure("country_precision", "country mentions on a span whose referent is in that country, of the country"
        + " mentions on a span whose referent's country is known"
        + (personClass == null ? "" : " or whose referent is a person (always wrong; an organisation is not judged:"
        + " the gold does not tell a ministry, rightly the country, from a club)"));
    s.figure("country_recall", "spans whose referent is a country, covered by a mention of that country");
    s.figure("country_mentions_on_no_span", "country mentions on no gold span, of all country mentions in the"
        + " labelled part (demonyms and adjectives are often not spans)");
    if (leaders) {
      s.figure("leader_precision", "leader mentions in the labelled part on a span of that person, of all of them");
      s.figure("leader_recall", "name spans (not coreference) of a person the gazetteer holds as a leader,"
          + " covered by a mention of that leader");
      s.figure("leader_title_recall", "coreference spans of a leader that begin with \"the\" (\"the president\"),"
          + " covered by a mention of that leader");
    }
    s.errorKind("wrong country mentions");
    s.errorKind("missed countries");
    if (leaders) {
      s.errorKind("wrong leader mentions");
      s.errorKind("missed leaders");
    }
    for (GoldArticle a : articles) {
      List<Mention> ms = new ArrayList<>();
      for (Mention m : textMentions(a)) {
        if (a.inScope(m.start(), m.end())) {
          ms.add(m);
        }
      }
      for (Mention m : ms) {
        GoldArticle.Span sp = a.spanAt(m.start(), m.end());
        if (m.entityType().equals(EntityIds.COUNTRY)) {
          s.count("country_mentions_on_no_span", sp == null);
          String country = sp == null ? null : countryOfRef.get(sp.ref());
          if (country != null) {
            boolean right = country.equals(m.entityId());
            s.count("country_precision", right);
            if (!right) {
              s.error("wrong country mentions", key(m) + " on " + sp.ref() + " (" + gazetteer.nameOf(country) + ")",
                  a.id() + ": " + m.snippet());
            }
          } else if (sp != null && personClass != null && sp.label().contains(personClass)) {
            s.count("country_precision", false); // a country mention on a person
            s.error("wrong country mentions", key(m) + " on " + sp.ref() + " (class " + sp.label() + ")",
                a.id() + ": " + m.snippet());
          }
        } else if (leaders && m.entityType().equals(EntityIds.LEADER)) {
          String leaderId = m.entityId().substring(EntityIds.LEADER.length() + 1);
          boolean right = sp != null && leaderId.equals(sp.ref());
          s.count("leader_precision", right);
          if (!right) {
            s.error("wrong leader mentions", key(m) + " on " + (sp == null ? "no span" : sp.ref()), a.id() + ": " + m.snippet());
          }
        }
      }
      for (GoldArticle.Span sp : a.spans()) {
        String surface = a.text().substring(sp.start(), sp.end());
        String country = countryOfRef.get(sp.ref());
        if (country != null && countryLevel.contains(sp.ref()) && !sp.coref()) {
          boolean covered = covers(ms, sp, Set.of(country));
          s.count("country_recall", covered);
          if (!covered) {
            s.error("missed countries", surface + " -> " + gazetteer.nameOf(country) + found(ms, sp), context(a, sp));
          }
        }
        if (leaders && sp.ref() != null && gazetteer.leaders().containsKey(sp.ref())) {
          String leader = EntityIds.leader(sp.ref());
          boolean covered = covers(ms, sp, Set.of(leader));
          if (!sp.coref()) {
            s.count("leader_recall", covered);
          } else if (NormalizedText.fold(surface).startsWith("the ")) {
            s.count("leader_title_recall", covered);
          } else {
            continue; // "he", "his": pronouns are not the job's to resolve
          }
          if (!covered) {
            s.error("missed leaders", (sp.coref() ? "(coreference) " : "") + surface + " -> "
                + gazetteer.nameOf(leader) + found(ms, sp), context(a, sp));
          }
        }
      }
    }
    return s;
  }

  /** The country entity of a Wikidata id, or null. */
  public String countryOfWikidata(String qid) {
    return countryByWikidata.get(qid);
  }

  private List<Mention> textMentions(GoldArticle a) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : extractor.extract(a.title(), a.text(), a.date())) {
      if (m.field().equals("text")) {
        out.add(m);
      }
    }
    return out;
  }

  private Set<String> expectedCountries(String surface, LocalDate date) {
    String key = NormalizedText.fold(surface);
    Set<String> named = countryNames.get(key);
    if (named == null || regions.contains(ResolutionData.fold(surface))) {
      return Set.of(); // not a country's name, or also a US state or Canadian province (Georgia)
    }
    return countryDates.on(named, date);
  }

  /** The countries the gold's place spans name (by name, abbreviation or demonym), dated. */
  private Set<String> goldCountries(GoldArticle a, Set<String> placeLabels) {
    Set<String> out = new HashSet<>();
    for (GoldArticle.Span sp : a.spans()) {
      if (placeLabels.contains(sp.label())) {
        Set<String> named = countryWords.get(NormalizedText.fold(a.text().substring(sp.start(), sp.end())));
        if (named != null) {
          out.addAll(countryDates.on(named, a.date()));
        }
      }
    }
    return out;
  }

  /**
   * The leader a person span names: by full name or alias, the one such leader in office on the
   * day; by surname alone, the one leader of that surname in office whose country one of the
   * gold's place spans names ("Ramos" in a story that names the Philippines; not "Fernandez" in a
   * tennis report, nor "Li" of the Red Cross in a story about Korea). {@code goldCountries} null:
   * no country condition.
   */
  private String expectedLeader(String surface, LocalDate date, Set<String> goldCountries) {
    String key = NormalizedText.fold(surface);
    Set<String> inOffice = new HashSet<>();
    for (String id : leaderNames.getOrDefault(key, Set.of())) {
      if (date == null || gazetteer.inOffice(id.substring(EntityIds.LEADER.length() + 1), date)) {
        inOffice.add(id);
      }
    }
    if (inOffice.isEmpty() && date != null) {
      for (String id : leaderSurnames.getOrDefault(key, Set.of())) {
        String leaderId = id.substring(EntityIds.LEADER.length() + 1);
        String country = gazetteer.countryOf(leaderId, date);
        if (gazetteer.inOffice(leaderId, date) && (goldCountries == null
            || country != null && goldCountries.contains(EntityIds.country(country)))) {
          inOffice.add(id);
        }
      }
    }
    return inOffice.size() == 1 ? inOffice.iterator().next() : null;
  }

  private static boolean covers(List<Mention> ms, GoldArticle.Span sp, Set<String> entities) {
    for (Mention m : ms) {
      if (sp.overlaps(m.start(), m.end()) && entities.contains(m.entityId())) {
        return true;
      }
    }
    return false;
  }

  /** What the job found on the span instead, for the error listing. */
  private String found(List<Mention> ms, GoldArticle.Span sp) {
    for (Mention m : ms) {
      if (sp.overlaps(m.start(), m.end())) {
        return " (found " + m.entityName() + " by " + m.method() + ")";
      }
    }
    return "";
  }

  /** The span in its line, for the error listing under target/ (quotes the article). */
  private static String context(GoldArticle a, GoldArticle.Span sp) {
    int from = Math.max(0, sp.start() - 60);
    int to = Math.min(a.text().length(), sp.end() + 60);
    return a.id() + ": " + a.text().substring(from, sp.start()).replaceAll("\\s+", " ") + "[["
        + a.text().substring(sp.start(), sp.end()) + "]]" + a.text().substring(sp.end(), to).replaceAll("\\s+", " ");
  }

  private String names(Set<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(gazetteer.nameOf(id)));
    return String.join("|", out);
  }

  private static String key(Mention m) {
    return m.surface().replaceAll("\\s+", " ") + " -> " + m.entityName() + " (" + m.method() + ")";
  }
}
