package org.tracemark.store.gate;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.tracemark.gate.GatePolicy;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Vault;

/**
 * The resident gate of one vault: owners' groups, the public join flow, and pass checks. The entry point for the
 * CLI and the server. Randomness (group and pass ids, codes) comes from {@link SecureRandom}. Thread-safe.
 */
public final class Gate {
  private final Vault vault;
  private final GateKeys keys;
  private final GatePolicy policy;
  private final SecureRandom random = new SecureRandom();

  private Gate(Vault vault, GateKeys keys, GatePolicy policy) {
    this.vault = vault;
    this.keys = keys;
    this.policy = policy;
  }

  /** The gate of {@code vault}, its keys loaded (created while no pass has been issued). */
  public static Gate open(Vault vault, GatePolicy policy) throws Exception {
    boolean noPasses;
    try (Connection c = vault.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM admission_pass")) {
      rs.next();
      noPasses = rs.getLong(1) == 0;
    }
    return new Gate(vault, GateKeys.load(vault.keys(), vault.home(), noPasses), policy);
  }

  public GatePolicy policy() {
    return policy;
  }

  /** The public join flow, sending codes through {@code sms}. */
  public JoinGate join(SmsDispatcher sms) throws Exception {
    return new JoinGate(vault, keys, sms, policy, random);
  }

  /** Pass checks and revocation. */
  public Passes passes() {
    return new Passes(vault, keys);
  }

  /** Registers a group for a community the vault holds; audited. */
  public OwnerGroup addGroup(String community, String name, Actor actor) throws Exception {
    actor.require(Permission.MANAGE_GROUPS);
    return vault.inTransaction((c, audit) -> {
      OwnerGroup group = Groups.add(c, community, name, actor.auditName(), vault.clock().instant(), random);
      audit.append(c, new AuditEntry(actor.auditName(), "group.add", "group:" + group.id(), "",
          new AuditDetails().put("community", group.community()).put("public_id", group.publicId()).toString()));
      return group;
    });
  }

  /** Opens or closes a group's join link; audited. */
  public OwnerGroup setStatus(String group, OwnerGroup.Status status, Actor actor) throws Exception {
    actor.require(Permission.MANAGE_GROUPS);
    return vault.inTransaction((c, audit) -> {
      OwnerGroup g = Groups.find(c, group, vault.clock().instant()).orElseThrow(() ->
          new IllegalArgumentException("no such group '" + group + "' (群不存在)"));
      Groups.setStatus(c, g.id(), status);
      audit.append(c, new AuditEntry(actor.auditName(), "group." + (status == OwnerGroup.Status.OPEN ? "open"
          : "close"), "group:" + g.id(), "", "{}"));
      return Groups.find(c, g.publicId(), vault.clock().instant()).orElseThrow();
    });
  }

  /** Every group, for people who manage or check passes. */
  public List<OwnerGroup> groups(Actor actor) throws Exception {
    actor.require(Permission.VERIFY_PASS);
    try (Connection c = vault.database().connect()) {
      return Groups.list(c, vault.clock().instant());
    }
  }

  /** The group an operator names by public id or name. */
  public Optional<OwnerGroup> group(String publicIdOrName) throws SQLException {
    try (Connection c = vault.database().connect()) {
      return Groups.find(c, publicIdOrName, vault.clock().instant());
    }
  }

  /** The group with this internal id (console URLs). */
  public Optional<OwnerGroup> groupById(long id) throws SQLException {
    try (Connection c = vault.database().connect()) {
      return Groups.byId(c, id, vault.clock().instant());
    }
  }

  /** Opens or closes the group with this internal id; audited. */
  public OwnerGroup setStatus(long id, OwnerGroup.Status status, Actor actor) throws Exception {
    OwnerGroup g = groupById(id).orElseThrow(() -> new IllegalArgumentException("no such group (群不存在)"));
    return setStatus(g.publicId(), status, actor);
  }

  /** The group of a join link, for the public page; empty for unknown ids. */
  public Optional<OwnerGroup> byJoinId(String publicId) throws SQLException {
    try (Connection c = vault.database().connect()) {
      return Groups.byPublicId(c, publicId, vault.clock().instant());
    }
  }
}
