package org.tracemark.cli.gate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tracemark.report.gate.GateJson;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.gate.GatePolicy;
import org.tracemark.store.gate.Gate;
import org.tracemark.store.gate.JoinLink;
import org.tracemark.store.gate.JoinQr;
import org.tracemark.store.gate.OwnerGroup;
import org.tracemark.store.user.AccessDeniedException;

/** What the group commands share: the gate of the vault, error translation, the JSON of a group, links and QR. */
final class GateSupport {
  static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);
  /** Exit code when the gate refuses (a join step or a pass that does not admit), like {@code audit verify}'s 4. */
  static final int REFUSED = 4;

  private GateSupport() {}

  static Gate gate(VaultContext context) throws Exception {
    return Gate.open(context.vault(), GatePolicy.standard());
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  /** Refusals and bad requests become usage errors (exit 2) with the store's one-line message. */
  static <T> T translate(Work<T> work) throws Exception {
    try {
      return work.run();
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code --base-url}, else {@code TRACEMARK_PUBLIC_URL}. */
  static Optional<String> baseUrl(String option) {
    return Optional.ofNullable(option).filter(s -> !s.isBlank())
        .or(() -> Optional.ofNullable(System.getenv("TRACEMARK_PUBLIC_URL")).filter(s -> !s.isBlank()));
  }

  /** The join URL when a base URL is known; writes the QR PNG to {@code qr} if asked (which needs the URL). */
  static Optional<URI> linkAndQr(OwnerGroup group, Optional<String> base, Path qr) throws Exception {
    Optional<URI> link = translate(() -> base.map(b -> JoinLink.of(b, group)));
    if (qr != null) {
      if (link.isEmpty()) {
        throw new UsageException("a QR code needs the public address: give --base-url https://… or set "
            + "TRACEMARK_PUBLIC_URL");
      }
      Path parent = qr.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(qr, JoinQr.png(link.get(), JoinQr.DEFAULT_SIZE));
    }
    return link;
  }

  static ObjectNode json(OwnerGroup g) {
    return GateJson.group(g);
  }

  static String statusZh(OwnerGroup g) {
    return g.status() == OwnerGroup.Status.OPEN ? "开放 open" : "已关闭 closed";
  }
}
