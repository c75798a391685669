package org.tracemark.store.vault;

import java.util.ArrayList;
import java.util.List;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/** Test tables: synthetic owner lists as in-memory sources. */
public final class Rows {
  private Rows() {}

  public static List<List<String>> synth(String community, long rows, long seed) {
    List<List<String>> out = new ArrayList<>();
    for (SyntheticOwner owner : new OwnerListGenerator(new SynthSpec(community, 1, rows, seed),
        ChineseSurnames.bundled(), RegionCodes.bundled())) {
      out.add(owner.cells());
    }
    return out;
  }

  public static TableSource source(List<String> header, List<List<String>> rows) {
    return sink -> {
      sink.header(header);
      for (int i = 0; i < rows.size(); i++) {
        sink.row(i + 1, rows.get(i));
      }
    };
  }

  public static TableSource synthSource(List<List<String>> rows) {
    return source(SyntheticOwner.HEADERS, rows);
  }
}
