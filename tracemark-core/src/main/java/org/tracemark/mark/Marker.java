package org.tracemark.mark;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders the cells of one row of a release, in {@link org.tracemark.synth.SyntheticOwner#HEADERS} order, with
 * the release's keyed variants in its marked fields and canonical forms elsewhere.
 *
 * <p>Every rendered value keeps what a recipient legitimately uses: the name and ID number verbatim, the digits of
 * the phone, the building, unit, floor and room numbers, the dates, and the area to 0.1 m². Column selection
 * ({@code --fields}) is the caller's business: it drops cells from the list this returns.
 */
public final class Marker {
  private final ReleaseMarks marks;

  public Marker(ReleaseMarks marks) {
    this.marks = Objects.requireNonNull(marks, "marks");
  }

  /** The row's 11 cells. */
  public List<String> render(RecordRef ref, OwnerValues v) throws GeneralSecurityException {
    int[] choice = marks.choices(ref);
    List<String> cells = new ArrayList<>(List.of(
        v.community(), "", "", "", "", v.name(), "", v.idNumber(), "", "", ""));
    for (MarkField f : MarkField.values()) {
      int variant = Math.max(0, choice[f.ordinal()]);
      cells.set(f.column(), f.variants().render(v, variant));
    }
    return cells;
  }
}
