package org.tracemark.cli;

/** A command line that parsed but makes no sense (exit code 2). The message is shown to the user as is. */
public class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
