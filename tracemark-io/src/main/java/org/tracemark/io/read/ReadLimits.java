package org.tracemark.io.read;

/**
 * Bounds that keep reading hostile or broken input in bounded memory and time. Every limit that is hit becomes a
 * per-document {@link org.tracemark.io.BadInputException}, never an {@link OutOfMemoryError}.
 *
 * @param maxRecordChars the longest line (text, JSON lines) or record (CSV, TSV, with its quoted line breaks) in
 *     characters (in bytes for UTF-8 CSV and TSV, which are split before decoding); a 1 GB file without a line break
 *     fails at this length instead of filling the heap
 * @param maxTotalUncompressedBytes the most bytes all entries of one archive (nested archives included) may expand to
 * @param maxCompressionRatio the highest uncompressed/compressed ratio an archive entry may have once it has
 *     expanded past {@code ratioGraceBytes}; zip bombs compress thousands to one, real tables ten to one
 * @param ratioGraceBytes the uncompressed size below which the ratio is not checked (small files compress well)
 * @param maxZipEntries the most entries one archive may hold
 * @param maxZipDepth how deep archives may nest (1: a zip, but no zip inside it)
 * @param maxXlsBytes the largest .xls file read; the Excel 97 reader holds a whole workbook in memory
 * @param maxXlsxPartBytes the largest declared size of one part of an .xlsx (a sheet is streamed, so this only
 *     guards against bombs)
 * @param maxSharedStringsBytes the largest shared-strings part of an .xlsx; unlike sheets, that table is held in
 *     memory (about twice its XML size), so it bounds the heap an .xlsx needs
 */
public record ReadLimits(
    int maxRecordChars,
    long maxTotalUncompressedBytes,
    int maxCompressionRatio,
    long ratioGraceBytes,
    int maxZipEntries,
    int maxZipDepth,
    long maxXlsBytes,
    long maxXlsxPartBytes,
    long maxSharedStringsBytes) {

  public ReadLimits {
    positive(maxRecordChars, "maxRecordChars");
    positive(maxTotalUncompressedBytes, "maxTotalUncompressedBytes");
    positive(maxCompressionRatio, "maxCompressionRatio");
    positive(ratioGraceBytes, "ratioGraceBytes");
    positive(maxZipEntries, "maxZipEntries");
    positive(maxZipDepth, "maxZipDepth");
    positive(maxXlsBytes, "maxXlsBytes");
    positive(maxXlsxPartBytes, "maxXlsxPartBytes");
    positive(maxSharedStringsBytes, "maxSharedStringsBytes");
  }

  /**
   * Limits that fit {@code -Xmx512m}: 1 Mi chars a record, 4 GiB and ratio 100 per archive, zips nested 4 deep,
   * .xls up to 64 MiB, .xlsx shared strings up to 160 MiB (a 1M-row owner list has about 120 MiB, 260 MB of heap).
   */
  public static ReadLimits defaults() {
    return new ReadLimits(1 << 20, 4L << 30, 100, 1L << 20, 100_000, 4, 64L << 20, 2L << 30, 160L << 20);
  }

  public ReadLimits withMaxRecordChars(int chars) {
    return new ReadLimits(chars, maxTotalUncompressedBytes, maxCompressionRatio, ratioGraceBytes, maxZipEntries,
        maxZipDepth, maxXlsBytes, maxXlsxPartBytes, maxSharedStringsBytes);
  }

  public ReadLimits withZipLimits(long totalBytes, int ratio, int entries, int depth) {
    return new ReadLimits(maxRecordChars, totalBytes, ratio, ratioGraceBytes, entries, depth, maxXlsBytes,
        maxXlsxPartBytes, maxSharedStringsBytes);
  }

  public ReadLimits withMaxSharedStringsBytes(long bytes) {
    return new ReadLimits(maxRecordChars, maxTotalUncompressedBytes, maxCompressionRatio, ratioGraceBytes,
        maxZipEntries, maxZipDepth, maxXlsBytes, maxXlsxPartBytes, bytes);
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
