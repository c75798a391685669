package org.tracemark.server.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The console's texts in one language, from {@code messages_zh.properties} and {@code messages_en.properties}
 * (UTF-8). A key missing in English falls back to Chinese; a key missing in both shows itself in brackets, and a
 * test keeps both files complete and every key a template uses present.
 */
public final class Messages {
  private static final Map<Lang, Messages> BY_LANG = load();

  private final Lang lang;
  private final Map<String, String> texts;
  private final Map<String, String> fallback;

  private Messages(Lang lang, Map<String, String> texts, Map<String, String> fallback) {
    this.lang = lang;
    this.texts = texts;
    this.fallback = fallback;
  }

  public static Messages of(Lang lang) {
    return BY_LANG.get(lang);
  }

  public Lang lang() {
    return lang;
  }

  /** The text of {@code key}. */
  public String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      text = fallback.get(key);
    }
    return text == null ? "[" + key + "]" : text;
  }

  /** The text of {@code key} with {@code %s}/{@code %d} placeholders filled. */
  public String format(String key, Object... args) {
    return String.format(lang.locale(), get(key), args);
  }

  /** The keys defined for this language (for the completeness test). */
  public Set<String> keys() {
    return Collections.unmodifiableSet(texts.keySet());
  }

  private static Map<Lang, Messages> load() {
    Map<String, String> zh = read("messages_zh.properties");
    Map<String, String> en = read("messages_en.properties");
    Map<Lang, Messages> out = new EnumMap<>(Lang.class);
    out.put(Lang.ZH, new Messages(Lang.ZH, zh, zh));
    out.put(Lang.EN, new Messages(Lang.EN, en, zh));
    return out;
  }

  private static Map<String, String> read(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new java.util.HashMap<>();
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
