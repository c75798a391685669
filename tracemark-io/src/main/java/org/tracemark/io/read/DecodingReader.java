package org.tracemark.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream strictly, in 64 KiB blocks, into a caller's char array.
 *
 * <p>Unlike {@link java.io.InputStreamReader}, which drops the characters decoded before a malformed byte when it
 * throws, this hands out every good character first and throws only on the next call, so a parser knows the exact
 * row where a file stops being in its encoding. Not thread-safe.
 */
final class DecodingReader {
  private static final int BLOCK = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes;
  private boolean endOfBytes;
  private boolean flushed;
  private CharacterCodingException pending;

  /**
   * @param prefix bytes already read from the stream (a detection sample), decoded first
   * @param prefixLength valid bytes in {@code prefix}
   * @param skip leading bytes of {@code prefix} to drop (a byte order mark)
   * @param in the rest of the stream
   */
  DecodingReader(byte[] prefix, int prefixLength, int skip, InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int size = Math.max(BLOCK, prefixLength - skip);
    this.bytes = ByteBuffer.allocate(size);
    bytes.put(prefix, skip, prefixLength - skip).flip();
  }

  /**
   * Fills {@code dst[off, off+len)} with as many characters as are available, at least one unless at the end.
   *
   * @return the number of characters read, or -1 at the end of the input
   * @throws CharacterCodingException at the first byte the charset cannot decode (after the characters before it
   *     were returned)
   */
  int read(char[] dst, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(dst, off, len);
    while (out.position() == off) {
      CoderResult result = decoder.decode(bytes, out, endOfBytes);
      if (result.isError()) {
        CharacterCodingException error = new CharacterCodingException();
        if (out.position() > off) {
          pending = error;
          break;
        }
        throw error;
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfBytes) {
        decoder.flush(out);
        flushed = true;
        break;
      }
      refill();
    }
    int n = out.position() - off;
    return n == 0 && flushed ? -1 : n;
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** The charset name reports use. */
  String charsetName() {
    return decoder.charset().name();
  }
}
