package org.tracemark.store.gate;

import org.tracemark.gate.PassClaims;
import org.tracemark.gate.PassCode;

/**
 * An admission pass as handed to the applicant once: the short code and the signed token. Only the keyed hash of
 * the short code is stored, so this is the one time it can be shown.
 *
 * @param code the short code, canonical form (display it with {@link #displayCode()})
 * @param token the signed token ({@code TMP1.…})
 * @param claims what it vouches for
 * @param groupName the group's name, for the page
 */
public record IssuedPass(String code, String token, PassClaims claims, String groupName) {
  public String displayCode() {
    return PassCode.display(code);
  }

  @Override
  public String toString() {
    return "IssuedPass[" + claims.passId() + "]";
  }
}
