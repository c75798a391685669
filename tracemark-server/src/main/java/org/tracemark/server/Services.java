package org.tracemark.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import org.tracemark.server.auth.Cookies;
import org.tracemark.server.auth.LoginThrottle;
import org.tracemark.server.auth.SessionStore;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Guard;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.web.Web;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Actor;
import org.tracemark.store.vault.Vault;

/**
 * What the route classes share: the open vault, the page renderer, sessions, uploads, and the server's own
 * directory in the home ({@code <home>/server}: release files, trace reports, upload scratch space).
 */
public record Services(Vault vault, Web web, SessionStore sessions, Cookies cookies, LoginThrottle throttle,
    Uploads uploads, Path serverDir, Clock clock, ServerOptions options) {

  /** The user the {@link Guard} authenticated for this request. */
  public static Actor actor(Context ctx) {
    Actor actor = ctx.attribute(Guard.ACTOR);
    if (actor == null) {
      throw new ApiException(401, "unauthenticated", "log in first (请先登录)");
    }
    return actor;
  }

  /**
   * A release service for one request. Allocation and canary placement draw from a securely seeded generator:
   * recipients must not be able to predict them.
   */
  public Releases releases() throws Exception {
    return new Releases(vault, new SplittableRandom(new SecureRandom().nextLong()));
  }
}
