package org.tracemark.mark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A fake owner carried by exactly one release: its id (in the canary id space) and its values.
 *
 * <p>{@code values.mobile()} is either a trap number from the operator's pool or empty — never an invented number,
 * which could belong to a real person. {@code values.idNumber()} is always empty for the same reason.
 */
public record Canary(int id, OwnerValues values) implements Serializable {
  public Canary {
    Objects.requireNonNull(values, "values");
    if (id < 0) {
      throw new IllegalArgumentException("canary id must be ≥ 0");
    }
    if (!values.idNumber().isEmpty()) {
      throw new IllegalArgumentException("a canary never carries an ID number");
    }
  }

  public RecordRef ref() {
    return RecordRef.canary(id);
  }

  public boolean hasTrapContact() {
    return !values.mobile().isEmpty();
  }

  @Override
  public String toString() {
    return "Canary[" + id + "]";
  }
}
