package org.tracemark.server.auth;

import java.time.Instant;

/**
 * A logged-in browser or API client. Holds the user's name only: the role is read from the vault on every request,
 * so a changed role applies at once.
 *
 * @param csrf the token every state-changing request of this session must echo (header or form field)
 */
public record Session(String user, String csrf, Instant created, Instant lastSeen) {
  Session seen(Instant now) {
    return new Session(user, csrf, created, now);
  }

  @Override
  public String toString() {
    return "Session[" + user + "]";
  }
}
