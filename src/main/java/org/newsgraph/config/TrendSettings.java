package org.newsgraph.config;

import java.util.Map;

/**
 * The resolved trend settings (keys trends.*; see {@link Settings}).
 *
 * @param trailing granularity -> the number of earlier periods a period is compared with
 * @param fdr      trends.fdr
 * @param minCount trends.min_count
 * @param minTotal trends.min_total
 */
public record TrendSettings(Map<String, Integer> trailing, double fdr, int minCount, int minTotal) implements java.io.Serializable {
}
