package org.tracemark.store.user;

/** The acting user is unknown or their role does not allow what they asked; the message is shown as is. */
public final class AccessDeniedException extends Exception {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
