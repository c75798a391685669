package org.tracemark.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/** Synthetic inputs written with the same generator and writers as {@code tracemark synth owners}. */
public final class Fixtures {
  private Fixtures() {}

  public static List<List<String>> owners(String community, int rows, long seed) {
    List<List<String>> out = new ArrayList<>();
    for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec(community, 1, rows, seed), ChineseSurnames.bundled(),
        RegionCodes.bundled())) {
      out.add(o.cells());
    }
    return out;
  }

  public static Path table(Path file, TableFormat format, Charset charset, List<List<String>> rows) throws IOException {
    try (TableWriter w = TableWriter.open(file, format, charset)) {
      w.writeRow(SyntheticOwner.HEADERS);
      for (List<String> r : rows) {
        w.writeRow(r);
      }
    }
    return file;
  }

  public static Path text(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
