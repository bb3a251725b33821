package org.newsgraph.config;

/**
 * The resolved settings of the annotate stage (see {@link Settings}), built once with the config.
 *
 * @param gazetteerExtraDir gazetteer.extra_dir: a folder of extra gazetteer files, or empty
 * @param snippetChars      annotate.snippet_chars
 */
public record AnnotateSettings(String gazetteerExtraDir, int snippetChars) implements java.io.Serializable {
}
