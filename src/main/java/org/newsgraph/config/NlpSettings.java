package org.newsgraph.config;

import java.util.Map;

/** The resolved settings of the Spark NLP stages (keys nlp.*; see {@link Settings}). */
public record NlpSettings(
    boolean datesEnabled,
    Integer datelineYear,
    boolean topicsEnabled,
    int topicsK,
    int topicsIterations,
    int topicsVocabularySize,
    int topicsMinDocFreq,
    double topicsMinWeight,
    int topicsTopTerms,
    int topicsSeed,
    boolean keywordsEnabled,
    int keywordsPerArticle,
    int keywordsTop) implements java.io.Serializable {

  /** Parses the nlp.* values of a resolved map (every key present). */
  public static NlpSettings from(Map<String, String> r) {
    String year = get(r, Settings.NLP_DATES_DATELINE_YEAR);
    return new NlpSettings(
        get(r, Settings.NLP_DATES_ENABLED),
        year.isEmpty() ? null : Integer.valueOf(year),
        get(r, Settings.NLP_TOPICS_ENABLED),
        get(r, Settings.NLP_TOPICS_K),
        get(r, Settings.NLP_TOPICS_ITERATIONS),
        get(r, Settings.NLP_TOPICS_VOCABULARY),
        get(r, Settings.NLP_TOPICS_MIN_DOC_FREQ),
        get(r, Settings.NLP_TOPICS_MIN_WEIGHT),
        get(r, Settings.NLP_TOPICS_TOP_TERMS),
        get(r, Settings.NLP_TOPICS_SEED),
        get(r, Settings.NLP_KEYWORDS_ENABLED),
        get(r, Settings.NLP_KEYWORDS_PER_ARTICLE),
        get(r, Settings.NLP_KEYWORDS_TOP));
  }

  private static <T> T get(Map<String, String> r, Setting<T> s) {
    return s.parse(r.get(s.key()));
  }
}
