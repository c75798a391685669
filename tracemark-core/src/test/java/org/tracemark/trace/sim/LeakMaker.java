package org.tracemark.trace.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.RecordRef;
import org.tracemark.trace.LinkedRow;
import org.tracemark.trace.TraceInput;
import org.tracemark.trace.sim.LeakSpec.Transform;

/**
 * Makes one simulated leak from a {@link SimWorld}: picks the guilty releases, takes rows from their copies, lets
 * the seller transform them, adds foreign rows, and links every row the way a perfect linker would (linking errors
 * are the linker's own tests' business).
 */
final class LeakMaker {
  private static final int NAME = 5;
  private static final int MOBILE = 6;
  private static final Charset GBK = Charset.forName("GBK");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  /** A leak and who really made it. */
  record Leak(TraceInput input, Set<String> guilty) {}

  private record Draft(RecordRef ref, OwnerValues truth, String[] cells) {}

  private final SimWorld world;

  LeakMaker(SimWorld world) {
    this.world = world;
  }

  Leak make(LeakSpec spec, int rowsPerSource, SplittableRandom random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < world.copies.size(); i++) {
      order.add(i);
    }
    shuffle(order, random);
    List<Integer> guilty = spec.collusion() ? colluders(order, rowsPerSource) : order.subList(0, spec.sources());
    List<Draft> rows = new ArrayList<>();
    if (spec.collusion()) {
      collude(world.copies.get(guilty.get(0)), world.copies.get(guilty.get(1)), rowsPerSource, random, rows);
    } else {
      for (int g : guilty) {
        List<SimWorld.Row> copy = new ArrayList<>(world.copies.get(g).rows());
        shuffle(copy, random);
        for (SimWorld.Row r : copy.subList(0, Math.min(rowsPerSource, copy.size()))) {
          rows.add(new Draft(r.ref(), r.truth(), r.cells().toArray(String[]::new)));
        }
      }
    }
    int foreign = (int) Math.round(spec.foreignShare() * rows.size());
    int unlinked = foreign / 2;
    for (int i = 0; i < foreign - unlinked; i++) {
      int id = random.nextInt(world.owners.size());
      OwnerValues truth = world.owners.get(id);
      String[] cells = new String[11];
      for (MarkField f : MarkField.values()) {
        cells[f.column()] = f.variants().render(truth, random.nextInt(f.variants().size()));
      }
      rows.add(new Draft(RecordRef.record(id), truth, cells));
    }
    transform(spec, rows, random);
    if (spec.transforms().contains(Transform.RESORT)) {
      shuffle(rows, random);
    }
    List<LinkedRow> linked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Draft d = rows.get(i);
      Map<MarkField, String> observed = new EnumMap<>(MarkField.class);
      for (MarkField f : MarkField.values()) {
        if (d.cells()[f.column()] != null) {
          observed.put(f, d.cells()[f.column()]);
        }
      }
      linked.add(new LinkedRow(i, d.ref(), d.truth(), SimWorld.VAULT_LOADED, observed));
    }
    Set<String> names = new HashSet<>();
    for (int g : guilty) {
      names.add(world.copies.get(g).manifest().releaseId());
    }
    return new Leak(new TraceInput(rows.size() + unlinked, linked, Instant.parse("2030-01-01T00:00:00Z")), names);
  }

  /**
   * The first pair in {@code order} whose copies share at least {@code rows} records, or else the pair sharing the
   * most: colluders compare copies, so they must hold common records (allocation makes some pairs disjoint).
   */
  private List<Integer> colluders(List<Integer> order, int rows) {
    List<Integer> best = null;
    long bestShared = -1;
    for (int i = 0; i < order.size(); i++) {
      for (int j = i + 1; j < order.size(); j++) {
        long shared = org.roaringbitmap.RoaringBitmap.andCardinality(
            world.copies.get(order.get(i)).manifest().recordsCopy(),
            world.copies.get(order.get(j)).manifest().recordsCopy());
        if (shared >= rows) {
          return List.of(order.get(i), order.get(j));
        }
        if (shared > bestShared) {
          bestShared = shared;
          best = List.of(order.get(i), order.get(j));
        }
      }
    }
    return best;
  }

  /** Two colluders keep the cells their copies share; where they differ, both drop the cell or toss a coin. */
  private void collude(SimWorld.Copy a, SimWorld.Copy b, int n, SplittableRandom random, List<Draft> out) {
    List<SimWorld.Row> shared = new ArrayList<>();
    var bRows = new java.util.HashMap<RecordRef, SimWorld.Row>();
    for (SimWorld.Row r : b.rows()) {
      bRows.put(r.ref(), r);
    }
    for (SimWorld.Row r : a.rows()) {
      if (bRows.containsKey(r.ref())) {
        shared.add(r);
      }
    }
    shuffle(shared, random);
    boolean coin = random.nextBoolean();
    for (SimWorld.Row r : shared.subList(0, Math.min(n, shared.size()))) {
      List<String> other = bRows.get(r.ref()).cells();
      String[] cells = new String[11];
      for (int c = 0; c < 11; c++) {
        String x = r.cells().get(c);
        String y = other.get(c);
        cells[c] = x.equals(y) ? x : coin ? (random.nextBoolean() ? x : y) : null;
      }
      out.add(new Draft(r.ref(), r.truth(), cells));
    }
  }

  private void transform(LeakSpec spec, List<Draft> rows, SplittableRandom random) {
    Set<Transform> t = spec.transforms();
    Set<Integer> kept = new HashSet<>(List.of(NAME, MOBILE));
    if (!t.contains(Transform.NAME_AND_MOBILE)) {
      for (int c = 0; c < 11; c++) {
        if (!t.contains(Transform.DROP_SOME_COLUMNS) || random.nextBoolean()) {
          kept.add(c);
        }
      }
    }
    Map<MarkField, Integer> style = new EnumMap<>(MarkField.class);
    for (MarkField f : MarkField.values()) {
      style.put(f, random.nextInt(f.variants().size() + 1));
    }
    for (Draft d : rows) {
      String[] cells = d.cells();
      if (t.contains(Transform.NORMALISE)) {
        if (cells[NAME] != null) {
          cells[NAME] = cells[NAME].strip();
        }
        for (MarkField f : MarkField.values()) {
          if (f == MarkField.NAME_SPACING) {
            continue;
          }
          if (cells[f.column()] != null) {
            cells[f.column()] = houseStyle(f, d.truth(), style.get(f));
          }
        }
      }
      if (t.contains(Transform.EXCEL_ROUND_TRIP)) {
        excel(cells);
      }
      for (int c = 0; c < 11; c++) {
        if (!kept.contains(c)) {
          cells[c] = null;
        } else if (cells[c] != null && t.contains(Transform.GBK)) {
          cells[c] = new String(cells[c].getBytes(GBK), GBK);
        }
      }
    }
  }

  /** The seller's one form per field: one of the variants, or (index k) a form outside the set. */
  private static String houseStyle(MarkField f, OwnerValues v, int style) {
    if (style < f.variants().size()) {
      return f.variants().render(v, style);
    }
    return switch (f) {
      case BUILDING -> v.building() + "#";
      case UNIT -> v.unit() + "号";
      case FLOOR -> v.floor() + "F";
      case ROOM -> v.room();
      case MOBILE -> v.mobile().isEmpty() ? "" : "+86" + v.mobile();
      case FLOOR_AREA -> v.floorArea().setScale(0, RoundingMode.HALF_UP).toPlainString();
      case PURCHASE_DATE -> v.purchaseDate().format(COMPACT);
      case HANDOVER_DATE -> v.handoverDate().format(COMPACT);
      case NAME_SPACING -> v.name();
    };
  }

  /** What a zh-CN Excel does to values when a CSV is opened and saved again. */
  private static void excel(String[] cells) {
    int area = MarkField.FLOOR_AREA.column();
    if (cells[area] != null && cells[area].matches("[0-9]+\\.[0-9]+")) {
      cells[area] = new BigDecimal(cells[area]).stripTrailingZeros().toPlainString();
    }
    for (MarkField f : List.of(MarkField.PURCHASE_DATE, MarkField.HANDOVER_DATE)) {
      String s = cells[f.column()];
      if (s != null && s.matches("[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}")) {
        LocalDate d = LocalDate.parse(s.replace('/', '-'), DateTimeFormatter.ofPattern("yyyy-M-d"));
        cells[f.column()] = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
      }
    }
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
