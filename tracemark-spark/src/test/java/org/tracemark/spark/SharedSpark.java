package org.tracemark.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local SparkSession (two cores) for every test class in the JVM: starting Spark costs seconds, and tests must
 * stay within CI's time. Stopped when the JVM exits.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      System.setProperty("spark.ui.enabled", "false");
      session = SparkSessions.open("tracemark tests", "local[2]");
      session.conf().set("spark.sql.shuffle.partitions", "4");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
