package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.annotate.AliasMatcher;
import org.newsgraph.annotate.ArticleEntities;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.MentionExtractor;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.ResolutionData;

/**
 * Scores the mention extractor against the Reuters-21578 labels, article by article.
 * <ul>
 *   <li>Countries: the set of countries mentioned (entity type country, any method) against the
 *       PLACES labels mapped to country ids; predictions outside the labels' vocabulary cannot be
 *       scored and are left out (and counted). Micro P/R/F1 over all (article, country) pairs;
 *       macro P/R/F1 averaged over the country labels that occur in the gold.</li>
 *   <li>Leaders: recall of the PEOPLE labels that were a head of state or government on the
 *       article's date; and the share of leader mentions (and distinct article-leader pairs) whose
 *       person is among the article's PEOPLE labels.</li>
 * </ul>
 * Plain Java: the same {@link MentionExtractor} the Spark job wraps, run over each story.
 */
public final class ReutersEvaluation {

  /** True positives, false positives, false negatives. */
  public record Counts(long tp, long fp, long fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** One line of a confusion listing: an id, how often, and one example. */
  public record Confusion(String id, long count, String articleId, String example) {
  }

  /** Country scores of one variant (all rules, or with something left out). */
  public record CountryScores(Counts micro, double macroP, double macroR, double macroF1,
                              long outsideVocabulary) {
  }

  /** Leader scores. */
  public record LeaderScores(long gold, long found, long unknownToGazetteer, long mentions,
                             long mentionsLabelled, long mentionsInLabelledArticles,
                             long pairs, long pairsLabelled, long pairsInLabelledArticles) {
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }
  }

  /** Everything the report shows. */
  public record Result(int articles, int articlesWithCountries, long goldCountries,
                       CountryScores countries, CountryScores countriesLabelledOnly,
                       CountryScores focusCountries, LeaderScores leaders,
                       Map<String, CountryScores> ablation, Map<String, CountryScores> ablationFocus, Map<String, Long> mentionsByMethod,
                       long evidenceForGold, long unresolvedTitles,
                       List<Confusion> falsePositives, List<Confusion> falseNegatives,
                       List<Confusion> missedLeaders, List<Confusion> unexpectedLeaders,
                       double seconds, CountryScores dumpFocusCountries, CountryScores dumpCountries) {
    /** The figures the guards of {@code evaluate.guards} can name. */
    public Map<String, Double> figures() {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("focus_country_f1", focusCountries.micro().f1());
      out.put("focus_country_precision", focusCountries.micro().precision());
      out.put("all_country_precision", countries.micro().precision());
      out.put("all_country_recall", countries.micro().recall());
      out.put("leader_recall", leaders.recall());
      out.put("dump_focus_country_f1", dumpFocusCountries.micro().f1());
      out.put("dump_all_country_precision", dumpCountries.micro().precision());
      return out;
    }
  }

  private final Gazetteer gazetteer;
  private final ResolutionData data;
  private final ReutersLabels labels;
  private final int snippetChars;

  public ReutersEvaluation(Gazetteer gazetteer, ResolutionData data, int snippetChars) {
    this.gazetteer = gazetteer;
    this.data = data;
    this.labels = ReutersLabels.load(gazetteer);
    this.snippetChars = snippetChars;
  }

  public Result evaluate(List<ReutersArticle> articles) {
    long t0 = System.nanoTime();
    MentionExtractor full = new MentionExtractor(gazetteer, data, snippetChars, EnumSet.allOf(MentionExtractor.Rule.class));
    List<List<Mention>> mentions = new ArrayList<>(articles.size());
    for (ReutersArticle a : articles) {
      mentions.add(full.extract(a.title(), a.text(), a.date()));
    }
    Set<String> vocabulary = labels.countryVocabulary();

    CountryScores all = countryScores(articles, mentions, m -> true, false, vocabulary, a -> true, false);
    CountryScores labelled = countryScores(articles, mentions, m -> true, false, vocabulary,
        a -> !labels.countries(a.places()).isEmpty(), false);
    CountryScores focus = countryScores(articles, mentions, m -> true, false, vocabulary, a -> true, true);

    Map<String, CountryScores> ablation = new LinkedHashMap<>();
    Map<String, CountryScores> ablationFocus = new LinkedHashMap<>();
    ablation.put("all rules", all);
    ablationFocus.put("all rules", focus);
    Map<String, Long> byMethod = new java.util.TreeMap<>();
    long unresolvedTitles = 0;
    for (List<Mention> ms : mentions) {
      for (Mention m : ms) {
        byMethod.merge(m.entityType() + " / " + m.method(), 1L, Long::sum);
        if (m.entityType().equals(ResolutionData.TITLE)) {
          unresolvedTitles++;
        }
      }
    }
    for (String method : List.of("dateline", "city", "capital", "seat", "demonym", "abbreviation", "alias")) {
      ablation.put("without " + method + " mentions",
          countryScores(articles, mentions, m -> !m.method().equals(method), false, vocabulary, a -> true, false));
      ablationFocus.put("without " + method + " mentions",
          countryScores(articles, mentions, m -> !m.method().equals(method), false, vocabulary, a -> true, true));
    }
    ablation.put("plus leaders' country_of as countries",
        countryScores(articles, mentions, m -> true, true, vocabulary, a -> true, false));
    ablationFocus.put("plus leaders' country_of as countries",
        countryScores(articles, mentions, m -> true, true, vocabulary, a -> true, true));
    for (MentionExtractor.Rule rule : MentionExtractor.Rule.values()) {
      if (rule == MentionExtractor.Rule.TITLE) {
        continue; // titles name leaders, not countries: see the leader scores
      }
      EnumSet<MentionExtractor.Rule> rules = EnumSet.allOf(MentionExtractor.Rule.class);
      rules.remove(rule);
      MentionExtractor without = new MentionExtractor(gazetteer, data, snippetChars, rules);
      List<List<Mention>> ms = new ArrayList<>(articles.size());
      for (ReutersArticle a : articles) {
        ms.add(without.extract(a.title(), a.text(), a.date()));
      }
      String name = "rule " + rule.name().toLowerCase(java.util.Locale.ROOT) + " off";
      ablation.put(name, countryScores(articles, ms, m -> true, false, vocabulary, a -> true, false));
      ablationFocus.put(name, countryScores(articles, ms, m -> true, false, vocabulary, a -> true, true));
    }

    // confusion listings
    Map<String, long[]> fpCount = new HashMap<>();
    Map<String, String[]> fpExample = new HashMap<>();
    Map<String, long[]> fnCount = new HashMap<>();
    Map<String, String[]> fnExample = new HashMap<>();
    long goldCountries = 0;
    int withCountries = 0;
    for (int i = 0; i < articles.size(); i++) {
      ReutersArticle a = articles.get(i);
      Set<String> gold = labels.countries(a.places());
      goldCountries += gold.size();
      withCountries += gold.isEmpty() ? 0 : 1;
      Map<String, Mention> found = predictedCountries(mentions.get(i), m -> true, false, vocabulary, true);
      for (Map.Entry<String, Mention> e : found.entrySet()) {
        if (!gold.contains(e.getKey())) {
          fpCount.computeIfAbsent(e.getKey(), k -> new long[1])[0]++;
          Mention m = e.getValue();
          fpExample.putIfAbsent(e.getKey(), new String[] {a.id(), m.method() + ": " + m.snippet()});
        }
      }
      for (String g : gold) {
        if (!found.containsKey(g)) {
          fnCount.computeIfAbsent(g, k -> new long[1])[0]++;
          fnExample.putIfAbsent(g, new String[] {a.id(), head(a)});
        }
      }
    }

    // leaders
    long gold = 0;
    long foundLeaders = 0;
    long unknown = 0;
    long leaderMentions = 0;
    long leaderMentionsLabelled = 0;
    long leaderMentionsInLabelled = 0;
    long pairs = 0;
    long pairsLabelled = 0;
    long pairsInLabelled = 0;
    Map<String, long[]> missed = new HashMap<>();
    Map<String, String[]> missedExample = new HashMap<>();
    Map<String, long[]> unexpected = new HashMap<>();
    Map<String, String[]> unexpectedExample = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      ReutersArticle a = articles.get(i);
      Map<String, Mention> leaderMentionsOf = new LinkedHashMap<>();
      for (Mention m : mentions.get(i)) {
        if (m.entityType().equals(EntityIds.LEADER)) {
          leaderMentionsOf.putIfAbsent(m.entityId().substring(EntityIds.LEADER.length() + 1), m);
        }
      }
      Set<String> labelledIds = labels.leaderIdsOfLabels(a.people(), a.date());
      boolean hasPeople = !a.people().isEmpty();
      for (Mention m : mentions.get(i)) {
        if (m.entityType().equals(EntityIds.LEADER)) {
          leaderMentions++;
          String id = m.entityId().substring(EntityIds.LEADER.length() + 1);
          if (labelledIds.contains(id)) {
            leaderMentionsLabelled++;
          }
          if (hasPeople) {
            leaderMentionsInLabelled++;
          }
        }
      }
      for (Map.Entry<String, Mention> e : leaderMentionsOf.entrySet()) {
        pairs++;
        if (labelledIds.contains(e.getKey())) {
          pairsLabelled++;
        } else if (hasPeople) {
          unexpected.computeIfAbsent(e.getValue().entityName(), k -> new long[1])[0]++;
          unexpectedExample.putIfAbsent(e.getValue().entityName(),
              new String[] {a.id(), e.getValue().method() + ": " + e.getValue().snippet()});
        }
        if (hasPeople) {
          pairsInLabelled++;
        }
      }
      for (ReutersLabels.Person p : labels.leaders(a.people(), a.date())) {
        gold++;
        Set<String> ids = labels.leaderIds(p, a.date());
        if (ids.isEmpty()) {
          unknown++;
        }
        boolean hit = ids.stream().anyMatch(leaderMentionsOf::containsKey);
        if (hit) {
          foundLeaders++;
        } else {
          missed.computeIfAbsent(p.label(), k -> new long[1])[0]++;
          missedExample.putIfAbsent(p.label(), new String[] {a.id(), head(a)});
        }
      }
    }
    LeaderScores leaderScores = new LeaderScores(gold, foundLeaders, unknown, leaderMentions,
        leaderMentionsLabelled, leaderMentionsInLabelled, pairs, pairsLabelled, pairsInLabelled);

    long evidence = evidenceForGold(articles, mentions);
    // the same stories as a dump writes them: no title field, the headline as the text's first line
    List<List<Mention>> dumped = new ArrayList<>(articles.size());
    for (ReutersArticle a : articles) {
      String text = a.title() == null || a.title().isBlank() ? a.text()
          : a.text() == null ? a.title() : a.title() + "\n" + a.text();
      dumped.add(full.extract(null, text, a.date()));
    }
    CountryScores dumpFocus = countryScores(articles, dumped, m -> true, false, vocabulary, a -> true, true);
    CountryScores dumpAll = countryScores(articles, dumped, m -> true, false, vocabulary, a -> true, false);
    return new Result(articles.size(), withCountries, goldCountries, all, labelled, focus, leaderScores,
        ablation, ablationFocus, byMethod, evidence, unresolvedTitles,
        top(fpCount, fpExample, 30), top(fnCount, fnExample, 30), top(missed, missedExample, 30),
        top(unexpected, unexpectedExample, 15), (System.nanoTime() - t0) / 1e9, dumpFocus, dumpAll);
  }

  private Map<String, Mention> predictedCountries(List<Mention> all, Predicate<Mention> keep,
                                                  boolean withLeaderCountries, Set<String> vocabulary,
                                                  boolean focusOnly) {
    Map<String, Mention> out = new LinkedHashMap<>();
    List<Mention> ms = all.stream().filter(keep).toList();
    Set<String> focus = focusOnly ? ArticleEntities.focusCountries(ms) : null;
    for (Mention m : ms) {
      if (focus != null && m.entityType().equals(EntityIds.COUNTRY) && !focus.contains(m.entityId())) {
        continue;
      }
      String country = null;
      if (m.entityType().equals(EntityIds.COUNTRY)) {
        country = m.entityId();
      } else if (withLeaderCountries && m.entityType().equals(EntityIds.LEADER) && m.countryOf() != null) {
        country = m.countryOf();
      }
      if (country != null) {
        String id = country.substring(EntityIds.COUNTRY.length() + 1);
        if (vocabulary.contains(id)) {
          out.putIfAbsent(id, m);
        }
      }
    }
    return out;
  }

  private CountryScores countryScores(List<ReutersArticle> articles, List<List<Mention>> mentions,
                                      Predicate<Mention> keep, boolean withLeaderCountries,
                                      Set<String> vocabulary, Predicate<ReutersArticle> include,
                                      boolean focusOnly) {
    Counts micro = new Counts(0, 0, 0);
    Map<String, long[]> perLabel = new HashMap<>(); // tp, fp, fn
    long outside = 0;
    for (int i = 0; i < articles.size(); i++) {
      ReutersArticle a = articles.get(i);
      if (!include.test(a)) {
        continue;
      }
      Set<String> gold = labels.countries(a.places());
      Set<String> found = predictedCountries(mentions.get(i), keep, withLeaderCountries, vocabulary,
          focusOnly).keySet();
      for (Mention m : mentions.get(i)) {
        if (m.entityType().equals(EntityIds.COUNTRY)
            && !vocabulary.contains(m.entityId().substring(EntityIds.COUNTRY.length() + 1))) {
          outside++;
        }
      }
      long tp = 0;
      for (String f : found) {
        long[] c = perLabel.computeIfAbsent(f, k -> new long[3]);
        if (gold.contains(f)) {
          tp++;
          c[0]++;
        } else {
          c[1]++;
        }
      }
      for (String g : gold) {
        if (!found.contains(g)) {
          perLabel.computeIfAbsent(g, k -> new long[3])[2]++;
        }
      }
      micro = micro.plus(new Counts(tp, found.size() - tp, gold.size() - tp));
    }
    double p = 0;
    double r = 0;
    double f = 0;
    int n = 0;
    for (long[] c : perLabel.values()) {
      if (c[0] + c[2] == 0) {
        continue; // never in the gold: macro averages over the labels that occur
      }
      Counts k = new Counts(c[0], c[1], c[2]);
      p += k.precision();
      r += k.recall();
      f += k.f1();
      n++;
    }
    return new CountryScores(micro, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n == 0 ? 0 : f / n, outside);
  }

  /**
   * Gold country labels for which the text holds any evidence at all: a country mention the rules
   * found, an alias of the country (any method, cities included, case and ambiguity ignored) or the
   * full name of a leader of it.
   * Their share bounds the recall of any matcher of this gazetteer.
   */
  private long evidenceForGold(List<ReutersArticle> articles, List<List<Mention>> mentions) {
    List<Alias> loose = new ArrayList<>();
    for (Alias a : gazetteer.aliases()) {
      String type = EntityIds.typeOf(a.entityId());
      if (type.equals(EntityIds.COUNTRY) || (type.equals(EntityIds.LEADER) && !a.method().equals("surname"))) {
        loose.add(new Alias(a.entityId(), a.text(), a.method(), false, false, false));
      }
    }
    AliasMatcher matcher = new AliasMatcher(loose);
    long evidence = 0;
    for (int i = 0; i < articles.size(); i++) {
      ReutersArticle a = articles.get(i);
      Set<String> gold = labels.countries(a.places());
      if (gold.isEmpty()) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (Mention m : mentions.get(i)) { // what the rules found counts too (dateline regions ...)
        if (m.entityType().equals(EntityIds.COUNTRY)) {
          seen.add(m.entityId().substring(EntityIds.COUNTRY.length() + 1));
        }
      }
      String all = (a.title() == null ? "" : a.title() + "\n") + a.text();
      for (AliasMatcher.Candidate c : matcher.find(all)) {
        for (Alias al : c.aliases()) {
          String e = al.entityId();
          if (EntityIds.typeOf(e).equals(EntityIds.COUNTRY)) {
            seen.add(e.substring(EntityIds.COUNTRY.length() + 1));
          } else {
            String leader = e.substring(EntityIds.LEADER.length() + 1);
            gazetteer.rolesOf(leader).forEach(r -> seen.add(r.countryId()));
          }
        }
      }
      // a name the country had at another time counts too (Moscow -> Soviet Union)
      Set<String> withHistory = new LinkedHashSet<>(seen);
      for (String s : seen) {
        gazetteer.countries().values().stream().filter(c -> c.successorIds() != null && c.successorIds().contains(s))
            .forEach(c -> withHistory.add(c.id()));
      }
      for (String g : gold) {
        if (withHistory.contains(g)) {
          evidence++;
        }
      }
    }
    return evidence;
  }

  private static String head(ReutersArticle a) {
    String t = (a.title() == null ? "" : a.title() + " | ") + a.text();
    t = t.replaceAll("\\s+", " ").trim();
    return t.length() > 140 ? t.substring(0, 140) + "\u2026" : t;
  }

  private static List<Confusion> top(Map<String, long[]> counts, Map<String, String[]> examples, int n) {
    List<Confusion> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(new Confusion(k, v[0], examples.get(k)[0], examples.get(k)[1])));
    out.sort(Comparator.comparingLong(Confusion::count).reversed().thenComparing(Confusion::id));
    return out.size() > n ? out.subList(0, n) : out;
  }
}
