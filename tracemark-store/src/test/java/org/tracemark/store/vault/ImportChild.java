package org.tracemark.store.vault;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * A separate JVM that imports a large synthetic list and reports its progress on stdout, so that a test can kill it
 * with SIGKILL in the middle. Arguments: HOME COMMUNITY ROWS [JDBC_URL].
 */
public final class ImportChild {
  private ImportChild() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    String community = args[1];
    long rows = Long.parseLong(args[2]);
    Optional<String> url = args.length > 3 ? Optional.of(args[3]) : Optional.empty();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Vault vault = Vault.open(home, url, Map.of(), Clock.systemUTC(), System.err);
    OwnerImporter importer = new OwnerImporter(vault, new Actor("child", Role.STEWARD, false),
        new OwnerImporter.ImportRequest(Path.of("big.csv"), community, Map.of()), RegionCodes.bundled(),
        ColumnSuggester.headerWords());
    importer.run(sink -> {
      sink.header(SyntheticOwner.HEADERS);
      long n = 0;
      for (SyntheticOwner owner : new OwnerListGenerator(new SynthSpec(community, 1, rows, 99),
          ChineseSurnames.bundled(), RegionCodes.bundled())) {
        sink.row(++n, owner.cells());
        if (n % 10_000 == 0) {
          out.println("progress " + n);
        }
      }
    });
    out.println("committed");
  }
}
