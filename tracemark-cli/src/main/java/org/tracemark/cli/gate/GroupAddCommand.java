package org.tracemark.cli.gate;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.gate.OwnerGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark group add NAME --community C [--base-url URL] [--qr FILE]}: managers register a group. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = {"Register an owners' group and get its join link (and QR code).", "登记业主群，获得入群链接（及二维码）。"})
public final class GroupAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "Group name, e.g. 阳光花园业主群.")
  String name;

  @Option(names = "--community", required = true, paramLabel = "NAME",
      description = "Community whose owner list is in the vault.")
  String community;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Public address of the server, e.g. https://gate.example.com. Default: $TRACEMARK_PUBLIC_URL.")
  String baseUrl;

  @Option(names = "--qr", paramLabel = "FILE", description = "Write the join link's QR code here (PNG).")
  Path qr;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    OwnerGroup group = GateSupport.translate(() -> GateSupport.gate(context).addGroup(community, name,
        context.actor()));
    Optional<URI> link = GateSupport.linkAndQr(group, GateSupport.baseUrl(baseUrl), qr);
    if (json.enabled()) {
      Json.print(GateSupport.json(group).put("join_url", link.map(URI::toString).orElse(null))
          .put("qr", qr == null ? null : qr.toString()));
    } else {
      GateSupport.ERR.printf("已登记业主群「%s」（%s）/ group registered%n", group.name(), group.community());
      GateSupport.OUT.println("入群链接 join link: " + link.map(URI::toString).orElse(group.joinPath()
          + "  (加上服务器公网地址 / prefix the server's public address)"));
      if (qr != null) {
        GateSupport.OUT.println("二维码 QR code: " + qr);
      }
    }
    return 0;
  }
}
