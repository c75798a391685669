package org.tracemark.io.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads the entries of a .zip archive as sources, in the archive's own order, each named
 * {@code "archive.zip!/dir/entry.csv"}; nested archives are read the same way up to the depth limit.
 *
 * <p>Limits: the entry count is checked before anything is read, and every entry inflates through the archive's
 * {@link ZipBudget}, so a zip bomb stops at the byte or ratio limit with a per-document error. Entry names are
 * decoded as UTF-8 when flagged or valid, else as GB18030 (Chinese Windows writes GBK names without a flag).
 */
final class ZipExpander {
  private final ReadLimits limits;
  private final SourceDispatcher dispatcher;

  ZipExpander(ReadLimits limits, SourceDispatcher dispatcher) {
    this.limits = limits;
    this.dispatcher = dispatcher;
  }

  void expand(Source archive, Path file, ZipFile zip, DocumentHandler handler) throws InputProblem {
    int level = archive.depth() + 1;
    if (level > limits.maxZipDepth()) {
      throw new InputProblem(0, 0, "archives nested more than " + limits.maxZipDepth() + " deep are not read");
    }
    List<ZipArchiveEntry> entries = new ArrayList<>();
    Enumeration<ZipArchiveEntry> all = zip.getEntries();
    while (all.hasMoreElements()) {
      ZipArchiveEntry entry = all.nextElement();
      if (!entry.isDirectory()) {
        entries.add(entry);
      }
      if (entries.size() > limits.maxZipEntries()) {
        throw new InputProblem(0, 0, "the archive has more than " + limits.maxZipEntries() + " entries");
      }
    }
    ZipBudget budget = archive.budget() != null ? archive.budget() : new ZipBudget(limits);
    for (ZipArchiveEntry entry : entries) {
      if (budget.exhausted()) {
        break;
      }
      String name = DisplayPaths.clean(entryName(entry));
      String display = archive.displayPath() + "!/" + name;
      if (!zip.canReadEntryData(entry)) {
        dispatcher.fail(handler, display, new InputProblem(0, 0,
            "the archive entry is encrypted or uses an unsupported compression method"));
        continue;
      }
      int slash = name.lastIndexOf('/');
      Source source = new Source(display, archive.origin(), name.substring(slash + 1),
          () -> budget.limit(zip.getInputStream(entry), entry.getCompressedSize()), null, level, budget);
      dispatcher.read(source, handler);
    }
  }

  /** The entry's name: UTF-8 when flagged or valid as UTF-8, else GB18030. */
  static String entryName(ZipArchiveEntry entry) {
    byte[] raw = entry.getRawName();
    if (raw == null) {
      return entry.getName();
    }
    if (entry.getGeneralPurposeBit().usesUTF8ForNames() || isUtf8(raw)) {
      return new String(raw, StandardCharsets.UTF_8);
    }
    return new String(raw, EncodingDetector.GB18030);
  }

  private static boolean isUtf8(byte[] raw) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
