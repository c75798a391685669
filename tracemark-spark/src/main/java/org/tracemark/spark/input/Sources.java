package org.tracemark.spark.input;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One RDD over every unit of a plan, whose partitions come in reading order: each whole file and each byte range of
 * a split file is one partition, each Spark partition of a Parquet/ORC data set another. Collecting it, or iterating
 * it locally, therefore yields results in the order the CLI produces them.
 */
public final class Sources {
  private Sources() {}

  /** Work on the rows of one Spark partition of a columnar unit. */
  @FunctionalInterface
  public interface ColumnarWork<T> extends Serializable {
    Iterator<T> apply(Unit unit, int partition, Iterator<Row> rows) throws Exception;
  }

  public static <T> JavaRDD<T> union(SparkSession spark, InputPlanner.Plan plan, FlatMapFunction<Chunk, T> perChunk,
      ColumnarWork<T> perPartition) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<T>> parts = new ArrayList<>();
    List<Chunk> run = new ArrayList<>();
    for (Unit u : plan.units()) {
      if (u.kind() == Unit.Kind.COLUMNAR) {
        flush(jsc, run, perChunk, parts);
        parts.add(spark.read().format(u.columnarFormat()).load(u.location()).javaRDD()
            .mapPartitionsWithIndex((i, rows) -> perPartition.apply(u, i, rows), true));
      } else {
        for (Chunk c : plan.chunks()) {
          if (c.unit() == u.index()) {
            run.add(c);
          }
        }
      }
    }
    flush(jsc, run, perChunk, parts);
    if (parts.isEmpty()) {
      return jsc.emptyRDD();
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    @SuppressWarnings("unchecked")
    JavaRDD<T>[] all = parts.toArray(new JavaRDD[0]);
    return jsc.union(all);
  }

  private static <T> void flush(JavaSparkContext jsc, List<Chunk> run, FlatMapFunction<Chunk, T> perChunk,
      List<JavaRDD<T>> parts) {
    if (!run.isEmpty()) {
      parts.add(jsc.parallelize(new ArrayList<>(run), run.size()).flatMap(perChunk));
      run.clear();
    }
  }
}
