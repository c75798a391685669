package org.tracemark.spark.input;

import java.io.Serializable;
import java.util.ArrayList;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.tracemark.pii.PiiEngine;

/**
 * What every task of a job needs, broadcast once per executor rather than shipped with every task: the PII engine
 * (serialised as its configuration and rebuilt once per executor), the planned units and the Hadoop settings.
 * Nothing here is static: the configuration travels with the job.
 */
public record JobContext(Broadcast<PiiEngine> engine, Broadcast<ArrayList<Unit>> units, Broadcast<HadoopConf> conf)
    implements Serializable {

  public static JobContext of(SparkSession spark, PiiEngine engine, InputPlanner.Plan plan, HadoopConf conf) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return new JobContext(jsc.broadcast(engine), jsc.broadcast(new ArrayList<>(plan.units())), jsc.broadcast(conf));
  }

  public Unit unit(int index) {
    return units.value().get(index);
  }

  public PiiEngine pii() {
    return engine.value();
  }

  public HadoopConf hadoop() {
    return conf.value();
  }
}
