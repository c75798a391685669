package org.tracemark.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, for the OpenAPI document. */
final class Version {
  private Version() {}

  static String text() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
