package org.tracemark.spark.input;

import java.io.Serializable;
import org.tracemark.io.read.DelimitedSplit;

/**
 * One input file (or Parquet/ORC data set) of a job, in the order the CLI would read it.
 *
 * @param index position in reading order
 * @param kind how it is read
 * @param displayPath what reports print, exactly as the CLI prints it for the same argument
 * @param location the Hadoop path to open ({@code file:/…}, {@code hdfs://…}, {@code s3a://…}); for a local file
 *     the plain local path
 * @param local whether {@code location} is a local file (read through java.nio, as the CLI reads it)
 * @param length bytes (0 for data sets)
 * @param layout for {@link Kind#SPLIT}: how the delimited file is laid out
 * @param head for {@link Kind#SPLIT} and {@link Kind#COLUMNAR}: header, sample and profile, taken on the driver
 * @param problem for {@link Kind#UNREADABLE}: why the path cannot be read, as the CLI words it
 */
public record Unit(int index, Kind kind, String displayPath, String location, boolean local, long length,
    DelimitedSplit.Layout layout, Head head, String problem) implements Serializable {

  /** How a unit is read. */
  public enum Kind {
    /** By tracemark-io's DocumentReader, whole, in one task: any format it reads, zips and workbooks included. */
    WHOLE,
    /** A large CSV/TSV read in byte ranges by several tasks. */
    SPLIT,
    /** Parquet or ORC through Spark's own reader, one part per Spark partition. */
    COLUMNAR,
    /** A path that cannot be read at all (missing, no permission), reported in its place. */
    UNREADABLE
  }

  /** The columnar format's Spark name, {@code parquet} or {@code orc}, from the head. */
  public String columnarFormat() {
    return head.format().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The file's own name, for extension hints. */
  public String fileName() {
    String l = location;
    int slash = l.lastIndexOf('/');
    return slash < 0 ? l : l.substring(slash + 1);
  }

  @Override
  public String toString() {
    return "Unit[" + index + " " + kind + " " + displayPath + "]";
  }
}
