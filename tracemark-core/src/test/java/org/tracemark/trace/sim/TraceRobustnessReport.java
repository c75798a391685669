package org.tracemark.trace.sim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tracemark.trace.TraceConfig;

/**
 * The full robustness table for docs/benchmarks.md ("## Trace robustness"); skipped in normal builds. Run with
 *
 * <pre>./mvnw -B -o -q -pl tracemark-core test -Dtest=TraceRobustnessReport -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dtracemark.robustness=full -Dtracemark.robustness.trials=200</pre>
 *
 * It prints the table and writes it to tracemark-core/target/trace-robustness.md. The same runs from the compiled
 * test classes without Maven: {@code java -cp target/classes:target/test-classes:<deps>
 * org.tracemark.trace.sim.TraceRobustnessReport 200 out.md}.
 */
@EnabledIfSystemProperty(named = "tracemark.robustness", matches = "full")
class TraceRobustnessReport {
  @Test
  void report() throws GeneralSecurityException, java.io.IOException {
    write(Integer.getInteger("tracemark.robustness.trials", 200), Path.of("target", "trace-robustness.md"));
  }

  public static void main(String[] args) throws Exception {
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  private static void write(int trials, Path out) throws GeneralSecurityException, java.io.IOException {
    int[] sizes = {5, 10, 20, 50, 100, 1000};
    long start = System.nanoTime();
    SimWorld world = new SimWorld(42, 4000, 20, 0.5);
    List<Robustness.Cell> cells = Robustness.runAll(new Robustness(world, TraceConfig.defaults()), sizes, trials);
    String table = Robustness.table(cells, sizes);
    long innocents = cells.stream().mapToLong(Robustness.Cell::innocentsAccused).sum();
    String footer = String.format(Locale.ROOT,
        "%n%d trials per cell, %d cells, innocent releases accused in total: %d; %.0f s in all.%n", trials,
        cells.size(), innocents, (System.nanoTime() - start) / 1e9);
    System.out.println(table + footer);
    Files.writeString(out, table + footer, StandardCharsets.UTF_8);
  }
}
