package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Leader;
import org.newsgraph.gazetteer.ResolutionData;
import org.newsgraph.text.Dateline;
import org.newsgraph.text.SentenceSplitter;

/**
 * Turns an article into resolved mentions: matches aliases, then applies the resolution rules.
 * <ul>
 *   <li>Full names of leaders, country names, abbreviations, demonyms, capitals, seats of power,
 *       cities and topic phrases count as found. A name that several countries had resolves to the
 *       one that existed on the article's date ({@link CountryDates}).</li>
 *   <li>Dateline: "NEW YORK, March 3 -" at the head of the text (or of its second or third line,
 *       after a headline) names the country of the place
 *       (method {@code dateline}); a region after the city ("Conn.", "Alberta") decides for it.</li>
 *   <li>Title + date: "the Russian president", "President of Russia", "Russia's premier",
 *       "North Korean leader" resolve to whoever held the office on the date (method
 *       {@code title}, see {@link TitleResolver}); a title that cannot be resolved (several
 *       possible holders, an undated article) is kept as a mention of entity type {@code title}
 *       and id {@code title:<country>:<title>}, never guessed. "former", "vice", "deputy" ...
 *       before the title, or a name right after it ("Soviet leader Mikhail Gorbachev"), yield no
 *       title mention.</li>
 *   <li>A bare surname ("Putin", "Mr. Xi") resolves to the leader of that surname named in full
 *       earlier in the article (method {@code coreference}); without one it counts only if exactly
 *       one leader of that surname held office on the date and the gazetteer marks the surname
 *       unambiguous, or a title right before it picks exactly one ("President Chun"), or, for a
 *       surname marked ambiguous, the article names that leader's country and no other person of
 *       that surname, and the surname stands alone ({@link #surnameInContext}) (method
 *       {@code surname}). Spelling variants of names count as the names ({@code NameVariants}).</li>
 *   <li>A title with no country next to it ("the Prime Minister", "his President") names the
 *       holder in the country the article is about: its dateline's, else the one it names most
 *       (twice or more, more than any other).</li>
 *   <li>A place inside a longer name is no mention: teams in results and fixtures, "Real Madrid",
 *       "British Airways", "Bank of Japan" ({@code name_words.tsv}); a city followed by a US state
 *       or Canadian province is in that country ("Paris, Texas"); a singular country name with a
 *       plural verb at a sentence start is a team or company ("Iceland have announced").</li>
 *   <li>An ambiguous capital or seat used for its government ("warnings from Washington",
 *       "Whitehall said") is the country without other support.</li>
 *   <li>Ambiguous aliases (Georgia, Jordan, Chad, Turkey, Niger, "Congo", "Korea", Washington ...)
 *       are refused in a name-like context ("Michael Jordan", "Georgia Power", "Atlanta, Georgia",
 *       "Washington state") and otherwise count only when the article names the same country
 *       unambiguously elsewhere (or a leader of it, or its dateline).</li>
 *   <li>Context phrases hide a country inside a longer name ("New Mexico", "Indian Ocean").</li>
 *   <li>A field written in capitals (a wire headline) is matched without the case check.</li>
 *   <li>Leaders imply their country only in {@link Mention#countryOf()}, never as a country mention.</li>
 * </ul>
 * The title is read before the text and shares the article's context. Plain Java, no Spark.
 * Immutable after construction (no per-article state in fields), so {@link MentionStages} shares
 * one instance between the tasks of an executor JVM.
 */
public final class MentionExtractor {
  /** Rules that can be switched off, to measure what each contributes (see the evaluation). */
  public enum Rule { DATELINE, TITLE, CONTEXT, DATED_COUNTRIES, CAPITALS_HEADLINE }

  private static final Set<String> TITLE_MODIFIERS = Set.of("former", "ex", "late", "then",
      "future", "next", "vice", "deputy", "acting", "incoming", "outgoing", "assistant", "would be",
      "provincial", "state", "regional", "opposition", "party", "union", "rebel", "bank", "company");
  private static final Set<String> NOT_A_FIRST_NAME = Set.of("the", "in", "on", "at", "from", "to",
      "for", "and", "but", "of", "by", "with", "into", "neighbouring", "neighboring", "northern",
      "southern", "eastern", "western", "central", "north", "south", "east", "west", "both", "across",
      "within", "between", "against", "about", "including", "like", "unlike", "while", "only",
      "even", "also", "then", "now", "if", "as", "since", "under", "over", "after", "before",
      "visit", "visiting", "leave", "leaving", "tour", "said", "says", "a", "an", "that", "this",
      "when", "where", "why", "how", "so", "or", "nor", "yet", "all", "which");
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:['\u2019]s)?\\s+");
  private static final Pattern OF_GAP = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_GAP = Pattern.compile("[\\s,]+");
  private static final Pattern TICKER_LEAD = Pattern.compile("(?s).*(?:NYSE|Nasdaq|NASDAQ|AMEX|TSX|LSE):\\s*$");
  private static final Pattern AFTER_LOWER_CASE_WORD = Pattern.compile("(?s).*\\b[a-z]+,? $");
  private static final Pattern CAPITALISED_WORD_AFTER = Pattern.compile("(?s) [A-Z][a-z].*");
  private static final Pattern DAY_MONTH_OR_AGENCY_AFTER = Pattern.compile("(?s) (?:"
      + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
      + "|June|July|August|September|October|November|December|Reuters)\\b.*");
  private static final Pattern STATE_AFTER = Pattern.compile("(?s) state\\b.*");
  private static final Pattern NAME_BEFORE = Pattern.compile("([A-Z][a-z]+)(,?) $");
  private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?s).*[.!?\"]\\s*$");
  /** At the start of a region: as {@code matches("(?s)\\s[A-Z][a-z].*")} of the rest of the text. */
  private static final Pattern CAPITALISED_WORD_NEXT = Pattern.compile("\\s[A-Z][a-z]");

  private final Gazetteer gazetteer;
  private final AliasMatcher matcher;
  private final ResolutionData data;
  private final TitleResolver titles;
  private final CountryDates countryDates;
  private final Map<String, Set<String>> placeCountries = new HashMap<>();
  private final Map<String, String> names = new HashMap<>(); // entity id -> Gazetteer.nameOf
  private final Map<String, ResolutionData.NameWord> nameWords = new HashMap<>(); // lower case word -> kind
  private final Map<String, List<String>> surnameKeys = new HashMap<>(); // leader id -> folded surname forms
  private final Set<Rule> rules;
  private final TopicCues topicCues;
  private final int snippetChars;

  public MentionExtractor(Gazetteer gazetteer, int snippetChars) {
    this(gazetteer, ResolutionData.loadBundled(), snippetChars, EnumSet.allOf(Rule.class));
  }

  public MentionExtractor(Gazetteer gazetteer, ResolutionData data, int snippetChars, Set<Rule> rules) {
    this.gazetteer = gazetteer;
    this.data = data;
    this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    this.matcher = new AliasMatcher(matcherAliases(gazetteer, data, this.rules));
    this.titles = new TitleResolver(gazetteer);
    this.countryDates = new CountryDates(gazetteer);
    this.topicCues = new TopicCues(gazetteer);
    this.snippetChars = snippetChars;
    List<String> ids = new ArrayList<>();
    gazetteer.countries().keySet().forEach(id -> ids.add(EntityIds.country(id)));
    gazetteer.leaders().keySet().forEach(id -> ids.add(EntityIds.leader(id)));
    gazetteer.topics().keySet().forEach(id -> ids.add(EntityIds.topic(id)));
    ids.forEach(id -> names.put(id, gazetteer.nameOf(id)));
    for (Alias a : gazetteer.aliases()) {
      if (EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY)
          && Set.of("alias", "capital", "city", "seat", "abbreviation").contains(a.method())) {
        placeCountries.computeIfAbsent(NormalizedText.fold(a.text()), k -> new LinkedHashSet<>())
            .add(a.entityId());
      }
    }
    for (Alias a : data.contextPhrases()) {
      if (EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY)) {
        placeCountries.computeIfAbsent(NormalizedText.fold(a.text()), k -> new LinkedHashSet<>())
            .add(a.entityId());
      }
    }
    for (Alias a : gazetteer.aliases()) {
      if (a.method().equals("surname")) {
        surnameKeys.computeIfAbsent(a.entityId(), k -> new ArrayList<>()).add(NormalizedText.fold(a.text()));
      }
    }
    for (Map.Entry<String, ResolutionData.NameWord> w : data.nameWords().entrySet()) {
      nameWords.put(w.getKey().toLowerCase(Locale.ROOT), w.getValue());
    }
  }

  /**
   * The matcher's aliases: the gazetteer's, the title phrases, the context phrases, and the
   * multi-word US states and Canadian provinces that are no country's name as phrases naming
   * nothing, so "British Columbia" and "New Brunswick" hide "British" and "Brunswick".
   */
  private static List<Alias> matcherAliases(Gazetteer gazetteer, ResolutionData data, Set<Rule> rules) {
    List<Alias> all = new ArrayList<>(gazetteer.aliases());
    if (rules.contains(Rule.TITLE)) {
      all.addAll(data.titleAliases());
    }
    if (rules.contains(Rule.CONTEXT)) {
      all.addAll(data.contextPhrases());
      Set<String> named = new HashSet<>();
      for (Alias a : gazetteer.aliases()) {
        named.add(NormalizedText.fold(a.text()));
      }
      for (Alias a : data.contextPhrases()) {
        named.add(NormalizedText.fold(a.text()));
      }
      for (String region : new java.util.TreeSet<>(data.regionCountry().keySet())) { // folded: any case
        if (region.indexOf(' ') > 0 && !region.contains(".") && !named.contains(NormalizedText.fold(region))) {
          all.add(new Alias(ResolutionData.NONE + ":" + region, region, "alias", false, false, false));
        }
      }
    }
    return all;
  }

  public List<Mention> extract(String title, String text, LocalDate date) {
    List<FieldCandidates> fields = new ArrayList<>(2);
    if (title != null && !title.isBlank()) {
      fields.add(field("title", title));
    }
    Dateline dateline = null;
    if (text != null && !text.isBlank()) {
      fields.add(field("text", text));
      Dateline d = rules.contains(Rule.DATELINE) ? Dateline.parse(text) : null;
      dateline = d != null && d.hasPlace() ? d : null; // a dateline of a date alone names no place
    }
    Map<String, Integer> countryCounts = new HashMap<>();
    Set<String> support = unambiguousSupport(fields, date, countryCounts);
    String datelineCountry = dateline == null ? null : datelineCountry(dateline, date, support);
    if (datelineCountry != null) {
      support.add(datelineCountry);
    }
    String focus = datelineCountry != null ? datelineCountry : dominant(countryCounts);
    List<Mention> out = new ArrayList<>();
    Map<String, String> antecedents = new HashMap<>(); // folded surname -> leader id named in full
    for (FieldCandidates f : fields) {
      int[] sentences = SentenceSplitter.sentenceStarts(f.text());
      List<AliasMatcher.Candidate> cs = f.candidates();
      Resolved[] resolved = new Resolved[cs.size()];
      int skipFrom = 0; // the dateline's place and region yield the dateline mention only
      int skipTo = 0;
      if (f.field().equals("text") && dateline != null) {
        skipFrom = dateline.placeStart();
        skipTo = regionNamesCountry(dateline) ? dateline.placeEnd() : dateline.end();
        if (datelineCountry != null) {
          out.add(mention(f, sentences, dateline.placeStart(), dateline.placeEnd(), null,
              new Resolved(datelineCountry, "dateline"), date));
        }
      }
      for (int i = 0; i < cs.size(); i++) {
        if (outside(cs.get(i), skipFrom, skipTo) && !isTitle(cs.get(i))) {
          resolved[i] = resolve(f, i, date, support, antecedents, fields);
        }
      }
      for (int i = 0; i < cs.size(); i++) {
        if (outside(cs.get(i), skipFrom, skipTo) && isTitle(cs.get(i))) {
          TitleMention t = resolveTitle(f, i, resolved, date, focus);
          if (t != null) {
            out.add(mention(f, sentences, t.start(), t.end(), null, t.resolved(), date));
          }
        }
        if (resolved[i] != null) {
          AliasMatcher.Candidate c = cs.get(i);
          double weight = EntityIds.isOfType(resolved[i].entityId(), EntityIds.TOPIC)
              ? phraseWeight(c, resolved[i]) * shortTextScale(f, sentences) : 1.0;
          out.add(mention(f, sentences, c.start(), c.end(), c.surface(), resolved[i], date, weight));
        }
      }
      addTopicCues(f, sentences, out, date);
    }
    out.sort(java.util.Comparator.comparing((Mention m) -> m.field().equals("text"))
        .thenComparingInt(Mention::start));
    return out;
  }

  /** A topic mention's weight in a text of one or two sentences is scaled up: {@link ArticleEntities#shortTextScale}. */
  private static double shortTextScale(FieldCandidates f, int[] sentences) {
    return f.field().equals("text") ? ArticleEntities.shortTextScale(sentences.length) : 1.0;
  }

  private double phraseWeight(AliasMatcher.Candidate c, Resolved r) {
    for (Alias a : c.aliases()) {
      if (a.entityId().equals(r.entityId())) {
        return topicCues.phraseWeight(r.entityId(), a.text());
      }
    }
    return 1.0;
  }

  /**
   * The topic mentions of the stem, pair and meeting cues of one field ({@link TopicCues}); a cue
   * that overlaps a mention of its topic already found (by a phrase) is not counted twice.
   */
  private void addTopicCues(FieldCandidates f, int[] sentences, List<Mention> out, LocalDate date) {
    if (!topicCues.hasCues()) {
      return;
    }
    int[] states = new int[sentences.length];
    @SuppressWarnings("unchecked")
    Set<String>[] named = new Set[sentences.length]; // per sentence the states it names, made when needed
    List<Mention> topics = new ArrayList<>(); // the field's topic mentions, which a cue must not repeat
    for (Mention m : out) {
      if (!m.field().equals(f.field())) {
        continue;
      }
      String type = m.entityType();
      if (type.equals(EntityIds.TOPIC)) {
        topics.add(m);
        continue;
      }
      String state = type.equals(EntityIds.COUNTRY) ? m.entityId() : type.equals(EntityIds.LEADER) ? m.countryOf() : null;
      int k = m.sentenceIndex();
      if (state != null && k < named.length) {
        if (named[k] == null) {
          named[k] = new HashSet<>(4);
        }
        if (named[k].add(state)) {
          states[k]++;
        }
      }
    }
    for (TopicCues.Hit h : topicCues.find(f.cueWords(), sentences, states)) {
      boolean counted = false;
      for (Mention m : topics) {
        if (m.start() < h.end() && h.start() < m.end() && m.entityId().equals(h.entityId())) {
          counted = true;
          break;
        }
      }
      if (!counted) {
        Mention m = mention(f, sentences, h.start(), h.end(), null, new Resolved(h.entityId(), h.kind()), date,
            h.weight() * shortTextScale(f, sentences));
        out.add(m);
        topics.add(m);
      }
    }
  }

  private static boolean outside(AliasMatcher.Candidate c, int from, int to) {
    return c.start() < from || c.start() >= to;
  }

  private FieldCandidates field(String name, String text) {
    boolean capitals = writtenInCapitals(text);
    TopicCues.CueWords cueWords = topicCues.words();
    return new FieldCandidates(name, text, capitals,
        matcher.find(text, capitals && rules.contains(Rule.CAPITALS_HEADLINE), cueWords), cueWords);
  }

  /** A headline in capitals: at least 8 letters, at most one in ten lower case. */
  static boolean writtenInCapitals(String s) {
    int letters = 0;
    int lower = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z') {
          letters++;
          lower++;
          if (lower * 10 > letters + (n - i - 1)) {
            return false; // even if every character left were a capital
          }
        } else if (c >= 'A' && c <= 'Z') {
          letters++;
        }
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return letters >= 8 && lower * 10 <= letters;
  }

  /** {@code surface}: the text from start to end when at hand, else null. */
  private Mention mention(FieldCandidates f, int[] sentences, int start, int end, String surface,
                          Resolved r, LocalDate date) {
    return mention(f, sentences, start, end, surface, r, date, 1.0);
  }

  private Mention mention(FieldCandidates f, int[] sentences, int start, int end, String surface,
                          Resolved r, LocalDate date, double weight) {
    String type = EntityIds.typeOf(r.entityId());
    String countryOf = null;
    Boolean inOffice = null;
    String name;
    if (type.equals(EntityIds.LEADER)) {
      String leaderId = r.entityId().substring(EntityIds.LEADER.length() + 1);
      String country = gazetteer.countryOf(leaderId, date);
      countryOf = country == null ? null : EntityIds.country(country);
      inOffice = date == null ? null : gazetteer.inOffice(leaderId, date);
      name = names.get(r.entityId());
    } else if (type.equals(ResolutionData.TITLE)) {
      // title:<country>:<title phrase>, unresolved
      String[] parts = r.entityId().split(":", 3);
      countryOf = EntityIds.country(parts[1]);
      name = parts[2] + " of " + gazetteer.nameOf(countryOf) + " (unresolved)";
    } else {
      name = names.get(r.entityId()); // null for an id the gazetteer does not know, as nameOf
    }
    return new Mention(f.field(), SentenceSplitter.sentenceIndex(sentences, start), start, end,
        surface != null ? surface : f.text().substring(start, end), snippet(f.text(), start, end), r.entityId(), type, name,
        r.method(), countryOf, inOffice, weight);
  }

  /**
   * A field, whether it is {@link #writtenInCapitals}, its alias candidates and its topic cue words
   * (null without cues), from one pass over its words.
   */
  private record FieldCandidates(String field, String text, boolean capitals,
                                 List<AliasMatcher.Candidate> candidates, TopicCues.CueWords cueWords) {
  }

  private record Resolved(String entityId, String method) {
  }

  private record TitleMention(int start, int end, Resolved resolved) {
  }

  private static boolean isTitle(AliasMatcher.Candidate c) {
    for (Alias a : c.aliases()) {
      if (EntityIds.isOfType(a.entityId(), ResolutionData.TITLE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNone(Alias a) {
    return EntityIds.isOfType(a.entityId(), ResolutionData.NONE);
  }

  /** Entities the article names without ambiguity: they license ambiguous aliases. */
  /**
   * The country an article is mostly about when no dateline says: the one named most often without
   * ambiguity (a leader counts for their country), at least twice and more often than any other.
   */
  private static String dominant(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      if (n > bestCount || n == bestCount && best != null && e.getKey().compareTo(best) < 0) {
        second = Math.max(second, bestCount);
        best = e.getKey();
        bestCount = n;
      } else {
        second = Math.max(second, n);
      }
    }
    return bestCount >= 2 && bestCount > second ? best : null;
  }

  private Set<String> unambiguousSupport(List<FieldCandidates> fields, LocalDate date,
                                         Map<String, Integer> countryCounts) {
    Set<String> support = new HashSet<>();
    for (FieldCandidates f : fields) {
      for (AliasMatcher.Candidate c : f.candidates()) {
        String first = null;
        Set<String> entities = null; // only built when the aliases name several entities
        boolean ambiguous = false;
        for (Alias a : c.aliases()) {
          if (a.method().equals("surname") || EntityIds.isOfType(a.entityId(), ResolutionData.TITLE)
              || isNone(a)) {
            continue;
          }
          if (first == null) {
            first = a.entityId();
          } else if (entities != null || !first.equals(a.entityId())) {
            if (entities == null) {
              entities = new LinkedHashSet<>();
              entities.add(first);
            }
            entities.add(a.entityId());
          }
          ambiguous |= a.ambiguous();
        }
        if (first == null || ambiguous) {
          continue;
        }
        String entity;
        if (entities == null) {
          entity = dated(first, date);
        } else {
          Set<String> dated = dated(entities, date);
          if (dated.size() != 1) {
            continue;
          }
          entity = dated.iterator().next();
        }
        support.add(entity);
        if (EntityIds.isOfType(entity, EntityIds.COUNTRY)) {
          countryCounts.merge(entity, 1, Integer::sum);
        } else if (EntityIds.isOfType(entity, EntityIds.LEADER)) {
          String country = gazetteer.countryOf(entity.substring(EntityIds.LEADER.length() + 1), date);
          if (country != null) {
            support.add(EntityIds.country(country));
            countryCounts.merge(EntityIds.country(country), 1, Integer::sum);
          }
        }
      }
    }
    return support;
  }

  private Set<String> dated(Set<String> entities, LocalDate date) {
    return rules.contains(Rule.DATED_COUNTRIES) ? countryDates.on(entities, date) : entities;
  }

  /** As {@link #dated(Set, LocalDate)} for one entity (the answer is always one entity). */
  private String dated(String entity, LocalDate date) {
    return rules.contains(Rule.DATED_COUNTRIES) ? countryDates.on(entity, date) : entity;
  }

  /** "KHASAVYURT, Russia 1996-08-31": the region is a country's name, a mention of its own. */
  private boolean regionNamesCountry(Dateline d) {
    return d.region() != null && !data.regionCountry().containsKey(ResolutionData.fold(d.region()))
        && placeCountries.containsKey(NormalizedText.fold(d.region()));
  }

  /** The country of the dateline's place: its region if it has one, else the place's one country. */
  private String datelineCountry(Dateline d, LocalDate date, Set<String> support) {
    if (d.region() != null) {
      String region = data.regionCountry().get(ResolutionData.fold(d.region()));
      if (region != null) {
        return EntityIds.country(region);
      }
      Set<String> named = placeCountries.get(NormalizedText.fold(d.region()));
      if (named != null && named.size() == 1) {
        return dated(named, date).iterator().next();
      }
    }
    Set<String> countries = placeCountries.get(NormalizedText.fold(d.place()));
    if (countries == null) {
      return null;
    }
    countries = dated(countries, date);
    if (countries.size() == 1) {
      return countries.iterator().next();
    }
    String only = null;
    for (String c : countries) {
      if (support.contains(c)) {
        if (only != null) {
          return null;
        }
        only = c;
      }
    }
    return only;
  }

  private Resolved resolve(FieldCandidates f, int index, LocalDate date, Set<String> support,
                           Map<String, String> antecedents, List<FieldCandidates> fields) {
    AliasMatcher.Candidate c = f.candidates().get(index);
    if (rules.contains(Rule.CONTEXT) && isTicker(f.text(), c)) {
      return null; // "ROCKWELL <ROK>": a stock symbol, not South Korea
    }
    if (rules.contains(Rule.CONTEXT) && namesCountryPlace(c)) {
      if (pluralVerbAfterName(f, c)) {
        return null; // "Iceland have announced", "England have won": a company or a team
      }
      if (insideOrganisationName(f, c)) {
        return null; // "British Airways", "Bank of Japan", "Air India", "Tokyo Stock Exchange"
      }
      if (onlyCityOrCapital(c)) {
        String region = regionAfter(f, c);
        if (region != null) {
          return new Resolved(EntityIds.country(region), "city"); // "Paris, Texas", "London, Ontario"
        }
        if (teamInResults(f, c) || partOfLongerName(f, index, false)) {
          return null; // "Chicago 4 Houston 3", "Real Madrid", "Boston Red Sox", "Wang Donghai"
        }
      } else if (onlyDemonym(c) && partOfLongerName(f, index, true)) {
        return null; // "Viorel Moldovan", "Richard Finn": a person's name
      }
    }
    if (c.aliases().size() == 1) { // the common case: one alias that names one entity for sure
      Alias a = c.aliases().get(0);
      if (!isNone(a) && !a.method().equals("surname") && !a.ambiguous()) {
        return sure(dated(a.entityId(), date), a.method(), antecedents);
      }
    }
    List<Alias> surnames = new ArrayList<>();
    List<Alias> sure = new ArrayList<>();
    List<Alias> ambiguous = new ArrayList<>();
    for (Alias a : c.aliases()) {
      if (isNone(a)) {
        return null; // a context phrase that names no entity ("New Mexico")
      }
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
    Set<String> datedSure = dated(sureEntities, date);
    if (datedSure.size() == 1) {
      String entity = datedSure.iterator().next();
      return sure(entity, methodOf(sure, entity), antecedents);
    }
    List<Alias> contextual = new ArrayList<>(ambiguous);
    if (!ambiguous.isEmpty() && rules.contains(Rule.CONTEXT)) {
      if (namesSomethingElse(f, index)) {
        contextual.clear();
      } else {
        Resolved named = namedInRunningText(f, index, ambiguous, date);
        if (named != null && datedSure.isEmpty()) {
          return named;
        }
        Resolved government = governmentMetonym(f, index, ambiguous, date);
        if (government != null && datedSure.isEmpty()) {
          return government; // "warnings from Washington", "Whitehall said"
        }
      }
    }
    if (!contextual.isEmpty() && rules.contains(Rule.CONTEXT) && inListOfCountries(f, index)) {
      Resolved listed = onlyCountryName(contextual, date);
      if (listed != null && datedSure.isEmpty()) {
        return listed; // "Armenia, Azerbaijan, Georgia, Iraq": the country
      }
    }
    if (datedSure.size() > 1) {
      contextual.addAll(sure); // the same alias names several entities: context decides
    }
    for (Alias a : contextual) {
      String e = dated(a.entityId(), date);
      if (support.contains(e)) {
        return new Resolved(e, a.method());
      }
    }
    if (!surnames.isEmpty()) {
      return resolveSurname(f, index, surnames, date, antecedents, support, fields);
    }
    return null;
  }

  private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|;|,?\\s+and|,?\\s+or)\\s+|\\s*,\\s*");
  private static final Pattern RESULTS_AFTER = Pattern.compile(
      "[ \\t]{1,3}\\d{1,3}(?:-\\d{1,3})?(?=[ \\t]+[\\dA-Z.]|[ \\t]*(?:\\r?\\n|$))");
  /** "Birmingham v Barnsley", "CHICAGO AT TORONTO", "Liverpool beat Arsenal", "Los Angeles won". */
  private static final Pattern FIXTURE_AFTER = Pattern.compile(
      "[ \\t]+(?:v|vs\\.?|AT)[ \\t]+[A-Z]|(?:'s)?[ \\t]+(?:beat|beats|defeated|drew|draw|lost|won|edged|routed"
          + "|thrashed|trounced|blanked|rallied|clinched|scored|snapped|has won|have won)\\b");
  private static final Pattern FIXTURE_BEFORE = Pattern.compile("[A-Za-z][ \\t]+(?:v|vs\\.?|AT)[ \\t]+$");
  private static final Pattern REGION_AFTER = Pattern.compile(
      ",[ \\t]*([A-Z][A-Za-z.]*(?:[ \\t][A-Z][A-Za-z.]*){0,2})");
  private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "reuters");
  /** A longer line is a paragraph, never a headline in title case. */
  private static final int MAX_HEADLINE = 150;
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "de", "&", "and");

  private static final Pattern PLURAL_VERB_AFTER = Pattern.compile("[ \\t]+(?:have|are|were)\\b");
  private static final Pattern GOVERNMENT_VERB_AFTER = Pattern.compile("[ \\t]+(?:said|says|has said|had said"
      + "|warned|warns|accused|accuses|announced|insisted|insists|denied|denies|rejected|rejects|imposed|urged|urges"
      + "|demanded|demands|responded|threatened|threatens|condemned|condemns|wants|wanted)\\b");
  private static final Pattern GOVERNMENT_NOUN_BEFORE = Pattern.compile("(?s).*\\b(?:warnings?|pressure|criticism"
      + "|support|demands?|threats?|sanctions|talks|ties|relations|tensions|dialogue|negotiations|deal|agreement"
      + "|envoys?|ambassadors?|rapprochement|rift|dispute)[ \\t]+(?:from|with|against|on|to|between)[ \\t]+$");

  /**
   * A singular country name with a plural verb, as British English writes of a company or a team
   * named after it ("Iceland have announced", "England have won"), as the subject at a sentence
   * start ("deaths in Indonesia have risen" agrees with deaths): no country mention. A name that
   * is plural itself ("the Philippines are") is left alone.
   */
  private static boolean pluralVerbAfterName(FieldCandidates f, AliasMatcher.Candidate c) {
    if (c.surface().endsWith("s") || f.capitals()) {
      return false;
    }
    for (Alias a : c.aliases()) {
      if (!a.method().equals("alias")) {
        return false;
      }
    }
    String text = f.text();
    String before = text.substring(Math.max(0, c.start() - 3), c.start());
    boolean subject = c.start() == 0 || text.charAt(c.start() - 1) == '\n' || SENTENCE_END_BEFORE.matcher(before).matches();
    return subject && PLURAL_VERB_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /**
   * An ambiguous capital or seat of power used for its government: after "warnings from",
   * "talks with", "ties with" ..., or (a seat, or a capital the article does not write as a
   * person's name) before "said", "warned", "accused" ...: the country, without other support.
   */
  private Resolved governmentMetonym(FieldCandidates f, int index, List<Alias> ambiguous, LocalDate date) {
    AliasMatcher.Candidate c = f.candidates().get(index);
    String only = null;
    boolean seat = true;
    for (Alias a : ambiguous) {
      if (!a.method().equals("capital") && !a.method().equals("seat")) {
        return null;
      }
      seat &= a.method().equals("seat");
      String e = dated(a.entityId(), date);
      if (only != null && !only.equals(e)) {
        return null;
      }
      only = e;
    }
    if (only == null || f.capitals()) {
      return null;
    }
    String text = f.text();
    boolean governmentNoun = GOVERNMENT_NOUN_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start()))
        .matches();
    boolean governmentVerb = GOVERNMENT_VERB_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
        && (seat || !writtenAsPersonsName(text, c.surface()));
    return governmentNoun || governmentVerb ? new Resolved(only, ambiguous.get(0).method()) : null;
  }

  /** The text writes {@code name} after a capitalised first name somewhere ("Denzel Washington"). */
  private static boolean writtenAsPersonsName(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int[] w = previousWord(text, at);
      if (w != null && Character.isUpperCase(text.charAt(w[0]))
          && !NOT_A_FIRST_NAME.contains(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
        String lead = text.substring(Math.max(0, w[0] - 3), w[0]);
        if (w[0] > 0 && text.charAt(w[0] - 1) != '\n' && !SENTENCE_END_BEFORE.matcher(lead).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every alias of the candidate names a country (by any method): the place rules apply. */
  private static boolean namesCountryPlace(AliasMatcher.Candidate c) {
    for (Alias a : c.aliases()) {
      if (!EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY)) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyCityOrCapital(AliasMatcher.Candidate c) {
    for (Alias a : c.aliases()) {
      if (!a.method().equals("city") && !a.method().equals("capital")) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyDemonym(AliasMatcher.Candidate c) {
    for (Alias a : c.aliases()) {
      if (!a.method().equals("demonym")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A country or place inside the proper name of a company, club, bank, party or newspaper: one of
   * the capitalised words right after it, or before it (across of/for/de/and), is an organisation
   * word of {@code name_words.tsv}, and none is a government word ("Indian Air Force", "Russian
   * Foreign Ministry" stay mentions).
   */
  private boolean insideOrganisationName(FieldCandidates f, AliasMatcher.Candidate c) {
    String text = f.text();
    boolean organisation = false;
    int limit = f.capitals() ? 1 : 3;
    int pos = c.end();
    for (int k = 0; k < limit; k++) {
      int[] w = nextWord(text, pos);
      if (w == null || !f.capitals() && !Character.isUpperCase(text.charAt(w[0]))) {
        break;
      }
      ResolutionData.NameWord nw = nameWords.get(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
      if (nw != null && nw.after()) {
        if (nw.government()) {
          return false;
        }
        organisation = true;
      }
      pos = w[1];
    }
    pos = c.start();
    boolean joined = false;
    for (int k = 0; k < limit + 1; k++) {
      int[] w = previousWord(text, pos);
      if (w == null) {
        break;
      }
      String word = text.substring(w[0], w[1]);
      String lower = word.toLowerCase(Locale.ROOT);
      if (NAME_JOINERS.contains(lower) && !f.capitals()) {
        joined = true;
        pos = w[0];
        continue;
      }
      if (!f.capitals() && !Character.isUpperCase(word.charAt(0))) {
        break;
      }
      ResolutionData.NameWord nw = nameWords.get(lower);
      if (nw != null && (nw.before() || joined)) { // "News Agency of Nigeria": any word across "of"
        if (nw.government()) {
          return false;
        }
        organisation = true;
      }
      pos = w[0];
    }
    return organisation;
  }

  /**
   * A city or capital as a team in a results table or standings: a number of up to three digits
   * (or a score) right after it, then another number, a capitalised word or the end of the line
   * ("Chicago 4 Houston 3", "NEW YORK 74 59 .556", "Pohang 3 Ulsan 2").
   */
  private static boolean teamInResults(FieldCandidates f, AliasMatcher.Candidate c) {
    String text = f.text();
    return RESULTS_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
        || FIXTURE_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
        || FIXTURE_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start())).find();
  }

  /**
   * The place is a word of a longer proper name: a capitalised word right after it ("Boston Red Sox",
   * "Dhaka Stock Exchange") or right before it in running text ("Real Madrid", "Dynamo Moscow",
   * "Wang Donghai") that is no alias itself, no weekday, month or agency, no word that qualifies a
   * place ("Moscow Mayor"), and not the first word of a sentence. {@code beforeOnly}: only the word
   * before counts (a demonym is an adjective: "Iraqi Kurds"). Not applied to headlines in capitals
   * or in title case, where every word is capitalised.
   */
  private boolean partOfLongerName(FieldCandidates f, int index, boolean beforeOnly) {
    List<AliasMatcher.Candidate> cs = f.candidates();
    AliasMatcher.Candidate c = cs.get(index);
    String text = f.text();
    if (f.capitals() || titleCaseLine(text, c.start())) {
      return false;
    }
    if (!beforeOnly) {
      int[] w = nextWord(text, c.end());
      boolean nextIsCandidate = index + 1 < cs.size() && w != null && cs.get(index + 1).start() == w[0]
          && namesCountrySurely(cs.get(index + 1)); // "Paris France"; "Cleveland Indians" is a team
      if (w != null && !nextIsCandidate && properWord(text, w)) {
        return true;
      }
    }
    int[] w = previousWord(text, c.start());
    boolean previousIsCandidate = index > 0 && w != null && cs.get(index - 1).end() == w[1];
    if (w == null || previousIsCandidate || !properWord(text, w)) {
      return false;
    }
    String before = text.substring(Math.max(0, w[0] - 3), w[0]);
    boolean sentenceStart = w[0] == 0 || before.isBlank() && before.indexOf('\n') >= 0
        || SENTENCE_END_BEFORE.matcher(before).matches() || text.charAt(w[0] - 1) == '\n';
    return !sentenceStart && !NOT_A_FIRST_NAME.contains(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
  }

  /** A capitalised word (a letter, then a lower-case letter) that is no calendar word nor a place qualifier. */
  private boolean properWord(String text, int[] w) {
    if (w[1] - w[0] < 2 || !Character.isUpperCase(text.charAt(w[0])) || !Character.isLowerCase(text.charAt(w[0] + 1))) {
      return false;
    }
    String lower = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    ResolutionData.NameWord nw = nameWords.get(lower);
    return !CALENDAR_WORDS.contains(lower) && (nw == null || !nw.government());
  }

  /** The line around {@code at} is a headline in title case: four or more words, most capitalised. */
  private static boolean titleCaseLine(String text, int at) {
    int from = at;
    while (from > 0 && text.charAt(from - 1) != '\n') {
      if (at - --from > MAX_HEADLINE) {
        return false; // a paragraph, not a headline (and no scan of a long text per candidate)
      }
    }
    int to = at;
    while (to < text.length() && text.charAt(to) != '\n') {
      if (++to - from > MAX_HEADLINE) {
        return false;
      }
    }
    int numbers = 0;
    int words = 0;
    int capitalised = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1))
          && text.charAt(i - 1) != '\'' && text.charAt(i - 1) != '\u2019')) {
        words++;
        if (Character.isUpperCase(ch)) {
          capitalised++;
        }
      } else if (Character.isDigit(ch) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        numbers++;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7 && numbers < 2; // a results line is no headline
  }

  /** The word after {@code pos} on the same line, past spaces only: {start, end}, or null. */
  private static int[] nextWord(String text, int pos) {
    int i = pos;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == pos || i >= text.length() || !isWordChar(text.charAt(i))) {
      return null;
    }
    int j = i;
    while (j < text.length() && (isWordChar(text.charAt(j)) || text.charAt(j) == '.' && j + 1 < text.length()
        && isWordChar(text.charAt(j + 1)))) {
      j++;
    }
    return new int[] {i, j};
  }

  /** The word before {@code pos} on the same line, past spaces only: {start, end}, or null. */
  private static int[] previousWord(String text, int pos) {
    int j = pos;
    while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    if (j == pos || j == 0 || !isWordChar(text.charAt(j - 1))) {
      return null;
    }
    int i = j;
    while (i > 0 && isWordChar(text.charAt(i - 1))) {
      i--;
    }
    return new int[] {i, j};
  }

  private static boolean isWordChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '&' || ch == '-';
  }

  /**
   * "Paris, Texas", "London, Ontario": a city followed by a US state or Canadian province (that is
   * no country's name: "Tbilisi, Georgia" is Georgia's capital) is in that region's country.
   */
  private String regionAfter(FieldCandidates f, AliasMatcher.Candidate c) {
    java.util.regex.Matcher m = REGION_AFTER.matcher(f.text()).region(c.end(), f.text().length());
    if (!m.lookingAt()) {
      return null;
    }
    String words = m.group(1);
    while (true) {
      String key = ResolutionData.fold(words);
      String country = data.regionCountry().get(key);
      if (country != null && !placeCountries.containsKey(NormalizedText.fold(words))) {
        return country;
      }
      int space = Math.max(words.lastIndexOf(' '), words.lastIndexOf('\t'));
      if (space < 0) {
        return null;
      }
      words = words.substring(0, space);
    }
  }

  /** The candidate stands in a list with a country named for sure: "Angola, Chad, and Congo". */
  private static boolean inListOfCountries(FieldCandidates f, int index) {
    List<AliasMatcher.Candidate> cs = f.candidates();
    String text = f.text();
    AliasMatcher.Candidate c = cs.get(index);
    if (index > 0 && namesCountrySurely(cs.get(index - 1))
        && LIST_GAP.matcher(text).region(cs.get(index - 1).end(), c.start()).matches()) {
      return true;
    }
    return index + 1 < cs.size() && namesCountrySurely(cs.get(index + 1))
        && LIST_GAP.matcher(text).region(c.end(), cs.get(index + 1).start()).matches();
  }

  private static boolean namesCountrySurely(AliasMatcher.Candidate c) {
    boolean country = false;
    for (Alias a : c.aliases()) {
      if (!EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY) || a.ambiguous() || !a.method().equals("alias")) {
        return false;
      }
      country = true;
    }
    return country;
  }

  /** The one country the ambiguous names among {@code aliases} name (by name, not demonym), dated, or null. */
  private Resolved onlyCountryName(List<Alias> aliases, LocalDate date) {
    String only = null;
    for (Alias a : aliases) {
      if (!EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY) || !a.method().equals("alias")) {
        return null;
      }
      String e = dated(a.entityId(), date);
      if (only != null && !only.equals(e)) {
        return null;
      }
      only = e;
    }
    return only == null ? null : new Resolved(only, "alias");
  }

  /** An entity named for sure; a leader's surname now refers to them (coreference). */
  private Resolved sure(String entity, String method, Map<String, String> antecedents) {
    if (EntityIds.isOfType(entity, EntityIds.LEADER)) {
      Leader l = gazetteer.leaders().get(entity.substring(EntityIds.LEADER.length() + 1));
      for (String key : surnameKeys.getOrDefault(entity, List.of())) {
        antecedents.put(key, entity); // the surname and its spelling variants
      }
    }
    return new Resolved(entity, method);
  }

  private static String methodOf(List<Alias> aliases, String entity) {
    for (Alias a : aliases) {
      if (a.entityId().equals(entity)) {
        return a.method();
      }
    }
    return aliases.get(0).method(); // a country replaced by its historical predecessor
  }

  /** An abbreviation written as a stock symbol: {@code <ROK>}, {@code (ROK.N)}, {@code NYSE:ROK}. */
  static boolean isTicker(String text, AliasMatcher.Candidate c) {
    boolean abbreviation = false;
    for (Alias a : c.aliases()) {
      abbreviation |= a.method().equals("abbreviation");
    }
    if (!abbreviation) {
      return false;
    }
    char before = c.start() > 0 ? text.charAt(c.start() - 1) : ' ';
    char after = c.end() < text.length() ? text.charAt(c.end()) : ' ';
    String lead = text.substring(Math.max(0, c.start() - 8), c.start());
    return (before == '<' && (after == '>' || after == '.'))
        || (before == '(' && after == '.')
        || TICKER_LEAD.matcher(lead).matches();
  }

  /**
   * An ambiguous country name written as a name in running text, with no name-like context, after
   * a lower-case word ("sold Jordan two cargoes", "pulling out of Chad"): the country, when it
   * existed on the date and the name is not also a US state or Canadian province (Georgia).
   */
  private Resolved namedInRunningText(FieldCandidates f, int index, List<Alias> ambiguous, LocalDate date) {
    AliasMatcher.Candidate c = f.candidates().get(index);
    if (f.capitals() || !Character.isUpperCase(c.surface().charAt(0))
        || data.regionCountry().containsKey(ResolutionData.fold(c.surface()))) {
      return null;
    }
    String before = f.text().substring(Math.max(0, c.start() - 30), c.start());
    if (!AFTER_LOWER_CASE_WORD.matcher(before).matches()) {
      return null;
    }
    String only = null;
    for (Alias a : ambiguous) {
      if (!a.method().equals("alias") || !a.caseSensitive()) {
        return null; // demonyms and names matched in any case ("Congolese", "Korea") need support
      }
      if (!dated(a.entityId(), date).equals(a.entityId()) || (only != null && !only.equals(a.entityId()))) {
        return null;
      }
      only = a.entityId();
    }
    return only == null ? null : new Resolved(only, "alias");
  }

  /**
   * An ambiguous alias in a name-like context names a person, a company or a US state: "Michael
   * Jordan", "George Washington" (a capitalised word before it), "Georgia Power", "Chad Smith" (a
   * capitalised word after it that is no alias), "Atlanta, Georgia" (a place and a comma before
   * it), "Washington state".
   */
  private boolean namesSomethingElse(FieldCandidates f, int index) {
    if (f.capitals()) {
      return false; // a headline in capitals has no case to read
    }
    List<AliasMatcher.Candidate> cs = f.candidates();
    AliasMatcher.Candidate c = cs.get(index);
    String text = f.text();
    String after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
    boolean nextIsCandidate = index + 1 < cs.size() && cs.get(index + 1).start() <= c.end() + 2;
    if (CAPITALISED_WORD_AFTER.matcher(after).matches() && !nextIsCandidate
        && !DAY_MONTH_OR_AGENCY_AFTER.matcher(after).matches()) {
      return true;
    }
    if (STATE_AFTER.matcher(after).matches()) {
      return true;
    }
    String before = text.substring(Math.max(0, c.start() - 40), c.start());
    boolean previousIsCandidate = index > 0 && cs.get(index - 1).end() >= c.start() - 3;
    java.util.regex.Matcher name = NAME_BEFORE.matcher(before);
    if (!name.find()) {
      return false;
    }
    if (previousIsCandidate) {
      boolean comma = !name.group(2).isEmpty();
      // "Atlanta, Georgia": a place of another country, then a comma; "Tbilisi, Georgia" is fine,
      // and so is a list of countries ("Niger, Guinea and Ghana")
      if (cs.get(index - 1).aliases().stream().anyMatch(a -> a.method().equals("alias")
          && EntityIds.isOfType(a.entityId(), EntityIds.COUNTRY))) {
        return false;
      }
      Set<String> mine = new HashSet<>();
      c.aliases().forEach(a -> mine.add(a.entityId()));
      return comma && cs.get(index - 1).aliases().stream().noneMatch(a -> mine.contains(a.entityId()));
    }
    boolean sentenceStart = name.start() == 0
        || SENTENCE_END_BEFORE.matcher(before.substring(0, name.start())).matches();
    return !sentenceStart && !NOT_A_FIRST_NAME.contains(name.group(1).toLowerCase(Locale.ROOT));
  }

  private Resolved resolveSurname(FieldCandidates f, int index, List<Alias> surnames, LocalDate date,
                                  Map<String, String> antecedents, Set<String> support,
                                  List<FieldCandidates> fields) {
    String named = antecedents.get(NormalizedText.fold(surnames.get(0).text()));
    if (named != null) {
      return new Resolved(named, "coreference");
    }
    List<String> titleOffices = titleRightBefore(f, index);
    String only = null;
    boolean needsContext = false;
    for (Alias a : surnames) {
      String leaderId = a.entityId().substring(EntityIds.LEADER.length() + 1);
      Leader l = gazetteer.leaders().get(leaderId);
      if (l == null) {
        continue;
      }
      boolean plausible = date == null ? !gazetteer.rolesOf(leaderId).isEmpty()
          : gazetteer.inOffice(leaderId, date);
      if (plausible && titleOffices != null) {
        plausible = gazetteer.rolesOf(leaderId).stream().anyMatch(r ->
            (date == null || r.heldOn(date)) && (titleOffices.contains(r.office())
                || titleOffices.contains("*") || titleOffices.contains("role:" + r.role())));
      }
      if (titleOffices == null && !l.surnameUnambiguous() && date == null) {
        return null; // an ambiguous surname in an undated article: never guess
      }
      if (plausible) {
        if (only != null && !only.equals(a.entityId())) {
          return null;
        }
        only = a.entityId();
        needsContext |= titleOffices == null && !l.surnameUnambiguous();
      }
    }
    if (only != null && needsContext && !surnameInContext(f, index, only, date, support, fields)) {
      return null;
    }
    return only == null ? null : new Resolved(only, "surname");
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "president", "prime",
      "minister", "premier", "chancellor", "king", "queen", "prince", "sheikh", "general", "gen", "chairman",
      "leader", "emir", "sultan", "presidents", "mr.", "mrs.", "ms.", "dr.", "gen.");
  private static final Set<String> VERBS_AFTER_A_NAME = Set.of("said", "says", "told", "added", "has", "had",
      "was", "is", "will", "would", "met", "meets", "goes", "went", "arrived", "arrives", "visited", "visits",
      "urged", "warned", "called", "signed", "wrote", "asked", "and", "announced", "declared", "rejected");

  /**
   * A surname the gazetteer marks ambiguous (Clinton, Major, Ramos), of the one leader of that
   * surname in office on the article's date, stands for them when: the article names their country
   * (or a leader of it) for sure; it is written as a name alone (no capitalised word right after it,
   * none right before it but a title or an honorific); at a sentence start only before a verb of
   * speech or action ("Major said", not "Major banks"); and the article names no other person of
   * that surname ("Hillary Clinton", "Mary Joe Fernandez", "Li Na": a capitalised word before or after
   * it that is no part of the leader's names).
   */
  private boolean surnameInContext(FieldCandidates f, int index, String leaderEntity, LocalDate date,
                                   Set<String> support, List<FieldCandidates> fields) {
    String leaderId = leaderEntity.substring(EntityIds.LEADER.length() + 1);
    String country = gazetteer.countryOf(leaderId, date);
    if (country == null || !support.contains(EntityIds.country(country)) || f.capitals()) {
      return false;
    }
    AliasMatcher.Candidate c = f.candidates().get(index);
    String text = f.text();
    int[] next = nextWord(text, c.end());
    if (next != null && Character.isUpperCase(text.charAt(next[0]))) {
      return false; // "Major League", "Clinton Foundation"
    }
    int[] prev = previousWord(text, c.start());
    String before = text.substring(Math.max(0, c.start() - 3), c.start());
    boolean sentenceStart = c.start() == 0 || text.charAt(c.start() - 1) == '\n'
        || SENTENCE_END_BEFORE.matcher(before).matches() && !before.endsWith("\" ");
    if (prev != null && Character.isUpperCase(text.charAt(prev[0]))
        && !HONORIFICS.contains(text.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT)) && !sentenceStart) {
      return false; // "Hillary Clinton"
    }
    if (sentenceStart) {
      String after = next == null ? "" : text.substring(next[0], next[1]).toLowerCase(Locale.ROOT);
      boolean possessive = text.startsWith("'s", c.end()) || text.startsWith("\u2019s", c.end());
      if (!possessive && !VERBS_AFTER_A_NAME.contains(after)) {
        return false; // "Major banks cut rates"
      }
    }
    Leader l = gazetteer.leaders().get(leaderId);
    String surface = c.surface();
    for (FieldCandidates other : fields) {
      String t = other.text();
      for (int at = t.indexOf(surface); at >= 0; at = t.indexOf(surface, at + 1)) {
        int[] n = nextWord(t, at + surface.length());
        if (n != null && n[0] == at + surface.length() + 1 && Character.isUpperCase(t.charAt(n[0]))
            && !namesPartOf(l, t.substring(n[0], n[1])) && !CALENDAR_WORDS.contains(t.substring(n[0], n[1])
            .toLowerCase(Locale.ROOT)) && !other.capitals()) {
          return false; // "Li Na", "Kim Yo Jong": a person whose family name comes first
        }
        int[] w = previousWord(t, at);
        if (w == null || !Character.isUpperCase(t.charAt(w[0]))) {
          continue;
        }
        String word = t.substring(w[0], w[1]);
        if (HONORIFICS.contains(word.toLowerCase(Locale.ROOT)) || namesPartOf(l, word)) {
          continue;
        }
        String lead = t.substring(Math.max(0, w[0] - 3), w[0]);
        boolean atStart = w[0] == 0 || t.charAt(w[0] - 1) == '\n' || SENTENCE_END_BEFORE.matcher(lead).matches();
        if (!atStart && !NOT_A_FIRST_NAME.contains(word.toLowerCase(Locale.ROOT))) {
          return false; // another person of that surname, named in full
        }
      }
    }
    return true;
  }

  /** {@code word} is a word of one of the leader's names ("Fidel Ramos" for Fidel Valdez Ramos). */
  private static boolean namesPartOf(Leader l, String word) {
    String w = NormalizedText.fold(word);
    for (String name : l.aliases().isEmpty() ? List.of(l.name()) : concat(l.name(), l.aliases())) {
      for (String part : WHITESPACE.split(NormalizedText.fold(name))) {
        if (part.equals(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** The offices of a title phrase written right before candidate {@code index} ("President Chun"). */
  private List<String> titleRightBefore(FieldCandidates f, int index) {
    if (index == 0 || !rules.contains(Rule.TITLE)) {
      return null;
    }
    AliasMatcher.Candidate prev = f.candidates().get(index - 1);
    if (!isTitle(prev)
        || !WHITESPACE.matcher(f.text()).region(prev.end(), f.candidates().get(index).start()).matches()) {
      return null;
    }
    return data.officesByTitle().get(ResolutionData.fold(prev.surface()));
  }

  /**
   * "the Russian president", "Russia's president", "President of Russia": the title's country is
   * the resolved country mention right before it (nothing or 's between) or right after "of".
   */
  private TitleMention resolveTitle(FieldCandidates f, int i, Resolved[] resolved, LocalDate date, String focus) {
    List<AliasMatcher.Candidate> cs = f.candidates();
    AliasMatcher.Candidate c = cs.get(i);
    String text = f.text();
    List<String> offices = data.officesByTitle().get(ResolutionData.fold(c.surface()));
    if (offices == null) {
      return null;
    }
    int start;
    int end;
    String country;
    if (i > 0 && isPlace(resolved[i - 1])
        && POSSESSIVE_GAP.matcher(text).region(cs.get(i - 1).end(), c.start()).matches()) {
      start = cs.get(i - 1).start();
      end = c.end();
      country = resolved[i - 1].entityId();
      if (namedRightAfter(cs, resolved, i, text)) {
        return null;
      }
    } else if (i + 1 < cs.size() && isPlace(resolved[i + 1])
        && !resolved[i + 1].method().equals("demonym") // "President of the Brazilian Coffee Institute"
        && OF_GAP.matcher(text).region(c.end(), cs.get(i + 1).start()).matches()
        && (!CAPITALISED_WORD_NEXT.matcher(text).region(cs.get(i + 1).end(), text.length()).lookingAt()
            || namedRightAfter(cs, resolved, i + 1, text))) {
      start = c.start();
      end = cs.get(i + 1).end();
      country = resolved[i + 1].entityId();
      if (namedRightAfter(cs, resolved, i + 1, text)) {
        return null;
      }
    } else if (focus != null && bareTitle(f, i)) {
      // "the Prime Minister" in a story about one country: that country's holder on the date
      String countryId = focus.substring(EntityIds.COUNTRY.length() + 1);
      TitleResolver.Result r = titles.resolve(countryId, offices, date);
      return r.leaderId() == null ? null
          : new TitleMention(c.start(), c.end(), new Resolved(EntityIds.leader(r.leaderId()), "title"));
    } else {
      return null;
    }
    if (modified(text, start)) {
      return null;
    }
    String countryId = country.substring(EntityIds.COUNTRY.length() + 1);
    TitleResolver.Result r = titles.resolve(countryId, offices, date);
    if (r.leaderId() != null) {
      return new TitleMention(start, end, new Resolved(EntityIds.leader(r.leaderId()), "title"));
    }
    if (r.unresolved()) {
      String phrase = ResolutionData.fold(c.surface());
      return new TitleMention(start, end,
          new Resolved(ResolutionData.TITLE + ":" + countryId + ":" + phrase, "title"));
    }
    return null;
  }

  private static final Pattern THE_BEFORE = Pattern.compile("(?s).*\\b[Tt]he[ \\t]+$");
  /** Before a capitalised title: "the Prime Minister", "his Prime Minister" (not "its president"). */
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?s).*\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ \\t]+$");
  private static final Pattern OF_AFTER = Pattern.compile("[ \\t]+of\\b|['\u2019]s\\b|[ \\t]+[A-Z]");
  /** Title phrases that read as a country's leader after "the" even in lower case: no company has them. */
  private static final Set<String> LOWER_CASE_BARE_TITLES = Set.of("prime minister", "premier");

  /**
   * A title with no country of its own: "the Prime Minister", "his President" (capitalised), or
   * "the prime minister" (no company has one); not "the president of the club", not "the President's
   * wife" and not followed by a name ("the Prime Minister Tony Abbott" is the name's mention).
   */
  private static boolean bareTitle(FieldCandidates f, int i) {
    AliasMatcher.Candidate c = f.candidates().get(i);
    String text = f.text();
    if (f.capitals()) {
      return false;
    }
    String before = text.substring(Math.max(0, c.start() - 8), c.start());
    boolean capitalised = Character.isUpperCase(c.surface().charAt(0));
    if (capitalised ? !DETERMINER_BEFORE.matcher(before).matches()
        : !THE_BEFORE.matcher(before).matches() || !LOWER_CASE_BARE_TITLES.contains(ResolutionData.fold(c.surface()))) {
      return false;
    }
    return !OF_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  private static boolean isPlace(Resolved r) {
    return r != null && EntityIds.isOfType(r.entityId(), EntityIds.COUNTRY)
        && !r.method().equals("city") && !r.method().equals("capital");
  }

  /** A leader named right after candidate {@code i}: "Soviet leader Mikhail Gorbachev". */
  private static boolean namedRightAfter(List<AliasMatcher.Candidate> cs, Resolved[] resolved, int i,
                                         String text) {
    if (i + 1 >= cs.size()) {
      return false;
    }
    AliasMatcher.Candidate next = cs.get(i + 1);
    boolean adjacent = NAME_GAP.matcher(text).region(cs.get(i).end(), next.start()).matches();
    boolean leader = resolved[i + 1] != null
        ? EntityIds.isOfType(resolved[i + 1].entityId(), EntityIds.LEADER)
        : next.aliases().stream().anyMatch(a -> EntityIds.isOfType(a.entityId(), EntityIds.LEADER));
    return adjacent && leader;
  }

  /** "former", "vice", "deputy" ... right before the title phrase. */
  private static boolean modified(String text, int start) {
    String before = NormalizedText.fold(text.substring(Math.max(0, start - 25), start)).trim();
    if (before.isEmpty()) {
      return false;
    }
    String[] words = WHITESPACE.split(before);
    String last = words[words.length - 1];
    String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
    return TITLE_MODIFIERS.contains(last) || TITLE_MODIFIERS.contains(lastTwo);
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
    // (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").trim() + (to < length ? "…" : ""),
    // trimmed first (the same: trim removes the same characters before and after the replacement)
    int lo = from;
    int hi = to;
    while (lo < hi && text.charAt(lo) <= ' ') {
      lo++;
    }
    while (hi > lo && text.charAt(hi - 1) <= ' ') {
      hi--;
    }
    return snippetOf(text, lo, hi, from > 0, to < text.length());
  }

  /**
   * {@code text[lo, hi)} with each run of white space (regex {@code \s}) as one space, after an
   * ellipsis when {@code head} and before one when {@code tail}; one copy into one char array.
   */
  static String snippetOf(String text, int lo, int hi, boolean head, boolean tail) {
    char[] out = new char[hi - lo + 2];
    int offset = head ? 1 : 0;
    text.getChars(lo, hi, out, offset);
    int w = offset;
    boolean lastSpace = false;
    for (int r = offset; r < offset + hi - lo; r++) {
      char c = out[r];
      if (!isRegexSpace(c)) {
        out[w++] = c;
        lastSpace = false;
      } else if (!lastSpace) {
        out[w++] = ' ';
        lastSpace = true;
      }
    }
    if (head) {
      out[0] = '\u2026';
    }
    if (tail) {
      out[w++] = '\u2026';
    }
    return new String(out, 0, w);
  }

  /** {@code \s} in a regex: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** For tests: the rules in force. */
  Set<Rule> rules() {
    return Collections.unmodifiableSet(rules);
  }
}
