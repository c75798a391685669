package org.tracemark.spark.input;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The driver's Hadoop configuration, shipped to executors so they open the same file systems (HDFS, S3A, local) with
 * the same settings and credentials. Hadoop's {@link Configuration} is not serialisable; its entries are.
 */
public final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private final HashMap<String, String> entries = new HashMap<>();
  private transient Configuration conf;

  public HadoopConf(Configuration source) {
    for (Map.Entry<String, String> e : source) {
      entries.put(e.getKey(), e.getValue());
    }
    this.conf = source;
  }

  public Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }

  public FileSystem fileSystem(Path path) throws IOException {
    return path.getFileSystem(get());
  }

  public FileSystem fileSystem(URI uri) throws IOException {
    return FileSystem.get(uri, get());
  }

  @Override
  public String toString() {
    return "HadoopConf[" + entries.size() + " entries]";
  }
}
