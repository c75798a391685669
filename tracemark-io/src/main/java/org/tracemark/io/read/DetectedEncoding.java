package org.tracemark.io.read;

import java.nio.charset.Charset;

/**
 * A text encoding found by {@link EncodingDetector}.
 *
 * @param charset the charset to decode with
 * @param bomLength how many leading bytes are a byte order mark, to be skipped
 */
record DetectedEncoding(Charset charset, int bomLength) {

  /** The name reports show: "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE". */
  String name() {
    return charset.name();
  }
}
