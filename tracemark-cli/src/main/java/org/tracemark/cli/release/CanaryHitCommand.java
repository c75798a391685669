package org.tracemark.cli.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.CanaryAlerts;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark canary hit --number N}: a call or SMS reached a trap number. Names at once the release(s) whose
 * canary carried it, and records an alert (audited). The caller's number is stored encrypted and shown masked.
 */
@Command(name = "hit", mixinStandardHelpOptions = true,
    description = {"Record a call/SMS to a trap number and name the release that carried it.",
        "记录陷阱号码接到的来电/短信，并立即指出携带该号码的发布。"})
public final class CanaryHitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--number", required = true, paramLabel = "N", description = "The trap number that was reached.")
  String number;

  @Option(names = "--caller", paramLabel = "C", description = "The calling number, if known (stored encrypted).")
  String caller;

  @Option(names = "--at", paramLabel = "TIME", description = "When (ISO-8601, e.g. 2026-11-20T10:15:00Z; default now).")
  String at;

  @Option(names = "--channel", defaultValue = "call", paramLabel = "call|sms", description = "call or sms.")
  String channel;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    CanaryAlerts.Channel ch;
    try {
      ch = CanaryAlerts.Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--channel must be call or sms");
    }
    Instant when;
    try {
      when = at == null ? Instant.now() : Instant.parse(at.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException("--at must be an ISO-8601 instant such as 2026-11-20T10:15:00Z");
    }
    VaultContext context = VaultContext.open(spec);
    Releases releases = ReleaseSupport.releases(context);
    CanaryAlerts.Alert alert = ReleaseSupport.translate(() -> new CanaryAlerts(context.vault(), releases)
        .hit(context.actor(), number, Optional.ofNullable(caller), when, ch));
    if (json.enabled()) {
      ObjectNode o = Json.object().put("alert_id", alert.id()).put("trap_last4", alert.trapLast4())
          .put("at", alert.at().toString()).put("channel", ch.name().toLowerCase(Locale.ROOT))
          .put("audit_seq", alert.auditSeq());
      ArrayNode rs = o.putArray("releases");
      for (ReleaseInfo r : alert.releases()) {
        rs.addObject().put("release_id", r.id()).put("recipient", r.recipient())
            .put("released_at", r.releasedAt().map(Object::toString).orElse(null))
            .put("audit_hash", r.auditHashHex().orElse(null));
      }
      Json.print(o);
    } else if (alert.releases().isEmpty()) {
      ReleaseSupport.OUT.printf("告警 #%d：陷阱号码尾号 %s 被联系，但尚无发布携带此号码。/ no release carried this trap yet.%n",
          alert.id(), alert.trapLast4());
    } else {
      ReleaseSupport.OUT.printf("告警 #%d：陷阱号码尾号 %s 于 %s 被%s联系。该号码只出现在以下发布的金丝雀记录中：%n", alert.id(),
          alert.trapLast4(), alert.at(), ch == CanaryAlerts.Channel.CALL ? "来电" : "短信");
      for (ReleaseInfo r : alert.releases()) {
        ReleaseSupport.OUT.printf("  ⇒ 发布 #%d，接收方「%s」，发布于 %s，审计哈希 %s%n", r.id(), r.recipient(),
            r.releasedAt().map(Object::toString).orElse("?"), r.auditHashHex().orElse("?"));
      }
      ReleaseSupport.OUT.printf("ALERT #%d: trap …%s was reached; it was carried only by release(s) %s.%n", alert.id(),
          alert.trapLast4(), alert.releases().stream().map(r -> "#" + r.id() + " (" + r.recipient() + ")").toList());
    }
    return 0;
  }
}
