package org.tracemark.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of one command: local mode on every core unless {@code --master} or spark-submit says
 * otherwise. Locally the web UI and the console progress bar are off (stdout carries the JSON; a laptop run needs
 * no UI); any {@code spark.*} setting given with {@code --conf} or spark-submit wins.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession open(String appName, String master) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    boolean local = conf.get("spark.master").startsWith("local");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    if (local) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    conf.setAppName(appName);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
