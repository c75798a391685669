package org.tracemark.mark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shape of one community as its owner records reveal it: buildings, their units and heights, the flat positions
 * per floor with their floor-plan area, which flats have an owner, and the dates seen.
 *
 * <p>Canaries are placed in the flats this shows to be vacant, with the area of the same position on other floors,
 * so a fake owner is consistent with everything a buyer of the list could check. Rooms are read as floor number
 * followed by a two-digit position ("1502" = floor 15, flat 02); records whose room does not follow that pattern
 * count as occupied but teach nothing about positions. Immutable.
 */
public final class CommunityLayout {
  /** A flat that may receive a canary. */
  public record Flat(int building, int unit, int floor, String room, BigDecimal area) {
    public String key() {
      return building + "-" + unit + "-" + room;
    }
  }

  private final String community;
  private final List<Flat> vacant;
  private final List<LocalDate[]> dates;

  private CommunityLayout(String community, List<Flat> vacant, List<LocalDate[]> dates) {
    this.community = community;
    this.vacant = List.copyOf(vacant);
    this.dates = List.copyOf(dates);
  }

  /** @throws IllegalArgumentException if the records are empty or span more than one community */
  public static CommunityLayout of(Collection<OwnerValues> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no records to learn the community layout from");
    }
    String community = records.iterator().next().community();
    // Rooms with an owner, per building and unit (a set of "b-u-room" strings cost a concatenation per lookup).
    Map<Long, Set<String>> occupied = new HashMap<>();
    Map<Integer, Set<Integer>> units = new TreeMap<>();
    Map<Integer, Integer> heights = new HashMap<>();
    Map<Integer, Map<Integer, BigDecimal>> plans = new TreeMap<>();
    List<LocalDate[]> dates = new ArrayList<>();
    for (OwnerValues r : records) {
      if (!r.community().equals(community)) {
        throw new IllegalArgumentException("records span more than one community");
      }
      occupied.computeIfAbsent(unitKey(r.building(), r.unit()), k -> new HashSet<>()).add(r.room());
      units.computeIfAbsent(r.building(), b -> new HashSet<>()).add(r.unit());
      heights.merge(r.building(), r.floor(), Math::max);
      String floorPrefix = Integer.toString(r.floor());
      if (r.room().length() == floorPrefix.length() + 2 && r.room().startsWith(floorPrefix)) {
        int position = Integer.parseInt(r.room().substring(floorPrefix.length()));
        plans.computeIfAbsent(r.building(), b -> new TreeMap<>()).putIfAbsent(position, r.floorArea());
      }
      dates.add(new LocalDate[] {r.purchaseDate(), r.handoverDate()});
    }
    List<Flat> vacant = new ArrayList<>();
    for (var b : plans.entrySet()) {
      int building = b.getKey();
      for (int unit : new java.util.TreeSet<>(units.get(building))) {
        Set<String> taken = occupied.getOrDefault(unitKey(building, unit), Set.of());
        for (int floor = 1; floor <= heights.get(building); floor++) {
          for (var p : b.getValue().entrySet()) {
            int position = p.getKey();
            // Same text as String.format("%02d", position), without a Formatter per candidate flat.
            String room = floor + (position >= 0 && position < 10 ? "0" : "") + position;
            if (!taken.contains(room)) {
              vacant.add(new Flat(building, unit, floor, room, p.getValue()));
            }
          }
        }
      }
    }
    return new CommunityLayout(community, vacant, dates);
  }

  private static long unitKey(int building, int unit) {
    return ((long) building << 32) | (unit & 0xffffffffL);
  }

  public String community() {
    return community;
  }

  /** Flats with no owner record, in building, unit, floor, position order. */
  public List<Flat> vacantFlats() {
    return vacant;
  }

  /** Purchase and handover dates of the real owners, for canaries to borrow plausible dates from. */
  List<LocalDate[]> dates() {
    return dates;
  }
}
