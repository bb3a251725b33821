package org.newsgraph.cli;

import java.util.Map;
import org.newsgraph.config.NewsgraphConfig;

/**
 * One parsed command line ({@link Commands#parse}).
 *
 * @param command   run, ingest, annotate, cooccur, evaluate or docs
 * @param master    the Spark master if given (else spark-submit's, else local[*])
 * @param sparkConf the --conf Spark settings, applied to the session
 * @param config    the resolved, validated settings
 */
public record Invocation(String command, String master, Map<String, String> sparkConf, NewsgraphConfig config) {
}
