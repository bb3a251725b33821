package org.newsgraph.gazetteer;

import java.io.Serializable;

/**
 * One surface form that names an entity.
 *
 * @param entityId      namespaced entity id ({@link EntityIds})
 * @param text          the alias as written in the gazetteer
 * @param method        how it names the entity: alias, abbreviation, demonym, capital, seat,
 *                      surname (leaders' short form), phrase (topics)
 * @param caseSensitive matches only with the capitalisation given
 * @param ambiguous     needs support from an unambiguous mention of the same entity in the article
 * @param prefix        the last word may continue (topic phrases ending in {@code *})
 */
public record Alias(String entityId, String text, String method, boolean caseSensitive,
                    boolean ambiguous, boolean prefix) implements Serializable {
}
