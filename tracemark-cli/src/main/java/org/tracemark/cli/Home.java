package org.tracemark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Tracemark home directory: where keys, the database and settings live.
 *
 * <p>Chosen in this order: {@code --home}, {@code $TRACEMARK_HOME}, {@code ~/.tracemark}.
 */
public final class Home {
  private final Path dir;

  private Home(Path dir) {
    this.dir = dir;
  }

  public static Home resolve(Path option, Map<String, String> env) {
    if (option != null) {
      return new Home(option.toAbsolutePath().normalize());
    }
    String fromEnv = env.get("TRACEMARK_HOME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Home(Path.of(fromEnv).toAbsolutePath().normalize());
    }
    return new Home(Path.of(System.getProperty("user.home"), ".tracemark"));
  }

  /** The directory, created with its parents if it does not exist yet. */
  public Path ensureDir() throws IOException {
    return Files.createDirectories(dir);
  }

  public Path dir() {
    return dir;
  }
}
