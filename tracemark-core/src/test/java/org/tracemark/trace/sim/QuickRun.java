package org.tracemark.trace.sim;

import org.tracemark.trace.TraceConfig;

class QuickRun {
  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    SimWorld w = new SimWorld(42, 4000, 20, 0.5);
    System.out.println("world " + (System.nanoTime() - t0) / 1e6 + " ms");
    Robustness r = new Robustness(w, TraceConfig.defaults());
    int[] sizes = {5, 10, 20, 50, 100, 1000};
    var cells = Robustness.runAll(r, sizes, Integer.parseInt(a[0]));
    System.out.println(Robustness.table(cells, sizes));
    for (var c : cells) System.out.println(c.spec().label() + " " + c.rowsPerSource() + " " + c.nanos() / 1e6 / c.trials() + " ms/trial");
  }
}
