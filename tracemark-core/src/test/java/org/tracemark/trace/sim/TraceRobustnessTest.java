package org.tracemark.trace.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracemark.trace.TraceConfig;
import org.tracemark.trace.sim.LeakSpec.Transform;

/**
 * The reduced robustness run (issue 7): fewer trials than the table in docs/benchmarks.md, same world and model.
 * Asserts the acceptance targets: no innocent accused in any cell; a single leaker named from 10 rows in ≥ 99% of
 * trials when its marks survive; every leaker of a 3-way merge named from 30 rows each.
 */
class TraceRobustnessTest {
  private static Robustness robustness;
  private static final List<Robustness.Cell> CELLS = new ArrayList<>();

  @BeforeAll
  static void world() {
    robustness = new Robustness(new SimWorld(42, 2000, 20, 0.5), TraceConfig.defaults());
  }

  private static Robustness.Cell run(LeakSpec spec, int rows, int trials, long seed) throws GeneralSecurityException {
    Robustness.Cell cell = robustness.run(spec, rows, trials, seed);
    CELLS.add(cell);
    assertThat(cell.innocentsAccused()).as("innocents accused in " + spec.label()).isZero();
    return cell;
  }

  @Test
  void singleLeaker_tenRowsWithMarks_namedInNinetyNinePercent() throws GeneralSecurityException {
    for (LeakSpec spec : List.of(
        LeakSpec.of("all columns", 1, Set.of(), 0, false),
        LeakSpec.of("resorted, XLSX, GBK", 1,
            EnumSet.of(Transform.RESORT, Transform.EXCEL_ROUND_TRIP, Transform.GBK), 0, false),
        LeakSpec.of("name + mobile", 1, EnumSet.of(Transform.NAME_AND_MOBILE), 0, false))) {
      Robustness.Cell cell = run(spec, 10, 100, 7);
      assertThat(cell.detectionRate()).as(spec.label()).isGreaterThanOrEqualTo(0.99);
    }
  }

  @Test
  void threeWayMerge_thirtyRowsEach_everyLeakerNamed() throws GeneralSecurityException {
    Robustness.Cell cell = run(LeakSpec.of("3-way merge + 20% foreign", 3, EnumSet.of(Transform.RESORT), 0.2, false),
        30, 40, 11);
    assertThat(cell.allFoundTrials()).isEqualTo(cell.trials());
  }

  @Test
  void hostileShapes_neverAccuseAnInnocent() throws GeneralSecurityException {
    run(LeakSpec.of("normalised", 1, EnumSet.of(Transform.NORMALISE), 0, false), 50, 20, 13);
    run(LeakSpec.of("50% foreign", 1, EnumSet.of(Transform.RESORT), 0.5, false), 20, 20, 17);
    run(LeakSpec.of("4-way XLSX", 4, EnumSet.of(Transform.EXCEL_ROUND_TRIP), 0, false), 20, 20, 19);
    Robustness.Cell colluders = run(LeakSpec.of("collusion", 2, Set.of(), 0, true), 50, 20, 23);
    // Both colluders are named from 50 shared rows: a third of their marks agree and survive.
    assertThat(colluders.detectionRate()).isGreaterThanOrEqualTo(0.95);
  }
}
