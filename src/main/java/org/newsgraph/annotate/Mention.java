package org.newsgraph.annotate;

/**
 * One resolved mention of an entity in an article field.
 *
 * @param field         "title" or "text"
 * @param sentenceIndex 0-based sentence of the field the mention is in
 * @param start         offset of the first character in the field (UTF-16 code units)
 * @param end           offset after the last character (exclusive)
 * @param method        how it was found: alias, abbreviation, demonym, capital, seat, city,
 *                      dateline, title, surname, coreference; for topics phrase, stem, pair,
 *                      meeting (see Tables.MENTIONS)
 * @param countryOf     for leaders: the country led on the article's date (see Gazetteer#countryOf);
 *                      for unresolved titles (entity type title): the title's country
 * @param inOffice      for leaders: whether they held an office on that date (null if undated)
 * @param weight        what the mention weighs towards its entity's salience: 1 for a name, a topic
 *                      cue's weight for a topic (topic_cues.tsv)
 */
public record Mention(String field, int sentenceIndex, int start, int end, String surface,
                      String snippet, String entityId, String entityType, String entityName,
                      String method, String countryOf, Boolean inOffice, double weight) {

  /** A mention that weighs 1. */
  public Mention(String field, int sentenceIndex, int start, int end, String surface, String snippet,
                 String entityId, String entityType, String entityName, String method, String countryOf,
                 Boolean inOffice) {
    this(field, sentenceIndex, start, end, surface, snippet, entityId, entityType, entityName, method, countryOf,
        inOffice, 1.0);
  }
}
