package org.tracemark.cli.release;

import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark releases show ID}: one release's manifest summary and audit-chain hash. */
@Command(name = "show", mixinStandardHelpOptions = true, description = {"Show one release.", "查看一次发布。"})
public final class ReleasesShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID")
  long id;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    ReleaseInfo r = ReleaseSupport.translate(() -> {
      context.actor().require(Permission.VIEW_MASKED);
      return ReleaseSupport.releases(context).get(id);
    }).orElseThrow(() -> new UsageException("no release " + id));
    if (json.enabled()) {
      Json.print(ReleaseSupport.json(r));
      return 0;
    }
    var o = ReleaseSupport.OUT;
    o.printf("发布 / release #%d%n", r.id());
    o.printf("  接收方 recipient:   %s%n", r.recipient());
    o.printf("  状态 status:        %s%n", r.pending() ? "待批准 pending" : "已发布 released");
    o.printf("  小区 community:     %s%n", r.community());
    o.printf("  行数 rows:          %d（另有金丝雀 %d 条 / plus %d canaries）%n", r.rows(), r.canaries(), r.canaries());
    o.printf("  申请 requested by:  %s at %s%n", r.requestedBy(), r.createdAt());
    o.printf("  批准 approved by:   %s%n", r.approvedBy().orElse("—（未超上限 / under the limit）"));
    o.printf("  发布时间 released:  %s%n", r.releasedAt().map(Object::toString).orElse("—"));
    o.printf("  标记策略 policy:    %s, key %s%n", r.policy(), r.keyId());
    o.printf("  文件 file:          %s (%s)%n", r.out(), r.format());
    o.printf("  审计 audit event:   %s  hash %s%n", r.auditSeq().map(String::valueOf).orElse("—"),
        r.auditHashHex().orElse("—"));
    return 0;
  }
}
