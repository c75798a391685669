package org.tracemark.cli.gate;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.gate.OwnerGroup;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark group link GROUP [--base-url URL] [--qr FILE]}: the join link and QR code again. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Print a group's join link; write its QR code.", "输出入群链接，生成二维码。"})
public final class GroupLinkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GROUP", description = "The group's id (group list) or name.")
  String group;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Public address of the server. Default: $TRACEMARK_PUBLIC_URL.")
  String baseUrl;

  @Option(names = "--qr", paramLabel = "FILE", description = "Write the join link's QR code here (PNG).")
  Path qr;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    OwnerGroup g = GateSupport.translate(() -> {
      context.actor().require(Permission.MANAGE_GROUPS);
      return GateSupport.gate(context).group(group).orElseThrow(() ->
          new UsageException("no such group '" + group + "' (群不存在)；see tracemark group list"));
    });
    Optional<URI> link = GateSupport.linkAndQr(g, GateSupport.baseUrl(baseUrl), qr);
    if (json.enabled()) {
      Json.print(Json.object().put("public_id", g.publicId()).put("join_path", g.joinPath())
          .put("join_url", link.map(URI::toString).orElse(null)).put("qr", qr == null ? null : qr.toString()));
    } else {
      GateSupport.OUT.println(link.map(URI::toString).orElse(g.joinPath()));
    }
    return 0;
  }
}
