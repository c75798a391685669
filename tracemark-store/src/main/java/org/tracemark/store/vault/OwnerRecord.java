package org.tracemark.store.vault;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Masking;

/**
 * One decrypted owner record. Holds plaintext personal data: show it only through {@link #masked()} unless the
 * actor unmasked with a purpose. {@link #toString()} is masked.
 */
public record OwnerRecord(
    long id,
    String community,
    String building,
    String unit,
    String floor,
    String room,
    String name,
    String mobile,
    Optional<String> idNumber,
    String floorArea,
    String purchaseDate,
    String handoverDate,
    Map<String, String> extra,
    Instant createdAt,
    Instant updatedAt) {

  /** The same record with name, mobile, ID and extra values masked ({@link Masking}). */
  public OwnerRecord masked() {
    Map<String, String> maskedExtra = new java.util.LinkedHashMap<>();
    extra.forEach((k, v) -> maskedExtra.put(k, Masking.generic(v)));
    return new OwnerRecord(id, community, building, unit, floor, room, Masking.name(name), Masking.mobile(mobile),
        idNumber.map(Masking::idCard), floorArea, purchaseDate, handoverDate, maskedExtra, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    return "OwnerRecord[" + id + " " + community + " " + building + "-" + unit + "-" + room + "]";
  }
}
