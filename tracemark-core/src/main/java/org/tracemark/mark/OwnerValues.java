package org.tracemark.mark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.tracemark.synth.SyntheticOwner;

/**
 * The true values of one owner (or canary) row, as the vault holds them: what marks are rendered from and read
 * against.
 *
 * <p>Limits of version 1 of the variant sets: building, unit and floor ≥ 1 (no basements yet), unit ≤ 99, and
 * {@code room} the door number as digits ("1502"; "1502A" is not supported yet); {@code mobile} and {@code idNumber} may be empty (a canary
 * without trap contact has neither; Tracemark never invents them). {@code floorArea} is kept to two decimals.
 * {@link #toString()} shows no personal data.
 */
public record OwnerValues(
    String community, int building, int unit, int floor, String room, String name, String mobile, String idNumber,
    BigDecimal floorArea, LocalDate purchaseDate, LocalDate handoverDate) implements Serializable {

  public OwnerValues {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(purchaseDate, "purchaseDate");
    Objects.requireNonNull(handoverDate, "handoverDate");
    if (building < 1 || unit < 1 || floor < 1) {
      throw new IllegalArgumentException("building, unit and floor must be ≥ 1");
    }
    if (unit > 99) {
      throw new IllegalArgumentException("unit must be ≤ 99 (its Chinese-numeral form is a mark variant)");
    }
    if (room.isEmpty() || !allDigits(room)) {
      throw new IllegalArgumentException("room must be digits");
    }
    floorArea = Objects.requireNonNull(floorArea, "floorArea").setScale(2, RoundingMode.HALF_UP);
    if (floorArea.signum() <= 0) {
      throw new IllegalArgumentException("floor area must be positive");
    }
  }

  /** The same owner from a synthetic list row. */
  public static OwnerValues of(SyntheticOwner o) {
    return new OwnerValues(o.community(), o.building(), o.unit(), o.floor(), o.room(), o.name(), o.mobile(),
        o.idNumber(), o.floorArea(), o.purchaseDate(), o.handoverDate());
  }

  @Override
  public String toString() {
    return "OwnerValues[" + community + " " + building + "-" + unit + "-" + room + "]";
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
