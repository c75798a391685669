package org.tracemark.io.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads files, directories and archives into a stream of documents for a {@link DocumentHandler}.
 *
 * <p>What is a document: a CSV, TSV, JSON lines or text file; each sheet of an .xlsx or .xls workbook
 * ("book.xlsx!Sheet1"); each entry of a .zip archive ("dump.zip!/a/b.csv"), nested archives included. Formats are
 * decided by content first (see {@link DocumentFormat}), text encodings detected (UTF-8 with or without BOM,
 * GB18030/GBK, UTF-16 with or without BOM).
 *
 * <p>Robustness: every problem of one document (a damaged workbook, a binary file, an encoding that changes midway,
 * a record past {@link ReadLimits#maxRecordChars()}, a zip bomb) goes to {@link DocumentHandler#failed} as a
 * one-line {@link org.tracemark.io.BadInputException} (rows and lines 1-based, as in the file; a CSV record with
 * quoted line breaks counts as one row) and reading goes on with the next document. Memory stays bounded by the
 * limits, not by input size. Exceptions thrown by the handler propagate and stop reading.
 *
 * <p>Thread-safe: a reader holds only its limits; each {@link #read} call is independent.
 */
public final class DocumentReader {
  private final ReadLimits limits;

  public DocumentReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads a file, a directory (recursively, sorted by path; symbolic links to directories are not followed, special
   * files skipped), or a .zip archive (entries, nested zips) and streams every document in it to the handler.
   * Per-document problems go to handler.failed and never stop other documents.
   *
   * @throws IOException only for the path itself being unreadable (missing, permission)
   */
  public void read(Path path, DocumentHandler handler) throws IOException {
    Objects.requireNonNull(handler, "handler");
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    if (!Files.isReadable(path)) {
      throw new AccessDeniedException(path.toString());
    }
    SourceDispatcher dispatcher = new SourceDispatcher(limits);
    if (Files.isDirectory(path)) {
      walk(path, dispatcher, handler, true);
    } else {
      dispatcher.read(Source.file(path), handler);
    }
  }

  /**
   * Reads one file known only as a stream — a file on a Hadoop file system, an upload — exactly as {@link #read(Path,
   * DocumentHandler)} reads a file with the same bytes: the same formats, documents, encodings and problems. Workbooks
   * and archives, which need random access, are first copied to a temporary file.
   *
   * @param displayPath what reports print for it (and the prefix of its sheets' and entries' display paths)
   * @param fileName its own name, for extension hints
   * @param opener opens its bytes; called once
   */
  public void read(String displayPath, String fileName, InputOpener opener, DocumentHandler handler) {
    Objects.requireNonNull(handler, "handler");
    new SourceDispatcher(limits).read(Source.stream(displayPath, fileName, opener), handler);
  }

  private void walk(Path dir, SourceDispatcher dispatcher, DocumentHandler handler, boolean top)
      throws IOException {
    List<Path> children;
    try (Stream<Path> listing = Files.list(dir)) {
      children = listing.sorted().toList();
    } catch (IOException e) {
      if (top) {
        throw e;
      }
      dispatcher.fail(handler, dir.toString(),
          new InputProblem(0, 0, "directory cannot be listed (" + e.getClass().getSimpleName() + ")", e));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, dispatcher, handler, false);
      } else if (Files.isRegularFile(child)) {
        dispatcher.read(Source.file(child), handler);
      }
    }
  }
}
