package org.tracemark.assess;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.PiiType;

/**
 * The deduplication key of a record: "the same person with the same content counts once".
 *
 * <p>Key = SHA-256 truncated to 128 bits of (record class, the first contact present in the order MOBILE, LANDLINE,
 * EMAIL, QQ, WECHAT, ADDRESS with its canonical value, the name with white space removed). The same person in the same
 * kind of list counts once however many files repeat them; the same person in a homeowner list and in a courier list
 * is two records because the content differs. The key does not use the ID number, so that a list with an ID column and
 * one without still match on their common contact.
 *
 * <p>Collisions: with n distinct records the probability that any two share a 128-bit key is about n²/2¹²⁹, below
 * 10⁻²⁴ for a billion records; and a collision can only merge two records, never add one, so it can only lower the
 * count. Not thread-safe (one {@link MessageDigest}); one instance per assembler.
 */
public final class RecordKeys {
  /** Contact kinds in the order the key prefers them. */
  public static final PiiType[] CONTACT_ORDER = {
      PiiType.MOBILE, PiiType.LANDLINE, PiiType.EMAIL, PiiType.QQ, PiiType.WECHAT, PiiType.ADDRESS};

  /** The key rule in one line, for reports and the JSON {@code dedup_key} field. */
  public static final String DESCRIPTION =
      "sha256-128(category or disputed kind, first contact of mobile/landline/email/qq/wechat/address, name)";

  private final MessageDigest sha256;

  public RecordKeys() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The fewest characters an address needs to reach someone; a bare room or house number ("1202") has fewer. */
  public static final int MIN_ADDRESS_CHARS = 6;

  /**
   * The contact the key uses, if the record has one. An ADDRESS shorter than {@value #MIN_ADDRESS_CHARS} characters
   * (white space ignored) is not a contact: the PII engine profiles a 房号 column as ADDRESS, but "1202" alone
   * reaches nobody.
   */
  public static Optional<PiiType> keyContact(Map<PiiType, String> firstValues) {
    for (PiiType type : CONTACT_ORDER) {
      String value = firstValues.get(type);
      if (value == null) {
        continue;
      }
      if (type == PiiType.ADDRESS) {
        String compact = withoutWhitespace(value);
        if (compact.codePointCount(0, compact.length()) < MIN_ADDRESS_CHARS) {
          continue;
        }
      }
      return Optional.of(type);
    }
    return Optional.empty();
  }

  /** The 128-bit key as {high, low}; {@code contact} must be one of {@link #CONTACT_ORDER} present in the values. */
  public long[] key(RecordClass recordClass, PiiType contact, Map<PiiType, String> firstValues) {
    String name = withoutWhitespace(firstValues.getOrDefault(PiiType.NAME, ""));
    String value = firstValues.get(contact);
    String material = recordClass.name() + '\u0000' + contact.name() + '\u0000' + normalise(contact, value)
        + '\u0000' + name;
    byte[] digest = sha256.digest(material.getBytes(StandardCharsets.UTF_8));
    ByteBuffer buffer = ByteBuffer.wrap(digest);
    return new long[] {buffer.getLong(), buffer.getLong()};
  }

  private static String normalise(PiiType type, String value) {
    return switch (type) {
      case ADDRESS -> withoutWhitespace(value);
      case EMAIL -> value.toLowerCase(java.util.Locale.ROOT);
      default -> value.trim();
    };
  }

  /** The value without white space; the value itself when it has none (the common case, no copy). */
  static String withoutWhitespace(String value) {
    int i = 0;
    while (i < value.length() && !Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int j = 0; j < value.length(); j++) {
      char c = value.charAt(j);
      if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
