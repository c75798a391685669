package org.tracemark.io.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the text encoding of a file from a leading sample of its bytes, in this order: a byte order mark; UTF-16
 * without BOM, told by where NUL bytes fall (ASCII in UTF-16LE is "a\0b\0"); strict UTF-8; strict GB18030 (which
 * also reads GBK and GB2312). NUL bytes that no UTF-16 pattern explains mean a binary file.
 *
 * <p>A sample that holds valid UTF-8 Chinese and then stops being UTF-8 is a file whose encoding changes midway (two
 * exports pasted together); it is reported as such with the line where it changes instead of being read as GB18030
 * mojibake. Stateless and thread-safe.
 */
final class EncodingDetector {
  static final Charset GB18030 = Charset.forName("GB18030");
  /**
   * Valid UTF-8 characters before an invalid byte that make a file "mixed" when GB18030 cannot read it either; a
   * GBK text can start with a few byte pairs that happen to be valid UTF-8, so fewer do not count.
   */
  private static final int MIXED_MIN_UTF8_CHARS = 4;
  /** Valid UTF-8 characters before an invalid byte that make a file "mixed" even if GB18030 could decode it. */
  private static final int MIXED_SURE_UTF8_CHARS = 16;

  private EncodingDetector() {}

  /**
   * @param sample the first bytes of the file
   * @param length how many bytes of {@code sample} are valid
   * @param complete true when the sample is the whole file, so a multi-byte character cut at its end is an error
   * @throws InputProblem for a binary file, or a text whose encoding is unknown or changes within the sample
   */
  static DetectedEncoding detect(byte[] sample, int length, boolean complete) throws InputProblem {
    DetectedEncoding bom = byBom(sample, length);
    if (bom != null) {
      return bom;
    }
    DetectedEncoding utf16 = byNulPattern(sample, length);
    if (utf16 != null) {
      return utf16;
    }
    int utf8Chars = 0;
    int twoByteNonLatin = 0;
    int i = 0;
    while (i < length) {
      int b = sample[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int size = utf8SequenceLength(sample, i, length, complete);
      if (size < 0) {
        break;
      }
      if (size == 0) {
        i = length; // a character cut at the end of a partial sample
        break;
      }
      utf8Chars++;
      if (size == 2 && (((b & 0x1F) << 6) | (sample[i + 1] & 0x3F)) > 0x24F) {
        twoByteNonLatin++;
      }
      i += size;
    }
    if (i >= length) {
      if (utf8Chars > 0 && twoByteNonLatin * 2 > utf8Chars && looksLikeGbk(sample, length)
          && firstMalformed(GB18030, sample, length, complete) < 0) {
        // Valid UTF-8, but only as Cyrillic-, Greek- or Hebrew-like letters, which short GBK Chinese text also
        // forms ("小" is D0 A1, "С" in UTF-8): in a Chinese personal-data file, GBK is the likelier reading.
        return new DetectedEncoding(GB18030, 0);
      }
      return new DetectedEncoding(StandardCharsets.UTF_8, 0);
    }
    int bad = firstMalformed(GB18030, sample, length, complete);
    if (utf8Chars >= MIXED_SURE_UTF8_CHARS
        || utf8Chars >= MIXED_MIN_UTF8_CHARS && (bad >= 0 || !looksLikeGbk(sample, i))) {
      throw new InputProblem(lineOf(sample, i), 0,
          "the text encoding changes within the file (UTF-8 before this line, something else here)");
    }
    if (bad < 0) {
      return new DetectedEncoding(GB18030, 0);
    }
    throw new InputProblem(lineOf(sample, bad), 0, "unknown text encoding (neither UTF-8, GB18030 nor UTF-16)");
  }

  /**
   * Whether the bytes before {@code end}, read as GBK pairs, are mostly Chinese characters of GB2312's hanzi area
   * (lead 0xB0–0xF7, trail 0xA1–0xFE), as real GBK text is. UTF-8 Chinese read as GBK pairs mostly is not: its
   * continuation bytes 0x80–0xBF land outside that area two times in three.
   */
  private static boolean looksLikeGbk(byte[] s, int end) {
    int pairs = 0;
    int hanzi = 0;
    int i = 0;
    while (i + 1 < end) {
      int lead = s[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int trail = s[i + 1] & 0xFF;
      pairs++;
      if (lead >= 0xB0 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) {
        hanzi++;
      }
      i += 2;
    }
    return pairs == 0 || hanzi * 10 >= pairs * 6;
  }

  private static DetectedEncoding byBom(byte[] s, int n) {
    if (n >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF) {
      return new DetectedEncoding(StandardCharsets.UTF_8, 3);
    }
    if (n >= 4 && (s[0] & 0xFF) == 0x84 && (s[1] & 0xFF) == 0x31 && (s[2] & 0xFF) == 0x95 && (s[3] & 0xFF) == 0x33) {
      return new DetectedEncoding(GB18030, 4);
    }
    if (n >= 2 && (s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE) {
      return new DetectedEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 2 && (s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF) {
      return new DetectedEncoding(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /**
   * UTF-16 without BOM: ASCII characters put a NUL in every other byte, on the odd side for little endian. Returns
   * null when there are no NULs; throws for NULs that no UTF-16 pattern explains.
   */
  private static DetectedEncoding byNulPattern(byte[] s, int n) throws InputProblem {
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (s[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    if (even == 0 && odd == 0) {
      return null;
    }
    int pairs = Math.max(1, n / 2);
    Charset charset = null;
    if (odd * 5 >= pairs && even * 20 <= odd) {
      charset = StandardCharsets.UTF_16LE;
    } else if (even * 5 >= pairs && odd * 20 <= even) {
      charset = StandardCharsets.UTF_16BE;
    }
    if (charset == null || firstMalformed(charset, s, n - (n & 1), false) >= 0) {
      throw new InputProblem(0, 0, "binary file, not a table or text");
    }
    return new DetectedEncoding(charset, 0);
  }

  /**
   * The length of the UTF-8 sequence at {@code i} (2–4), 0 for a valid start cut by the end of a partial sample, or
   * -1 when the bytes are not UTF-8 (including overlong forms and surrogates, as a strict decoder rejects them).
   */
  private static int utf8SequenceLength(byte[] s, int i, int n, boolean complete) {
    int b = s[i] & 0xFF;
    int size;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      size = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      size = 3;
      min2 = b == 0xE0 ? 0xA0 : 0x80;
      max2 = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      size = 4;
      min2 = b == 0xF0 ? 0x90 : 0x80;
      max2 = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k < size; k++) {
      if (i + k >= n) {
        return complete ? -1 : 0;
      }
      int c = s[i + k] & 0xFF;
      int lo = k == 1 ? min2 : 0x80;
      int hi = k == 1 ? max2 : 0xBF;
      if (c < lo || c > hi) {
        return -1;
      }
    }
    return size;
  }

  /** The offset of the first byte the charset cannot decode, or -1; a sequence cut at a partial sample's end is ok. */
  private static int firstMalformed(Charset charset, byte[] s, int n, boolean complete) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(s, 0, n);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, complete);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      return -1;
    }
  }

  private static long lineOf(byte[] s, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (s[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
