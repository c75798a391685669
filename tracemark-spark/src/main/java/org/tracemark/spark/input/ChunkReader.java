package org.tracemark.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DelimitedSplit;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;

/** Reads a chunk inside an executor with tracemark-io, the CLI's reader. */
public final class ChunkReader {
  private ChunkReader() {}

  /**
   * Streams every document of a whole unit to the handler, exactly as the CLI's reader does for the same file.
   *
   * @throws IOException only when the path itself cannot be opened
   */
  public static void whole(Unit unit, HadoopConf conf, DocumentHandler handler) throws IOException {
    DocumentReader reader = new DocumentReader(ReadLimits.defaults());
    if (unit.local()) {
      reader.read(java.nio.file.Path.of(unit.location()), handler);
    } else {
      reader.read(unit.displayPath(), unit.fileName(), () -> Files.open(unit, conf, 0), handler);
    }
  }

  /**
   * Streams the rows of one byte range of a split unit: {@code header} from the first range only; rows numbered as
   * {@link DelimitedSplit#read} numbers them.
   */
  public static DelimitedSplit.Stats split(Unit unit, Chunk chunk, HadoopConf conf, DocumentHandler handler)
      throws IOException, BadInputException {
    try (InputStream in = RecordRanges.open(Files.open(unit, conf, Math.max(0, chunk.start() - 1)), chunk.start(),
        chunk.end())) {
      return DelimitedSplit.read(in, unit.layout(), chunk.part() == 0, unit.displayPath(), ReadLimits.defaults(),
          handler);
    }
  }

  /** What a split or columnar unit is, as the CLI's reader would have announced it. */
  public static DocumentInfo info(Unit unit) {
    return new DocumentInfo(unit.displayPath(), java.nio.file.Path.of(unit.displayPath()), unit.head().format(),
        Optional.ofNullable(unit.head().encoding()), true);
  }
}
