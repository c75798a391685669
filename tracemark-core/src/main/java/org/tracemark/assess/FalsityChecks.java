package org.tracemark.assess;

import java.util.Optional;
import org.tracemark.pii.Masking;
import org.tracemark.pii.ResidentId;

/**
 * Tells why a value that looks like a mobile or ID number was not accepted by the PII engine — the evidence that a
 * record is false (Article 11, third paragraph). Pure functions.
 */
final class FalsityChecks {
  private FalsityChecks() {}

  /** Digits and a trailing X of an ID-number cell, with separators removed. */
  static String compactId(String cell) {
    return cell.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** Digits of a phone cell, with +86/0086 and separators removed. */
  static String compactPhone(String cell) {
    String digits = cell.replaceAll("[^0-9]", "");
    if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    return digits;
  }

  static boolean hasDigit(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      if (Character.isDigit(cell.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Why an ID-number value the engine rejected is false. */
  static RecordBuilder.Evidence idEvidence(String cell) {
    String id = compactId(cell);
    if (id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)
        && ResidentId.checkCharacter(id) != id.charAt(17)) {
      return new RecordBuilder.Evidence(ExclusionReason.ID_CHECKSUM, Masking.idCard(id));
    }
    return new RecordBuilder.Evidence(ExclusionReason.ID_INVALID, Masking.idCard(id));
  }

  /** Why a phone value the engine rejected is false. */
  static RecordBuilder.Evidence phoneEvidence(String cell) {
    String digits = compactPhone(cell);
    if (digits.length() == 11 && digits.charAt(0) == '1') {
      return new RecordBuilder.Evidence(ExclusionReason.MOBILE_UNASSIGNED, Masking.mobile(digits));
    }
    return new RecordBuilder.Evidence(ExclusionReason.PHONE_MALFORMED, Masking.generic(digits));
  }

  /**
   * Whether an 18-character token has the shape of an ID number (region digit 1–8, a plausible 19xx/20xx birth
   * date), so that a failure is evidence of a false ID rather than some other long number.
   */
  static Optional<RecordBuilder.Evidence> idShaped(String token) {
    String id = token.toUpperCase(java.util.Locale.ROOT);
    if (id.length() != 18 || id.charAt(0) < '1' || id.charAt(0) > '8') {
      return Optional.empty();
    }
    String year = id.substring(6, 8);
    int month = Integer.parseInt(id.substring(10, 12));
    int day = Integer.parseInt(id.substring(12, 14));
    if (!(year.equals("19") || year.equals("20")) || month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    return Optional.of(idEvidence(id));
  }
}
