package org.tracemark.cli.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.report.release.ReleaseJson;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.AccessDeniedException;

/** What the release commands share: the service, error translation, the JSON and text form of a release. */
public final class ReleaseSupport {
  /** Human output; UTF-8 whatever the platform default. */
  public static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  public static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

  private ReleaseSupport() {}

  /** Allocation and canary placement draw from a securely seeded generator: recipients must not predict them. */
  public static Releases releases(VaultContext context) throws Exception {
    return new Releases(context.vault(), new SplittableRandom(new SecureRandom().nextLong()));
  }

  /** Work whose refusals and bad requests become usage errors (exit 2) with the store's one-line message. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  public static <T> T translate(Work<T> work) throws Exception {
    try {
      return work.run();
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The release document of docs/cli-json.md. */
  public static ObjectNode json(ReleaseInfo r) {
    return ReleaseJson.of(r);
  }

  /** One line per release for people. */
  public static String line(ReleaseInfo r) {
    String state = r.pending() ? "待批准 pending" : "已发布 released";
    return String.format("#%d  %s  %s  %s  %d 行 rows + %d 金丝雀 canaries  %s%s", r.id(), r.recipient(), state,
        r.community(), r.rows(), r.canaries(), r.releasedAt().orElse(r.createdAt()),
        r.auditHashHex().map(h -> "  审计 audit " + h.substring(0, 16) + "…").orElse(""));
  }
}
