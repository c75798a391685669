package org.tracemark.store.release;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tracemark.mark.OwnerValues;
import org.tracemark.store.vault.OwnerRecord;

/**
 * Bridges vault records and the mark layer's {@link OwnerValues}, and gives the plain cells of a release row.
 *
 * <p>Marks are rendered from structured values (building, unit and floor numbers, a digit room, area and dates). A
 * record that lacks one of them (an import without an area column, a room like "A座商铺") cannot carry keyed marks:
 * it is released in its stored form and only the set-membership channel and canaries speak for it.
 */
public final class VaultValues {
  /** The release columns, in {@link org.tracemark.synth.SyntheticOwner#HEADERS} order. */
  public static final List<String> FIELD_IDS = List.of("community", "building", "unit", "floor", "room", "name",
      "mobile", "id_number", "floor_area", "purchase_date", "handover_date");

  private VaultValues() {}

  /** The record as mark values, or empty when a structured field is missing or malformed. */
  public static Optional<OwnerValues> of(OwnerRecord r) {
    try {
      return Optional.of(new OwnerValues(r.community(), Integer.parseInt(r.building()), Integer.parseInt(r.unit()),
          Integer.parseInt(r.floor()), r.room(), r.name(), r.mobile(), r.idNumber().orElse(""),
          new BigDecimal(r.floorArea()), LocalDate.parse(r.purchaseDate()), LocalDate.parse(r.handoverDate())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The stored, unmarked cells of a record. */
  public static List<String> plainCells(OwnerRecord r) {
    return List.of(r.community(), r.building(), r.unit(), r.floor(), r.room(), r.name(), r.mobile(),
        r.idNumber().orElse(""), r.floorArea(), r.purchaseDate(), r.handoverDate());
  }
}
