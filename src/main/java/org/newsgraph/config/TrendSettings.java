package org.newsgraph.config;

import java.util.Map;

/**
 * The resolved trend settings (keys trends.*; see {@link Settings}).
 *
 * @param trailing granularity -> the number of earlier periods a period is compared with
 * @param risingZ  trends.rising_z
 * @param minCount trends.min_count
 * @param minSd    trends.min_sd
 * @param minTotal trends.min_total
 */
public record TrendSettings(Map<String, Integer> trailing, double risingZ, int minCount,
                            double minSd, int minTotal) implements java.io.Serializable {
}
