package org.tracemark.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tracemark.server.auth.Cookies;
import org.tracemark.server.auth.Session;
import org.tracemark.server.http.Guard;
import org.tracemark.server.i18n.Lang;
import org.tracemark.server.i18n.Messages;
import org.tracemark.store.user.Actor;

/**
 * Renders the console's pages with the precompiled JTE templates (src/main/jte, compiled by the build; HTML
 * output escaped by default). Chooses the language: {@code ?lang=en|zh} switches and is remembered in a cookie;
 * without either, Simplified Chinese.
 */
public final class Web {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Cookies cookies;

  public Web(Cookies cookies) {
    this.cookies = cookies;
  }

  public Lang lang(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked != null) {
      Lang lang = Lang.of(asked);
      cookies.setLang(ctx, lang.id());
      return lang;
    }
    return Lang.of(ctx.cookie(Cookies.LANG));
  }

  public Messages messages(Context ctx) {
    return Messages.of(lang(ctx));
  }

  /** The common page model for the current request. */
  public Page page(Context ctx, String titleKey, String nav) {
    Messages m = messages(ctx);
    Optional<Actor> actor = Optional.ofNullable(ctx.attribute(Guard.ACTOR));
    Session session = ctx.attribute(Guard.SESSION);
    String csrf = session != null ? session.csrf() : cookies.preLoginToken(ctx);
    Optional<String> notice = Optional.ofNullable(ctx.queryParam("done")).filter(k -> k.matches("[a-z.]{1,40}"))
        .map(k -> m.get("done." + k));
    return new Page(m, titleKey, nav, actor, csrf, ctx.path(), notice, Optional.empty());
  }

  /** Renders {@code template} with the page and the page's own view object. */
  public void render(Context ctx, String template, Page page, Object view) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    if (view != null) {
      params.put("view", view);
    }
    ctx.html(render(template, params));
  }

  public String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput(16_384);
    engine.render(template, params, out);
    return out.toString();
  }
}
