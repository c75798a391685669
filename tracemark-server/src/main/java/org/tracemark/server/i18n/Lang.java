package org.tracemark.server.i18n;

import java.util.Locale;

/** The console's languages: Simplified Chinese first, English on request. */
public enum Lang {
  ZH("zh-CN", Locale.SIMPLIFIED_CHINESE),
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Lang(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The HTML {@code lang} attribute. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code en} gives English; anything else, including nothing, Chinese. */
  public static Lang of(String text) {
    return "en".equalsIgnoreCase(text == null ? "" : text.strip()) ? EN : ZH;
  }
}
