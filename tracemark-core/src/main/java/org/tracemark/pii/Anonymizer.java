package org.tracemark.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rewrites findings in text: masking (138****5678, 张*伟, 110105********002X, address cut to the community),
 * keyed pseudonymisation, or redaction. Immutable and thread-safe.
 *
 * <p>Pseudonyms are {@code TYPE-} plus the first 16 hex digits of HMAC-SHA256(key, TYPE ":" canonical value): the
 * same person gets the same token in every file processed with the same key, and without the key a token cannot be
 * inverted by enumerating the (small) space of phone numbers. The JDK's HMAC is used directly because the token
 * must be a plain, stable function of key and value; the caller owns and stores the key.
 */
public final class Anonymizer {
  /** How findings are rewritten. */
  public enum Mode { MASK, PSEUDONYMIZE, REDACT }

  private static final int MIN_KEY_BYTES = 32;

  private final Mode mode;
  private final SecretKeySpec key;

  private Anonymizer(Mode mode, SecretKeySpec key) {
    this.mode = mode;
    this.key = key;
  }

  public static Anonymizer masking() {
    return new Anonymizer(Mode.MASK, null);
  }

  public static Anonymizer redacting() {
    return new Anonymizer(Mode.REDACT, null);
  }

  /** @param key at least 32 secret bytes, kept by the caller (the CLI keeps it in the Tracemark home) */
  public static Anonymizer pseudonymizing(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("pseudonymisation key must have at least 32 bytes");
    }
    return new Anonymizer(Mode.PSEUDONYMIZE, new SecretKeySpec(key.clone(), "HmacSHA256"));
  }

  public Mode mode() {
    return mode;
  }

  /** The text that replaces one finding. */
  public String replacement(Finding f) {
    return switch (mode) {
      case MASK -> mask(f.type(), f.value());
      case REDACT -> "[" + TypeLabels.zh(f.type()) + "]";
      case PSEUDONYMIZE -> f.type().name() + "-" + token(f.type().name() + ":" + f.value());
    };
  }

  /** {@code text} with every finding's span replaced; findings must not overlap (as the engine returns them). */
  public String apply(String text, List<Finding> findings) {
    if (findings.isEmpty()) {
      return text;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : sorted) {
      if (f.start() < at || f.end() > text.length()) {
        continue;
      }
      out.append(text, at, f.start()).append(replacement(f));
      at = f.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** The display mask of a canonical value of {@code type}. */
  public static String mask(PiiType type, String value) {
    return switch (type) {
      case MOBILE -> Masking.mobile(value);
      case ID_CARD -> Masking.idCard(value);
      case BANK_CARD -> Masking.bankCard(value);
      case NAME -> Masking.name(value);
      case ADDRESS -> maskAddress(value);
      case EMAIL -> maskEmail(value);
      default -> Masking.generic(value);
    };
  }

  /** Keeps the address down to the community and drops building, unit, floor and room: 阳光花园3栋2单元1502 → 阳光花园****. */
  static String maskAddress(String value) {
    int cut = value.length();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "一二三四五六七八九十".indexOf(c) >= 0) {
        cut = i;
        break;
      }
    }
    if (cut == 0) {
      return "****";
    }
    return value.substring(0, cut) + (cut < value.length() ? "****" : "");
  }

  private static String maskEmail(String value) {
    int at = value.indexOf('@');
    if (at <= 0) {
      return Masking.generic(value);
    }
    return value.charAt(0) + "***" + value.substring(at);
  }

  private String token(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HMAC key rejected", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
