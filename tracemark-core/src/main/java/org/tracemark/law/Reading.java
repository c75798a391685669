package org.tracemark.law;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One way of reading the disputed kinds: for each {@link DisputedKind}, the category it is counted in.
 *
 * <p>The primary reading is the conservative one (every disputed kind in its {@link DisputedKind#lenient()}
 * category). Because moving records to a lower-threshold tier can only raise the proportion sum, the verdict under
 * the primary reading is the lowest verdict of all readings: a count that holds against a defence lawyer's reading.
 * The other readings show what a court taking the stricter view would find.
 *
 * @param name a stable machine name (JSON contract): {@code conservative}, {@code homeowner_as_property},
 *     {@code waybill_as_transaction}, {@code strict}
 * @param choices the category of each disputed kind
 */
public record Reading(String name, Map<DisputedKind, InfoCategory> choices) {
  public Reading {
    Objects.requireNonNull(name, "name");
    choices = Map.copyOf(choices);
    for (DisputedKind kind : DisputedKind.values()) {
      InfoCategory chosen = choices.get(kind);
      if (chosen != kind.strict() && chosen != kind.lenient()) {
        throw new IllegalArgumentException(kind + " cannot be read as " + chosen);
      }
    }
  }

  public static final String PRIMARY_NAME = "conservative";

  /** The category of {@code kind} under this reading. */
  public InfoCategory choice(DisputedKind kind) {
    return choices.get(kind);
  }

  public boolean primary() {
    return name.equals(PRIMARY_NAME);
  }

  /** The primary reading first, then each kind read strictly alone, then every kind strict. */
  public static List<Reading> all() {
    List<Reading> readings = new ArrayList<>();
    readings.add(of(PRIMARY_NAME, false, false));
    readings.add(of("homeowner_as_property", true, false));
    readings.add(of("waybill_as_transaction", false, true));
    readings.add(of("strict", true, true));
    return List.copyOf(readings);
  }

  public static Reading primaryReading() {
    return all().get(0);
  }

  private static Reading of(String name, boolean homeownerStrict, boolean waybillStrict) {
    Map<DisputedKind, InfoCategory> choices = new EnumMap<>(DisputedKind.class);
    choices.put(DisputedKind.HOMEOWNER_LIST,
        homeownerStrict ? DisputedKind.HOMEOWNER_LIST.strict() : DisputedKind.HOMEOWNER_LIST.lenient());
    choices.put(DisputedKind.COURIER_WAYBILL,
        waybillStrict ? DisputedKind.COURIER_WAYBILL.strict() : DisputedKind.COURIER_WAYBILL.lenient());
    return new Reading(name, choices);
  }
}
