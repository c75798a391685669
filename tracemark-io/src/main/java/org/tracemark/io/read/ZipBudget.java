package org.tracemark.io.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The expansion budget of one archive and every archive nested in it: total uncompressed bytes, and per entry the
 * ratio of uncompressed to compressed bytes. Counting happens on the bytes actually inflated, not on the sizes an
 * archive declares (a zip bomb can lie about those), so a hostile archive stops at the limit with a
 * {@link ZipLimitException} instead of filling memory or disk. Not thread-safe.
 */
final class ZipBudget {
  private final ReadLimits limits;
  private long used;
  private boolean exhausted;

  ZipBudget(ReadLimits limits) {
    this.limits = limits;
  }

  /** True once the archive went past its total: the rest of it is not read. */
  boolean exhausted() {
    return exhausted;
  }

  /** Wraps one entry's inflating stream; {@code compressedSize} is the entry's size in the archive (or -1). */
  InputStream limit(InputStream entry, long compressedSize) {
    return new Counted(entry, Math.max(1, compressedSize));
  }

  /** An archive limit was hit: a zip bomb, or an archive too big to scan. */
  static final class ZipLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    ZipLimitException(String message) {
      super(message);
    }
  }

  private final class Counted extends FilterInputStream {
    private final long compressed;
    private long produced;

    Counted(InputStream in, long compressed) {
      super(in);
      this.compressed = compressed;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      if (skipped > 0) {
        count(skipped);
      }
      return skipped;
    }

    private void count(long n) throws ZipLimitException {
      produced += n;
      used += n;
      if (used > limits.maxTotalUncompressedBytes()) {
        exhausted = true;
        throw new ZipLimitException("the archive expands to more than " + limits.maxTotalUncompressedBytes()
            + " bytes (a zip bomb?); the rest of it is not read");
      }
      if (produced > limits.ratioGraceBytes() && produced / compressed > limits.maxCompressionRatio()) {
        throw new ZipLimitException("an entry expands more than " + limits.maxCompressionRatio()
            + " times its compressed size (a zip bomb?)");
      }
    }
  }
}
