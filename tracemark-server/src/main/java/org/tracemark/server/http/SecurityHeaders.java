package org.tracemark.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every response: a strict Content Security Policy (scripts, styles and images from this server only;
 * no inline script, no framing), no MIME sniffing, no referrer to other sites, and {@code no-store} for everything but static
 * assets, because pages and API answers may hold personal data (unmasked records must not linger in a cache).
 */
public final class SecurityHeaders implements Handler {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts, which Guard refuses.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (!ctx.path().startsWith("/assets/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
