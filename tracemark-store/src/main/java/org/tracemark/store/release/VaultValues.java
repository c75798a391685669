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
          new BigDecimal(r.floorArea()), date(r.purchaseDate()), date(r.handoverDate())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link LocalDate#parse(CharSequence)} with a fast path for the form the vault stores ({@code yyyy-MM-dd}):
   * releases parse two dates of every record of a community, and the ISO formatter costs about a microsecond each.
   * Accepts and rejects exactly what {@code LocalDate.parse} does (invalid dates throw a
   * {@link java.time.DateTimeException}; other forms go to {@code LocalDate.parse}).
   */
  static LocalDate date(String s) {
    if (s != null && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(s);
  }

  /** The ASCII digits s[from, to) as a number, or -1 if one is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The stored, unmarked cells of a record. */
  public static List<String> plainCells(OwnerRecord r) {
    return List.of(r.community(), r.building(), r.unit(), r.floor(), r.room(), r.name(), r.mobile(),
        r.idNumber().orElse(""), r.floorArea(), r.purchaseDate(), r.handoverDate());
  }
}
