package org.tracemark.io.write;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.tracemark.io.read.DocumentInfo;

/**
 * Writes text line by line in a given charset, each line ended by LF (the reader accepts LF, CRLF and CR alike).
 * Streaming; a character the charset cannot encode fails the write instead of becoming a question mark. Not
 * thread-safe.
 */
public final class TextWriter implements Closeable {
  private final BufferedWriter out;

  private TextWriter(Path file, Charset charset, boolean byteOrderMark) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
  }

  /** A writer in {@code charset}, without byte order mark. */
  public static TextWriter open(Path file, Charset charset) throws IOException {
    return new TextWriter(Objects.requireNonNull(file, "file"), Objects.requireNonNull(charset, "charset"), false);
  }

  /** A writer in the source document's encoding (UTF-8 if it has none), with a byte order mark for UTF-16. */
  public static TextWriter like(DocumentInfo source, Path file) throws IOException {
    Charset charset = source.encoding().map(Charset::forName).orElse(StandardCharsets.UTF_8);
    return new TextWriter(file, charset, needsByteOrderMark(charset));
  }

  /** Writes one line; a line break inside {@code line} starts another line when read back. */
  public void writeLine(String line) throws IOException {
    out.write(line);
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  static boolean needsByteOrderMark(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
  }
}
