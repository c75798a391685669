package org.tracemark.spark;

/** A usage error: the command line asks for something that cannot be done (exit 2), one line for the user. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
