package org.tracemark.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The server's cookies: the session ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} whenever the request
 * came over HTTPS), the pre-login CSRF token, and the language preference.
 *
 * <p>Lax rather than Strict: a link to the console from a mail or chat keeps the session, while cross-site POSTs
 * still carry no cookie; CSRF tokens guard every state-changing request in any case.
 */
public final class Cookies {
  public static final String SESSION = "tm_session";
  public static final String PRE_LOGIN = "tm_prelogin";
  public static final String LANG = "tm_lang";

  private final boolean trustProxy;

  public Cookies(boolean trustProxy) {
    this.trustProxy = trustProxy;
  }

  /** Whether the request reached us over HTTPS (directly, or through a trusted proxy). */
  public boolean https(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || trustProxy && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  public void setSession(Context ctx, String token) {
    ctx.cookie(cookie(ctx, SESSION, token, -1, true));
  }

  public void clearSession(Context ctx) {
    ctx.cookie(cookie(ctx, SESSION, "", 0, true));
  }

  /** The pre-login CSRF token (double submit): set with the login form, echoed in it, compared on POST. */
  public String preLoginToken(Context ctx) {
    String existing = ctx.cookie(PRE_LOGIN);
    if (existing != null && existing.length() >= 32) {
      return existing;
    }
    String token = Tokens.random();
    ctx.cookie(cookie(ctx, PRE_LOGIN, token, -1, true));
    return token;
  }

  public void setLang(Context ctx, String lang) {
    ctx.cookie(cookie(ctx, LANG, lang, 365 * 24 * 3600, false));
  }

  private Cookie cookie(Context ctx, String name, String value, int maxAge, boolean httpOnly) {
    return new Cookie(name, value, "/", maxAge, https(ctx), httpOnly, null, SameSite.LAX);
  }
}
