package org.tracemark.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.Masking;
import org.tracemark.pii.PiiType;

/**
 * Collects one record's fields, context signals and evidence of falsity, then decides: counted or excluded.
 *
 * <p>Holds raw values only until {@link #build} hashes and masks them. Not thread-safe; one per record.
 */
final class RecordBuilder {
  private static final Set<PiiType> CONTACTS = EnumSet.of(
      PiiType.MOBILE, PiiType.LANDLINE, PiiType.EMAIL, PiiType.QQ, PiiType.WECHAT, PiiType.ADDRESS);

  private final long row;
  private final Map<PiiType, String> firstValues = new EnumMap<>(PiiType.class);
  private final List<Evidence> evidence = new ArrayList<>();
  private int signals;

  /** A value shown to be false, with its reason; the value is masked on creation. */
  record Evidence(ExclusionReason reason, String maskedValue) {}

  RecordBuilder(long row) {
    this.row = row;
  }

  long row() {
    return row;
  }

  boolean has(PiiType type) {
    return firstValues.containsKey(type);
  }

  void add(PiiType type, String canonicalValue) {
    firstValues.putIfAbsent(type, canonicalValue);
  }

  void addSignals(int more) {
    signals |= more;
  }

  void addEvidence(ExclusionReason reason, String maskedValue) {
    evidence.add(new Evidence(reason, maskedValue));
  }

  boolean hasEvidence() {
    return !evidence.isEmpty();
  }

  boolean isEmpty() {
    return firstValues.isEmpty() && evidence.isEmpty();
  }

  Set<PiiType> types() {
    return firstValues.isEmpty() ? EnumSet.noneOf(PiiType.class) : EnumSet.copyOf(firstValues.keySet());
  }

  /**
   * Excluded if any evidence of falsity (the gravest reason first) or no contact; else counted.
   *
   * @param withSample whether a counted record carries its masked sample
   */
  Outcome build(CategoryClassifier classifier, RecordKeys keys, boolean withSample) {
    if (!evidence.isEmpty()) {
      Evidence worst = evidence.get(0);
      for (Evidence e : evidence) {
        if (e.reason().ordinal() < worst.reason().ordinal()) {
          worst = e;
        }
      }
      return new Outcome.Excluded(row, worst.reason(), worst.maskedValue());
    }
    Optional<PiiType> contact = RecordKeys.keyContact(firstValues);
    if (contact.isEmpty()) {
      return new Outcome.Excluded(row, ExclusionReason.NO_VALID_CONTACT, "");
    }
    RecordClass recordClass = classifier.classify(types(), signals);
    long[] key = keys.key(recordClass, contact.get(), firstValues);
    return new Outcome.Counted(row, key[0], key[1], recordClass,
        withSample ? Optional.of(sample()) : Optional.empty());
  }

  static boolean isContact(PiiType type) {
    return CONTACTS.contains(type);
  }

  private MaskedSample sample() {
    List<String> fields = new ArrayList<>();
    String name = firstValues.get(PiiType.NAME);
    if (name != null) {
      fields.add(label(PiiType.NAME) + " " + mask(PiiType.NAME, name));
    }
    firstValues.forEach((type, value) -> {
      if (type != PiiType.NAME) {
        fields.add(label(type) + " " + mask(type, value));
      }
    });
    return new MaskedSample(fields);
  }

  static String mask(PiiType type, String value) {
    return switch (type) {
      case MOBILE -> Masking.mobile(value);
      case ID_CARD -> Masking.idCard(value);
      case NAME -> Masking.name(value);
      case BANK_CARD -> Masking.bankCard(value);
      case ADDRESS -> maskAddress(value);
      default -> Masking.generic(value);
    };
  }

  /** Keeps the first six characters (province, city, district as a rule) and hides the rest. */
  private static String maskAddress(String value) {
    int n = value.codePointCount(0, value.length());
    if (n <= 6) {
      return Masking.generic(value);
    }
    return value.substring(0, value.offsetByCodePoints(0, 6)) + "****";
  }

  private static String label(PiiType type) {
    return switch (type) {
      case MOBILE -> "手机";
      case LANDLINE -> "固话";
      case ID_CARD -> "身份证";
      case BANK_CARD -> "银行卡";
      case NAME -> "姓名";
      case ADDRESS -> "地址";
      case EMAIL -> "邮箱";
      case PLATE -> "车牌";
      case QQ -> "QQ";
      case WECHAT -> "微信";
      case PASSPORT -> "护照";
      case WAYBILL -> "运单号";
    };
  }
}
