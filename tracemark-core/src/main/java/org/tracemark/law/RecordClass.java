package org.tracemark.law;

import java.util.Optional;

/**
 * What a record was classified as: either one category outright, or a kind of record whose category courts dispute.
 *
 * <p>Counting is done per class, and a {@link Reading} turns the classes into categories. Keeping the disputed kinds
 * apart until then is what lets one pass over the data give the verdict under every reading.
 */
public enum RecordClass {
  TRACK(InfoCategory.TRACK),
  COMM_CONTENT(InfoCategory.COMM_CONTENT),
  CREDIT(InfoCategory.CREDIT),
  PROPERTY(InfoCategory.PROPERTY),
  ACCOMMODATION(InfoCategory.ACCOMMODATION),
  COMM_RECORD(InfoCategory.COMM_RECORD),
  HEALTH(InfoCategory.HEALTH),
  TRANSACTION(InfoCategory.TRANSACTION),
  OTHER(InfoCategory.OTHER),
  /** A homeowner list row: name and contact with room, floor area and purchase details. */
  HOMEOWNER_LIST(null),
  /** Courier waybill data: name, contact and address of a recipient, often with the goods. */
  COURIER_WAYBILL(null);

  private final InfoCategory fixed;

  RecordClass(InfoCategory fixed) {
    this.fixed = fixed;
  }

  /** The disputed kind this class is, if its category depends on the reading. */
  public Optional<DisputedKind> disputed() {
    return switch (this) {
      case HOMEOWNER_LIST -> Optional.of(DisputedKind.HOMEOWNER_LIST);
      case COURIER_WAYBILL -> Optional.of(DisputedKind.COURIER_WAYBILL);
      default -> Optional.empty();
    };
  }

  /** The category of this class under {@code reading}. */
  public InfoCategory category(Reading reading) {
    return fixed != null ? fixed : reading.choice(disputed().orElseThrow());
  }
}
