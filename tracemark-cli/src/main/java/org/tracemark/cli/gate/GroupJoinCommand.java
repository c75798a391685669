package org.tracemark.cli.gate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.report.gate.GateJson;
import org.tracemark.cli.TracemarkCommand;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.gate.JoinReply;
import org.tracemark.gate.UnitAddress;
import org.tracemark.store.gate.Gate;
import org.tracemark.store.gate.IssuedPass;
import org.tracemark.store.gate.JoinGate;
import org.tracemark.store.gate.SmsConfig;
import org.tracemark.store.gate.SmsDispatcher;
import org.tracemark.store.gate.UnknownGroupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark group join GROUP --building B [--unit U] --room R [--code C]}: the applicant's side of the join
 * flow from a terminal (the web page is the usual way): without {@code --code} it requests a code, with it it
 * enters the code and prints the pass. The same gate, limits and audit as the page; the client the limits count is
 * {@code cli:<user>}. SMS go through the provider {@code TRACEMARK_SMS} selects (the home's outbox by default).
 */
@Command(name = "join", mixinStandardHelpOptions = true,
    description = {"Apply to join a group: request a code for a flat, then enter it to get a pass (exit 4 if refused).",
        "申请入群：为房号获取验证码，再输入验证码领取通行证（被拒绝时退出码 4）。"})
public final class GroupJoinCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GROUP", description = "The group's id, as in its join link.")
  String group;

  @Option(names = "--building", required = true, paramLabel = "B", description = "Building, e.g. 3 or 3栋.")
  String building;

  @Option(names = "--unit", defaultValue = "", paramLabel = "U", description = "Unit, e.g. 2 or 2单元.")
  String unit;

  @Option(names = "--room", required = true, paramLabel = "R", description = "Room, e.g. 1201.")
  String room;

  @Option(names = "--code", paramLabel = "CODE", description = "The code from the SMS (second step).")
  String code;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    UnitAddress flat = GateSupport.translate(() -> UnitAddress.parse(building, unit, room));
    SmsConfig config = GateSupport.translate(() -> SmsConfig.fromEnv(System.getenv()));
    Gate gate = GateSupport.gate(context);
    String client = "cli:" + context.actor().name();
    String publicId = gate.group(group).map(g -> g.publicId()).orElse(group);
    JoinReply reply;
    IssuedPass pass = null;
    try (SmsDispatcher sms = new SmsDispatcher(config.open(TracemarkCommand.of(spec).home().dir(),
        Clock.systemUTC()), 16)) {
      JoinGate join = gate.join(sms);
      if (code == null) {
        reply = join.start(publicId, flat, client);
      } else {
        JoinGate.Confirmation confirmation = join.confirm(publicId, flat, code, client);
        reply = confirmation.reply();
        pass = confirmation.pass().orElse(null);
      }
    } catch (UnknownGroupException e) {
      throw new UsageException(e.getMessage());
    }
    long minutes = gate.policy().codeTtl().toMinutes();
    if (json.enabled()) {
      ObjectNode out = GateJson.join(code == null ? "start" : "confirm", reply, minutes, pass);
      Json.print(out);
    } else {
      GateSupport.ERR.println(reply.zh(minutes) + " / " + reply.en(minutes));
      if (pass != null) {
        GateSupport.OUT.println("入群通行证 pass code: " + pass.displayCode());
        GateSupport.OUT.println("通行证令牌 pass token: " + pass.token());
        GateSupport.OUT.println("有效期至 expires: " + pass.claims().expiresAt());
      }
    }
    return reply == JoinReply.CODE_SENT_IF_ON_FILE || reply == JoinReply.ADMITTED ? 0 : GateSupport.REFUSED;
  }
}
