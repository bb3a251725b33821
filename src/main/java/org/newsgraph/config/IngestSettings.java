package org.newsgraph.config;

import java.util.List;

/**
 * The resolved settings of the ingest stage (keys input.*, ingest.*, text.*, dedupe.*; see {@link Settings}),
 * built once with the config.
 *
 * @param inputPaths           input.paths
 * @param maxTextChars         ingest.max_text_chars
 * @param nearDuplicates       dedupe.near_duplicates
 * @param nearDuplicateJaccard dedupe.jaccard
 * @param input                the input format, field mapping and reader settings
 */
public record IngestSettings(List<String> inputPaths, int maxTextChars, boolean nearDuplicates,
                             double nearDuplicateJaccard, InputOptions input) implements java.io.Serializable {
}
