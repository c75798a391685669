package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * 1502 / 1502室 / 2-1502: the door number bare, with 室, or prefixed by the unit (the form of "2-1502").
 *
 * <p>All three keep the room correct. Read anywhere in the cell, so "3栋2单元1502室" shows variant 1 and "3栋2-1502"
 * variant 2. Survives CSV↔XLSX for the text forms; a bare "1502" that Excel makes a number prints back unchanged.
 */
final class RoomForms implements VariantSet {
  @Override
  public int size() {
    return 3;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    return switch (variant) {
      case 0 -> truth.room();
      case 1 -> truth.room() + "室";
      case 2 -> truth.unit() + "-" + truth.room();
      default -> throw new IllegalArgumentException("no room variant " + variant);
    };
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null) {
      return OptionalInt.empty();
    }
    String room = truth.room();
    String cell = observed.strip();
    boolean hyphen = Occurrences.occurs(cell, truth.unit() + "-" + room, "0", "0室");
    boolean shi = Occurrences.occurs(cell, room + "室", "0-", "");
    boolean bare = Occurrences.occurs(cell, room, "0-", "0室");
    int count = (hyphen ? 1 : 0) + (shi ? 1 : 0) + (bare ? 1 : 0);
    if (count != 1) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(bare ? 0 : shi ? 1 : 2);
  }
}
