package org.tracemark.cli.release;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark release approve ID}: the second person of the two-person rule; writes the file. */
@Command(name = "approve", mixinStandardHelpOptions = true,
    description = {"Approve a pending release as a second user and write its file.", "第二人批准待发布的副本并生成文件。"})
public final class ReleaseApproveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The pending release's id.")
  long id;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of the requested path.")
  Path out;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    Releases releases = ReleaseSupport.releases(context);
    Releases.Outcome outcome = ReleaseSupport.translate(() ->
        releases.approve(context.actor(), id, Optional.ofNullable(out).map(Path::toAbsolutePath)));
    ReleaseCommand.print(outcome, json.enabled());
    return 0;
  }
}
