package org.tracemark.cli.vault;

import java.util.ArrayList;
import java.util.List;
import org.tracemark.cli.UsageException;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.OwnerRecord;
import picocli.CommandLine.Option;

/**
 * {@code --unmask --purpose "..."}, shared by the owners commands. Unmasking is allowed to roles with
 * {@link Permission#UNMASK}, needs a stated purpose, and writes one audit event per record shown, committed before
 * anything is printed: nothing is ever shown in clear without its record in the log.
 */
public final class UnmaskOptions {
  static final int MIN_PURPOSE_CHARS = 4;

  @Option(names = "--unmask", description = "Show personal fields in clear (permitted roles only; audited). "
      + "显示明文（仅限有权角色，记入审计）。")
  boolean unmask;

  @Option(names = "--purpose", paramLabel = "TEXT", description = "Why you unmask (required with --unmask; recorded).")
  String purpose;

  /** The records as they may be shown: masked, or in clear after the audit events are committed. */
  List<OwnerRecord> apply(VaultContext context, String command, List<OwnerRecord> records) throws Exception {
    if (!unmask) {
      if (purpose != null) {
        throw new UsageException("--purpose only goes with --unmask");
      }
      return records.stream().map(OwnerRecord::masked).toList();
    }
    if (purpose == null || purpose.strip().codePointCount(0, purpose.strip().length()) < MIN_PURPOSE_CHARS) {
      throw new UsageException("--unmask needs --purpose \"...\" (at least " + MIN_PURPOSE_CHARS
          + " characters): the reason is recorded in the audit log / 解除遮蔽须说明用途");
    }
    try {
      context.actor().require(Permission.UNMASK);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    String reason = purpose.strip();
    context.vault().inTransaction((c, audit) -> {
      for (OwnerRecord r : records) {
        audit.append(c, new AuditEntry(context.actor().auditName(), "unmask", "record:" + r.id(), reason,
            "{\"command\":\"" + command + "\",\"fields\":[\"name\",\"mobile\",\"id_number\",\"extra\"]}"));
      }
      return null;
    });
    return new ArrayList<>(records);
  }

  boolean unmasked() {
    return unmask;
  }
}
