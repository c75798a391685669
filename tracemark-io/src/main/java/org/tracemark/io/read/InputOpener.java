package org.tracemark.io.read;

import java.io.IOException;
import java.io.InputStream;

/** Opens the bytes of one input; readers call it once and close the stream. */
@FunctionalInterface
public interface InputOpener {
  InputStream open() throws IOException;
}
