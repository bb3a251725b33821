package org.newsgraph;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a test JVM: local[2], two shuffle partitions, no UI, UTC, loopback.
 * Created on first use and stopped when the JVM exits.
 */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {
  }

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = org.newsgraph.tables.OutputTables.configure(SparkSession.builder())
          .master("local[2]")
          .appName("newsgraph-tests")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}
