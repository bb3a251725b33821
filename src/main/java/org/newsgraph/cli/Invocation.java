package org.newsgraph.cli;

import java.util.Map;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.export.ExportRequest;

/**
 * One parsed command line ({@link Commands#parse}).
 *
 * @param command   run, ingest, annotate, cooccur, evaluate, export or docs
 * @param master    the Spark master if given (else spark-submit's, else local[*])
 * @param sparkConf the --conf Spark settings, applied to the session
 * @param config    the resolved, validated settings
 * @param export    what {@code export} is asked for (its table root is the config's output.dir); null for
 *                  the other commands
 */
public record Invocation(String command, String master, Map<String, String> sparkConf, NewsgraphConfig config,
                         ExportRequest export) {
}
