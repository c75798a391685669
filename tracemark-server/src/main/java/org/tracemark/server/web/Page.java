package org.tracemark.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.tracemark.server.i18n.Lang;
import org.tracemark.server.i18n.Messages;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;

/**
 * What every page template needs besides its own view: the language and its texts, the logged-in user and what
 * their role may do (to show only the actions they can take), the CSRF token for forms, and where we are.
 *
 * @param nav the menu entry to highlight
 * @param notice a one-line message to show above the content (success after a form), or empty
 * @param error a one-line error to show above the content, or empty
 */
public record Page(Messages messages, String titleKey, String nav, Optional<Actor> user, String csrf, String path,
    Optional<String> notice, Optional<String> error) {

  /** The text of {@code key} in the page's language. */
  public String t(String key) {
    return messages.get(key);
  }

  public String f(String key, Object... args) {
    return messages.format(key, args);
  }

  public String title() {
    return t(titleKey);
  }

  public Lang lang() {
    return messages.lang();
  }

  /** Whether the user's role allows {@code permission} (a {@link Permission} name, e.g. {@code "UNMASK"}). */
  public boolean can(String permission) {
    return user.map(u -> u.role().allows(Permission.valueOf(permission.toUpperCase(Locale.ROOT)))).orElse(false);
  }

  public String userName() {
    return user.map(Actor::name).orElse("");
  }

  public String roleLabel() {
    return user.map(u -> t("role." + u.role().id())).orElse("");
  }

  /** The same page in the other language. */
  public String otherLangHref() {
    return path + "?lang=" + (lang() == Lang.ZH ? "en" : "zh");
  }

  public String otherLangLabel() {
    return lang() == Lang.ZH ? "English" : "中文";
  }

  public Page withNotice(String text) {
    return new Page(messages, titleKey, nav, user, csrf, path, Optional.ofNullable(text), error);
  }

  public Page withError(String text) {
    return new Page(messages, titleKey, nav, user, csrf, path, notice, Optional.ofNullable(text));
  }

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

  /** A time as people read it, in the server's time zone ({@code 2026-11-23 21:49:53}). */
  public String time(java.time.Instant at) {
    return TIME.format(at);
  }

  /** An ISO-8601 instant text (as stored in release infos) as people read it; empty stays empty. */
  public String time(String iso) {
    if (iso == null || iso.isEmpty()) {
      return "—";
    }
    try {
      return time(java.time.Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  public static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
