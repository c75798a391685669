package org.tracemark.store.vault;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated, normalised owner row on its way into the vault. Empty strings stand for "not given" in the
 * optional location and property fields. {@link #toString()} shows no personal data.
 *
 * @param building canonical building ("3" for 3栋/3幢/3号楼), else as written
 * @param unit canonical unit ("2" for 2单元), else as written
 * @param mobile 11 digits
 * @param idNumber 18 characters with upper-case X, if given
 * @param floorArea plain decimal as written (precision kept: it carries release marks later)
 * @param purchaseDate ISO yyyy-MM-dd or empty
 * @param extra other columns, header → value, in column order
 */
public record OwnerRow(
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
    Map<String, String> extra) {

  public OwnerRow {
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(idNumber, "idNumber");
    extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** The natural key within a community: one record per room. */
  public String naturalKey() {
    return building + "|" + unit + "|" + room;
  }

  /** Every stored value in a fixed, unambiguous order: equal rows give equal strings (for the row digest). */
  String canonical() {
    StringBuilder sb = new StringBuilder(160);
    for (String v : new String[] {building, unit, floor, room, name, mobile, idNumber.orElse(""), floorArea,
        purchaseDate, handoverDate}) {
      sb.append(v.length()).append(':').append(v);
    }
    extra.forEach((k, v) -> sb.append(k.length()).append(':').append(k).append(v.length()).append(':').append(v));
    return sb.toString();
  }

  @Override
  public String toString() {
    return "OwnerRow[" + building + "-" + unit + "-" + room + "]";
  }
}
