package org.tracemark.io.read;

import java.nio.file.Path;

/**
 * Something to read: a file on disk or an archive entry.
 *
 * @param displayPath how reports name it
 * @param origin the file on disk it comes from (the outermost archive for entries)
 * @param name its own file name, for extension hints
 * @param opener opens its bytes; called once
 * @param localFile the file itself on disk, or null for an archive entry (copied out only when a format needs it)
 * @param depth how many archives it is inside
 * @param budget the expansion budget of the outermost archive, or null outside archives
 */
record Source(String displayPath, Path origin, String name, InputOpener opener, Path localFile, int depth,
    ZipBudget budget) {

  /** A file known only as a stream (a Hadoop file system, an upload): never random-accessed in place. */
  static Source stream(String displayPath, String name, InputOpener opener) {
    return new Source(displayPath, DisplayPaths.asPath(displayPath), name, opener, null, 0, null);
  }

  static Source file(Path file) {
    Path name = file.getFileName();
    return new Source(file.toString(), file, name == null ? file.toString() : name.toString(),
        () -> java.nio.file.Files.newInputStream(file), file, 0, null);
  }
}
