package org.tracemark.cli.release;

import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark releases limit [--set N]}: the row count above which a release needs a second user. */
@Command(name = "limit", mixinStandardHelpOptions = true,
    description = {"Show or set (admin) the two-person row limit.", "查看或设置（管理员）需双人审批的行数上限。"})
public final class ReleasesLimitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--set", paramLabel = "N", description = "New limit (audited).")
  Long set;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    Releases releases = ReleaseSupport.releases(context);
    long limit = ReleaseSupport.translate(() -> {
      if (set != null) {
        releases.setRowLimit(context.actor(), set);
      }
      return releases.rowLimit();
    });
    if (json.enabled()) {
      Json.print(Json.object().put("row_limit", limit));
    } else {
      ReleaseSupport.OUT.printf("超过 %d 行的发布需要第二位用户批准 / releases above %d rows need a second user%n", limit,
          limit);
    }
    return 0;
  }
}
