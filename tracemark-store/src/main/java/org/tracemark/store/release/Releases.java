package org.tracemark.store.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.io.write.TableFormat;
import org.tracemark.mark.Allocation;
import org.tracemark.mark.Canary;
import org.tracemark.mark.CanaryGenerator;
import org.tracemark.mark.CommunityLayout;
import org.tracemark.mark.ManifestCodec;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.audit.AuditLog;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;
import org.tracemark.store.trace.Timing;
import org.tracemark.store.vault.Vault;

/**
 * Fingerprinted releases: selection, allocation, canaries, marks, the file, the manifest, the audit event, and the
 * two-person rule.
 *
 * <p>A release of more records than the configured row limit ({@code release_setting.row_limit}, default
 * {@value #DEFAULT_ROW_LIMIT}) is only recorded as <em>pending</em> (its record set fixed, no file written) until a
 * different user whose role may release approves it; the file is then written and the release time is the approval
 * time. Every request, approval and release is an audit-chain event; the release event's chain hash is stored with
 * the release and cited by trace reports. Everything of one release (rows, canaries, manifest, audit event) commits
 * together, and the file appears only after the commit.
 */
public final class Releases {
  public static final long DEFAULT_ROW_LIMIT = 10_000;

  /**
   * @param pending true when the release waits for a second user's approval and no file was written
   * @param limit the row limit that applied
   */
  public record Outcome(ReleaseInfo release, boolean pending, Optional<Path> file, long limit) {}

  private final Vault vault;
  private final RandomGenerator random;
  private final ReleaseStore store;
  private final TrapPool pool;

  public Releases(Vault vault, RandomGenerator random) throws java.security.GeneralSecurityException {
    this.vault = vault;
    this.random = random;
    this.store = new ReleaseStore(vault.fieldCipher());
    this.pool = new TrapPool(vault.fieldCipher(), vault.blindIndex());
  }

  public TrapPool trapPool() {
    return pool;
  }

  /** The marks keyset; created with the first release. */
  public MarkKeys markKeys() throws Exception {
    boolean none;
    try (Connection c = vault.database().connect()) {
      none = !store.any(c);
    }
    return MarkKeys.load(vault.keys(), none);
  }

  /** Releases the request, or records it as pending when it exceeds the row limit. */
  public Outcome release(Actor actor, ReleaseRequest request) throws Exception {
    actor.require(Permission.RELEASE);
    Timing timing = new Timing("release.select");
    MarkKeys keys = markKeys();
    timing.lap("keys");
    Instant now = vault.clock().instant();
    RowFilter filter = request.where().map(RowFilter::parse).orElse(RowFilter.all());
    Object[] result = new Object[2];
    Outcome outcome = vault.inTransaction((c, audit) -> {
      Recipients.Recipient recipient = Recipients.find(c, request.recipient()).orElseThrow(() ->
          new IllegalArgumentException("no recipient '" + request.recipient() + "' (add it: tracemark recipient add)"));
      if (Communities.find(c, request.community()).isEmpty()) {
        throw new IllegalArgumentException("no community '" + request.community() + "' in the vault");
      }
      List<Location> community = Location.of(c, request.community());
      RoaringBitmap eligible = new RoaringBitmap();
      for (Location r : community) {
        if (filter.test(r)) {
          eligible.add(Math.toIntExact(r.id()));
        }
      }
      if (eligible.isEmpty()) {
        throw new IllegalArgumentException("no record of '" + request.community() + "' matches --where");
      }
      timing.lap("community " + community.size());
      RoaringBitmap chosen = request.rows().isPresent()
          ? Allocation.choose(eligible, store.recordSets(c, request.community()), request.rows().get(), random)
          : eligible;
      long limit = ReleaseStore.rowLimit(c, DEFAULT_ROW_LIMIT);
      long id = Ids.next(c, ReleaseStore.TABLE);
      boolean pending = chosen.getLongCardinality() > limit;
      store.insert(c, id, recipient.id(), pending ? ReleaseInfo.PENDING : ReleaseInfo.RELEASED,
          request.community(), now, actor.auditName(), PolicyText.format(request.policy()), keys.primaryKeyId(),
          chosen, ReleaseStore.requestJson(request));
      timing.lap("allocate+insert");
      if (pending) {
        long seq = audit.append(c, new AuditEntry(actor.auditName(), "release.request", "release:" + id, "",
            "{\"recipient_id\":" + recipient.id() + ",\"rows\":" + chosen.getLongCardinality() + ",\"limit\":"
                + limit + "}"));
        return new Outcome(store.get(c, id).orElseThrow(), true, Optional.empty(), limit);
      }
      result[0] = produce(c, audit, id, recipient.id(), request, community, chosen, keys, actor.auditName(),
          Optional.empty(), now);
      result[1] = request.out();
      return new Outcome(store.get(c, id).orElseThrow(), false, Optional.of(request.out()), limit);
    });
    publish(result);
    return outcome;
  }

  /** Approves a pending release as a second user and writes its file ({@code out} overrides the requested path). */
  public Outcome approve(Actor approver, long id, Optional<Path> out) throws Exception {
    approver.require(Permission.RELEASE);
    MarkKeys keys = markKeys();
    Instant now = vault.clock().instant();
    Object[] result = new Object[2];
    Outcome outcome = vault.inTransaction((c, audit) -> {
      ReleaseInfo info = store.get(c, id).orElseThrow(() -> new IllegalArgumentException("no release " + id));
      if (!info.pending()) {
        throw new IllegalArgumentException("release " + id + " is not pending (已发布，无需批准)");
      }
      if (info.requestedBy().equals(approver.auditName())) {
        throw new AccessDeniedException("release " + id + " needs a second person: '" + approver.name()
            + "' requested it and may not approve it (双人规则：申请人不能自行批准)");
      }
      ObjectNode q = ReleaseStore.parseRequest(readRequest(c, id));
      if (out.isPresent()) {
        // The file goes where the approver says: record that, so listings and downloads find it.
        ObjectNode moved = q.deepCopy();
        moved.put("out", out.get().toString());
        try (var ps = c.prepareStatement("UPDATE data_release SET request = ? WHERE id = ?")) {
          ps.setString(1, moved.toString());
          ps.setLong(2, id);
          ps.executeUpdate();
        }
      }
      ReleaseRequest request = new ReleaseRequest(info.recipient(), info.community(),
          Optional.of(q.path("where").asText()).filter(s -> !s.isBlank()),
          q.path("fields").asText().isBlank() ? List.of() : List.of(q.path("fields").asText().split(",")),
          Optional.empty(), TableFormat.parse(q.path("format").asText()), Charset.forName(q.path("encoding").asText()),
          out.orElse(Path.of(q.path("out").asText())), PolicyText.parse(info.policy()));
      RoaringBitmap chosen = store.records(c, id);
      audit.append(c, new AuditEntry(approver.auditName(), "release.approve", "release:" + id, "",
          "{\"requested_by\":\"" + info.requestedBy().replace("\"", "") + "\"}"));
      result[0] = produce(c, audit, id, store.recipientId(c, id), request, Location.of(c, info.community()), chosen,
          keys, info.requestedBy(), Optional.of(approver.auditName()), now);
      result[1] = request.out();
      return new Outcome(store.get(c, id).orElseThrow(), false, Optional.of(request.out()),
          ReleaseStore.rowLimit(c, DEFAULT_ROW_LIMIT));
    });
    publish(result);
    return outcome;
  }

  private static String readRequest(Connection c, long id) throws java.sql.SQLException {
    try (var ps = c.prepareStatement("SELECT request FROM data_release WHERE id = ?")) {
      ps.setLong(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** Moves the committed release's temporary file into place. */
  private static void publish(Object[] result) throws java.io.IOException {
    if (result[0] != null) {
      Files.move((Path) result[0], (Path) result[1], StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path produce(Connection c, AuditLog audit, long id, long recipientId, ReleaseRequest request,
      List<Location> community, RoaringBitmap chosen, MarkKeys keys, String requestedBy,
      Optional<String> approvedBy, Instant now) throws Exception {
    Timing timing = new Timing("release");
    int rows = chosen.getCardinality();
    List<Canary> canaries = new ArrayList<>();
    List<TrapPool.Free> traps = List.of();
    int wanted = request.policy().canariesFor(rows);
    if (wanted > 0) {
      // Parsed on every core; toList keeps the community's id order, which canary placement's random draws index.
      List<OwnerValues> layoutValues = community.parallelStream().map(Location::layoutValues)
          .flatMap(Optional::stream).toList();
      if (!layoutValues.isEmpty()) {
        traps = pool.free(c, 1);
        canaries = new CanaryGenerator(ChineseSurnames.bundled()).generate(CommunityLayout.of(layoutValues), wanted,
            Math.toIntExact(Ids.next(c, "canary")), traps.stream().map(TrapPool.Free::number).toList(),
            store.takenFlats(c, request.community()), random);
      }
    }
    ReleaseManifest manifest = new ReleaseManifest(Long.toString(id), Long.toString(recipientId), now,
        request.policy(), keys.primaryKeyId(), chosen, canaries);
    timing.lap("canaries");
    boolean withId = request.fields().isEmpty() || request.fields().contains("id_number");
    Marker marker = ReleaseWriter.marker(manifest, keys.forKeyId(manifest.keyId()));
    List<Location> released = new ArrayList<>(rows);
    for (Location r : community) {
      if (chosen.contains(Math.toIntExact(r.id()))) {
        released.add(r);
      }
    }
    ReleaseWriter.Written written = ReleaseWriter.write(c, new RecordBatch(vault.fieldCipher()), request, released,
        manifest, marker, withId);
    Path tmp = written.tmp();
    timing.lap("decrypt+render+write " + written.records());
    try {
      for (Canary k : canaries) {
        Optional<Long> trap = traps.stream().filter(t -> t.number().equals(k.values().mobile()))
            .map(TrapPool.Free::id).findFirst();
        OwnerValues v = k.values();
        store.insertCanary(c, k.id(), id, request.community(), v.building() + "-" + v.unit() + "-" + v.room(), trap);
      }
      byte[] encoded = ManifestCodec.encode(manifest);
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
      long seq = audit.append(c, new AuditEntry(approvedBy.orElse(requestedBy), "release", "release:" + id, "",
          "{\"recipient_id\":" + recipientId + ",\"rows\":" + written.records() + ",\"canaries\":" + canaries.size()
              + ",\"key_id\":\"" + manifest.keyId() + "\",\"manifest_sha256\":\"" + digest + "\",\"requested_by\":\""
              + requestedBy.replace("\"", "") + "\"}"));
      store.markReleased(c, manifest, approvedBy, seq, ReleaseStore.auditHash(c, seq));
      timing.lap("store");
      return tmp;
    } catch (Exception e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  public List<ReleaseInfo> list() throws Exception {
    try (Connection c = vault.database().connect()) {
      return store.list(c);
    }
  }

  ReleaseInfo get(Connection c, long id) throws Exception {
    return store.get(c, id).orElseThrow();
  }

  public Optional<ReleaseInfo> get(long id) throws Exception {
    try (Connection c = vault.database().connect()) {
      return store.get(c, id);
    }
  }

  /** Manifests of every release that left the vault, decrypted: the trace's candidates. */
  public List<ReleaseManifest> manifests() throws Exception {
    try (Connection c = vault.database().connect()) {
      return store.manifests(c);
    }
  }

  /** Released releases whose canaries carried trap pool entry {@code trapId}. */
  public List<Long> releasesOfTrap(Connection c, long trapId) throws Exception {
    return store.releasesOfTrap(c, trapId);
  }

  public long rowLimit() throws Exception {
    try (Connection c = vault.database().connect()) {
      return ReleaseStore.rowLimit(c, DEFAULT_ROW_LIMIT);
    }
  }

  /** Sets the two-person row limit (admins: it is an installation policy); audited. */
  public void setRowLimit(Actor actor, long limit) throws Exception {
    actor.require(Permission.MANAGE_USERS);
    if (limit < 1) {
      throw new IllegalArgumentException("the row limit must be at least 1");
    }
    vault.inTransaction((c, audit) -> {
      long old = ReleaseStore.rowLimit(c, DEFAULT_ROW_LIMIT);
      ReleaseStore.setRowLimit(c, limit);
      return audit.append(c, new AuditEntry(actor.auditName(), "release.limit", "release_setting:row_limit", "",
          "{\"old\":" + old + ",\"new\":" + limit + "}"));
    });
  }
}
