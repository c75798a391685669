package org.tracemark.cli.gate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.report.gate.GateJson;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.gate.PassCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark group verify PASS [--group G]}: what a group admin learns from a pass — "resident of building N of
 * this community", whether it was checked before, or why it does not admit. Exit 0 only when it admits.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check an admission pass (short code or token); exit 4 unless it admits.",
        "核验入群通行证（短码或令牌）；不予通过时退出码 4。"})
public final class GroupVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PASS", description = "The pass code (K7Q-M3X-D9P) or token (TMP1.…).")
  String pass;

  @Option(names = "--group", paramLabel = "GROUP",
      description = "The group you are admitting to (id or name): a pass for another group does not admit.")
  String group;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    PassCheck check = GateSupport.translate(() -> GateSupport.gate(context).passes().verify(pass,
        Optional.ofNullable(group), context.actor()));
    if (json.enabled()) {
      Json.print(json(check));
    } else {
      GateSupport.OUT.println((check.status().admits() ? "通过 ADMIT: " : "不通过 REFUSE: ") + check.summaryZh());
      GateSupport.OUT.println("  " + check.summaryEn());
    }
    return check.status().admits() ? 0 : GateSupport.REFUSED;
  }

  static ObjectNode json(PassCheck check) {
    return GateJson.check(check);
  }
}
