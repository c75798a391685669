package org.tracemark.store.trace;

import java.util.Optional;
import org.tracemark.store.vault.OwnerField;

/**
 * What a leaked cell holds. {@link #ADDRESS} is a merged address ("3栋2单元1502室"): mark readers find building,
 * unit, floor and room forms inside it. {@link #LINE} is a whole line of chat text holding a record.
 */
public enum LeakRole {
  COMMUNITY, BUILDING, UNIT, FLOOR, ROOM, NAME, MOBILE, ID_NUMBER, FLOOR_AREA, PURCHASE_DATE, HANDOVER_DATE, ADDRESS,
  LINE;

  /** The role header words give a column (the vault's import vocabulary), if any. */
  static Optional<LeakRole> byHeader(String header) {
    String h = header.strip();
    if (h.contains("地址") || h.contains("住址") || h.equalsIgnoreCase("address")) {
      return Optional.of(ADDRESS);
    }
    return OwnerField.byHeader(h).flatMap(f -> switch (f) {
      case COMMUNITY -> Optional.of(COMMUNITY);
      case BUILDING -> Optional.of(BUILDING);
      case UNIT -> Optional.of(UNIT);
      case FLOOR -> Optional.of(FLOOR);
      case ROOM -> Optional.of(ROOM);
      case NAME -> Optional.of(NAME);
      case MOBILE -> Optional.of(MOBILE);
      case ID_NUMBER -> Optional.of(ID_NUMBER);
      case FLOOR_AREA -> Optional.of(FLOOR_AREA);
      case PURCHASE_DATE -> Optional.of(PURCHASE_DATE);
      case HANDOVER_DATE -> Optional.of(HANDOVER_DATE);
      default -> Optional.empty();
    });
  }
}
