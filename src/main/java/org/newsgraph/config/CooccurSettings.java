package org.newsgraph.config;

import java.util.List;

/**
 * The resolved settings of the cooccur stage's counts (keys cooccur.*; see {@link Settings}), built
 * once with the config; the trends have {@link TrendSettings}.
 *
 * @param granularities        cooccur.granularities, in {@link Granularity} order
 * @param windows              cooccur.windows
 * @param minPairCount         cooccur.min_pair_count
 * @param significanceG2       cooccur.significance.g2
 * @param significanceMinCount cooccur.significance.min_count
 */
public record CooccurSettings(List<String> granularities, List<String> windows, int minPairCount,
                              double significanceG2, int significanceMinCount) implements java.io.Serializable {
}
