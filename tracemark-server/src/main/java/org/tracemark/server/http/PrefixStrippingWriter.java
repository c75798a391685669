package org.tracemark.server.http;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Removes every occurrence of a fixed prefix (an upload's private directory) from text streamed through it, even
 * when an occurrence is split across writes: the last {@code prefix.length() - 1} characters are held back until
 * more text or the end shows whether they start an occurrence.
 */
public final class PrefixStrippingWriter extends FilterWriter {
  private final String prefix;
  private final StringBuilder pending = new StringBuilder();

  public PrefixStrippingWriter(Writer out, String prefix) {
    super(out);
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("empty prefix");
    }
    this.prefix = prefix;
  }

  @Override
  public void write(int c) throws IOException {
    pending.append((char) c);
    drain(false);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    pending.append(cbuf, off, len);
    drain(false);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    pending.append(str, off, off + len);
    drain(false);
  }

  @Override
  public void flush() throws IOException {
    drain(true);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    drain(true);
    out.close();
  }

  private void drain(boolean all) throws IOException {
    int at;
    while ((at = pending.indexOf(prefix)) >= 0) {
      pending.delete(at, at + prefix.length());
    }
    int keep = all ? 0 : Math.min(pending.length(), prefix.length() - 1);
    int emit = pending.length() - keep;
    if (emit > 0) {
      out.write(pending.substring(0, emit));
      pending.delete(0, emit);
    }
  }
}
