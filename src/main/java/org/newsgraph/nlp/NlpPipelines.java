package org.newsgraph.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.Finisher;
import com.johnsnowlabs.nlp.annotators.MultiDateMatcher;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.StopWordsCleaner;
import com.johnsnowlabs.nlp.annotators.Stemmer;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.keyword.yake.YakeKeywordExtraction;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * Every Spark NLP pipeline of newsgraph, built here and nowhere else. All annotators are rule
 * based and configured from constants (no {@code pretrained()}: it cannot work offline). Setters
 * of Spark NLP's Scala traits return the trait type, so each is called on its own line.
 *
 * <p>The pipelines only hold transformers and annotator models, so {@code fit} on them runs no
 * Spark job; the caller fits on the Dataset it then transforms.
 */
public final class NlpPipelines {
  /**
   * Sentence bounds as one regex, used instead of the pragmatic rules (faster, with the same
   * sentences on news text): end punctuation, optionally a closing quote or bracket,
   * white space, then an upper-case letter, digit or opening quote.
   */
  static final String SENTENCE_BOUND = "(?<=[.!?][\"'\u201D)]?)\\s+(?=[\"'\u201C(]?[A-Z0-9])";

  /** A line break also ends a sentence (the title is joined to the text with one). */
  static final String LINE_BREAK = "\\s*\\n\\s*";

  /**
   * Words that are frequent in news text but say nothing about its subject, added to Spark ML's
   * English stop words (181 words) for topic discovery.
   */
  static final List<String> NEWS_STOP_WORDS = List.of("said", "says", "say", "told", "would",
      "could", "also", "mr", "mrs", "ms", "reuters", "according", "last", "week", "year", "years",
      "new", "one", "two", "like", "just", "since", "among", "will", "may", "might", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "percent");

  /** Columns the topic pipeline adds, each an array of strings aligned index by index. */
  public static final String WORDS = "nlp_words";
  public static final String STEMS = "nlp_stems";
  /** Column of Spark NLP keyword annotations the keyword pipeline adds. */
  public static final String KEYWORDS = "nlp_keywords";
  /** Column of Spark NLP date annotations the date pipeline adds. */
  public static final String DATES = "nlp_dates";

  private NlpPipelines() {
  }

  /** English stop words: Spark ML's list (bundled, offline) plus {@link #NEWS_STOP_WORDS}. */
  public static String[] stopWords() {
    List<String> words = new ArrayList<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
    words.addAll(NEWS_STOP_WORDS);
    return words.toArray(new String[0]);
  }

  private static List<PipelineStage> documentSentenceToken(String textColumn) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(textColumn);
    document.setOutputCol("nlp_document");
    SentenceDetector sentence = new SentenceDetector();
    sentence.setInputCols(new String[] {"nlp_document"});
    sentence.setOutputCol("nlp_sentence");
    sentence.setCustomBounds(new String[] {SENTENCE_BOUND, LINE_BREAK});
    sentence.setUseCustomBoundsOnly(true);
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {"nlp_sentence"});
    token.setOutputCol("nlp_token");
    return new ArrayList<>(List.of(document, sentence, token));
  }

  /**
   * Topic terms: text -> sentences -> tokens -> lower-cased letters-and-hyphens words of at
   * least 3 characters -> without stop words -> Porter stems. Adds {@link #WORDS} (the cleaned
   * words) and {@link #STEMS} (their stems, same length and order), and drops the annotations.
   */
  public static Pipeline topicTerms(String textColumn) {
    List<PipelineStage> stages = documentSentenceToken(textColumn);
    Normalizer normalizer = new Normalizer();
    normalizer.setInputCols(new String[] {"nlp_token"});
    normalizer.setOutputCol("nlp_normal");
    normalizer.setLowercase(true);
    normalizer.setCleanupPatterns(new String[] {"[^\\p{L}\\-]", "^-+|-+$"});
    normalizer.setMinLength(3);
    StopWordsCleaner stop = new StopWordsCleaner();
    stop.setInputCols(new String[] {"nlp_normal"});
    stop.setOutputCol("nlp_clean");
    stop.setStopWords(stopWords());
    stop.setCaseSensitive(false);
    Stemmer stemmer = new Stemmer();
    stemmer.setInputCols(new String[] {"nlp_clean"});
    stemmer.setOutputCol("nlp_stem");
    Finisher finisher = new Finisher();
    finisher.setInputCols(new String[] {"nlp_clean", "nlp_stem"});
    finisher.setOutputCols(new String[] {WORDS, STEMS});
    finisher.setOutputAsArray(true);
    finisher.setCleanAnnotations(true);
    stages.addAll(List.of(normalizer, stop, stemmer, finisher));
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /**
   * Keywords: text -> sentences -> tokens -> YAKE (1- to 3-word keywords, the best
   * {@code nKeywords} per text; lower YAKE scores are better). Adds {@link #KEYWORDS}.
   */
  public static Pipeline keywords(String textColumn, int nKeywords) {
    List<PipelineStage> stages = documentSentenceToken(textColumn);
    YakeKeywordExtraction yake = new YakeKeywordExtraction();
    yake.setInputCols(new String[] {"nlp_token"});
    yake.setOutputCol(KEYWORDS);
    yake.setMinNGrams(1);
    yake.setMaxNGrams(3);
    yake.setNKeywords(nKeywords);
    yake.setStopWords(stopWords());
    stages.add(yake);
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /**
   * Dates: text -> every date expression MultiDateMatcher recognises, as yyyy-MM-dd with the
   * match's character offsets. Adds {@link #DATES}. Missing parts default to the anchor (today),
   * so callers keep only matches whose text shows a year (see {@link TextDates}).
   */
  public static Pipeline dates(String textColumn) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(textColumn);
    document.setOutputCol("nlp_document");
    MultiDateMatcher dates = new MultiDateMatcher();
    dates.setInputCols(new String[] {"nlp_document"});
    dates.setOutputCol(DATES);
    dates.setOutputFormat("yyyy-MM-dd");
    dates.setReadMonthFirst(true);
    return new Pipeline().setStages(new PipelineStage[] {document, dates});
  }
}
