package org.tracemark.cli.vault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.store.audit.Verification;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark audit verify}: checks the chain, the signed checkpoints and this home's witness. Exit 4 if broken. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verify the audit chain; exit code 4 and the first bad event if it was tampered with.",
        "校验审计链；若被篡改，退出码 4 并指出第一条异常事件。"})
public final class AuditVerifyCommand implements Callable<Integer> {
  /** Exit code when the chain does not verify. */
  public static final int BROKEN = 4;

  @Spec CommandSpec spec;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.READ_AUDIT);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    Verification v;
    try (Connection c = context.vault().database().connect()) {
      v = context.vault().auditLog().verify(c, context.vault().witness().read());
    }
    if (json.enabled()) {
      ObjectNode out = Json.object().put("ok", v.ok()).put("events", v.events()).put("checkpoints", v.checkpoints())
          .put("unsigned_tail", v.unsignedTail());
      if (v.firstBadSeq().isPresent()) {
        out.put("first_bad_seq", v.firstBadSeq().get()).put("problem", v.problem().orElse(""));
      } else {
        out.putNull("first_bad_seq").putNull("problem");
      }
      Json.print(out);
    } else if (v.ok()) {
      System.err.printf("审计链完好：%d 条事件，%d 个签名检查点 / audit chain intact: %d events, %d signed checkpoints%n",
          v.events(), v.checkpoints(), v.events(), v.checkpoints());
    } else {
      System.err.printf("审计链被篡改，第一条异常事件 %d / audit chain BROKEN at event %d: %s%n",
          v.firstBadSeq().orElse(0L), v.firstBadSeq().orElse(0L), v.problem().orElse(""));
    }
    return v.ok() ? 0 : BROKEN;
  }
}
