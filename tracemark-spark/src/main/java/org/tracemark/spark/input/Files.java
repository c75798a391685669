package org.tracemark.spark.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/** Opens a unit's bytes where it lives: local files through java.nio (as the CLI), others through Hadoop. */
final class Files {
  private static final int BUFFER = 1 << 20;

  private Files() {}

  /** The unit's bytes from {@code offset}, buffered. */
  static InputStream open(Unit unit, HadoopConf conf, long offset) throws IOException {
    if (unit.local()) {
      FileChannel ch = FileChannel.open(java.nio.file.Path.of(unit.location()), StandardOpenOption.READ);
      ch.position(offset);
      return new BufferedInputStream(Channels.newInputStream(ch), BUFFER);
    }
    Path path = new Path(unit.location());
    FSDataInputStream in = conf.fileSystem(path).open(path, BUFFER);
    if (offset > 0) {
      in.seek(offset);
    }
    return new BufferedInputStream(in, BUFFER);
  }
}
