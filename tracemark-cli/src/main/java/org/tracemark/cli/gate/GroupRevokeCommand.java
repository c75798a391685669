package org.tracemark.cli.gate;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.gate.PassClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark group revoke PASS}: a lost, sold or stale pass stops admitting; exit 4 when no pass matches. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
    description = {"Revoke an admission pass (lost, sold, owner moved out).", "撤销入群通行证（遗失、转卖、业主搬离）。"})
public final class GroupRevokeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PASS", description = "The pass code or token.")
  String pass;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    Optional<PassClaims> revoked = GateSupport.translate(() -> GateSupport.gate(context).passes().revoke(pass,
        context.actor()));
    if (revoked.isEmpty()) {
      if (json.enabled()) {
        Json.print(Json.object().put("revoked", false));
      }
      GateSupport.ERR.println("找不到该通行证（短码或令牌有误？）/ no such pass (mistyped code or token?)");
      return GateSupport.REFUSED;
    }
    if (json.enabled()) {
      Json.print(Json.object().put("revoked", true).put("pass_id", revoked.get().passId())
          .put("group_id", revoked.get().groupId()).put("building", revoked.get().building()));
    } else {
      GateSupport.ERR.printf("已撤销通行证（%s %s 栋）/ pass revoked%n", revoked.get().community(),
          revoked.get().building());
    }
    return 0;
  }
}
