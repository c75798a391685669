package org.tracemark.server.owners;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.tracemark.server.http.ApiException;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.OwnerRecord;
import org.tracemark.store.vault.OwnerRepository;
import org.tracemark.store.vault.Vault;

/**
 * Owner records for the API and the console, with the CLI's rules (tracemark owners list|show|find, --unmask):
 * masked unless a role with {@link Permission#UNMASK} states a purpose of at least four characters, and then one
 * audit event per record is committed before anything is returned. Lookups by phone or ID are audited with their
 * match count, never the value.
 */
public final class OwnerAccess {
  public static final int MIN_PURPOSE_CHARS = 4;
  public static final int MAX_LIMIT = 10_000;

  private final Vault vault;

  public OwnerAccess(Vault vault) {
    this.vault = vault;
  }

  public List<OwnerRecord> list(Actor actor, Optional<String> community, long after, int limit) throws Exception {
    actor.require(Permission.VIEW_MASKED);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badRequest("limit must be 1.." + MAX_LIMIT);
    }
    try (Connection c = vault.database().connect()) {
      return repository().list(c, community, after, limit);
    }
  }

  public Optional<OwnerRecord> get(Actor actor, long id) throws Exception {
    actor.require(Permission.VIEW_MASKED);
    try (Connection c = vault.database().connect()) {
      return repository().get(c, id);
    }
  }

  /** Lookup by mobile ({@code kind} "mobile") or resident ID ("id_number"); audited. */
  public List<OwnerRecord> find(Actor actor, String kind, String value) throws Exception {
    actor.require(Permission.VIEW_MASKED);
    List<OwnerRecord> records;
    try (Connection c = vault.database().connect()) {
      records = switch (kind) {
        case "mobile" -> {
          String digits = value.replaceAll("[\\s()+-]", "");
          if (!digits.matches("(86)?1[3-9]\\d{9}")) {
            throw ApiException.badRequest("phone must be a mainland mobile number, 11 digits (手机号格式不正确)");
          }
          yield repository().findByMobile(c, value);
        }
        case "id_number" -> {
          if (!value.strip().matches("\\d{17}[\\dxX]")) {
            throw ApiException.badRequest("id_number must be an 18-character resident ID (身份证号格式不正确)");
          }
          yield repository().findByIdNumber(c, value);
        }
        default -> throw ApiException.badRequest("search by phone or id_number");
      };
    }
    vault.record(new AuditEntry(actor.auditName(), "owners.find", "blind_index:" + kind, "",
        "{\"matches\":" + records.size() + "}"));
    return records;
  }

  /**
   * The records in clear, after committing one {@code unmask} audit event per record with the purpose.
   *
   * @param command what the user did, recorded in the event's details (e.g. {@code "server owners unmask"})
   */
  public List<OwnerRecord> unmask(Actor actor, List<OwnerRecord> records, String purpose, String command)
      throws Exception {
    String reason = purpose == null ? "" : purpose.strip();
    if (reason.codePointCount(0, reason.length()) < MIN_PURPOSE_CHARS) {
      throw ApiException.badRequest("unmasking needs a purpose of at least " + MIN_PURPOSE_CHARS
          + " characters, recorded in the audit log (解除遮蔽须说明用途，至少 " + MIN_PURPOSE_CHARS + " 个字)");
    }
    if (reason.length() > 500) {
      throw ApiException.badRequest("the purpose may have at most 500 characters");
    }
    actor.require(Permission.UNMASK);
    vault.inTransaction((c, audit) -> {
      for (OwnerRecord r : records) {
        audit.append(c, new AuditEntry(actor.auditName(), "unmask", "record:" + r.id(), reason,
            "{\"command\":\"" + command + "\",\"fields\":[\"name\",\"mobile\",\"id_number\",\"extra\"]}"));
      }
      return null;
    });
    return records;
  }

  private OwnerRepository repository() throws Exception {
    return new OwnerRepository(vault.fieldCipher(), vault.blindIndex());
  }
}
