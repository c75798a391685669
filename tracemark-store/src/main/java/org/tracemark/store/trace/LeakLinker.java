package org.tracemark.store.trace;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracemark.mark.Canary;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;
import org.tracemark.store.crypto.Parallel;
import org.tracemark.store.db.Dialect;
import org.tracemark.store.release.RecordBatch;
import org.tracemark.store.release.VaultValues;
import org.tracemark.store.vault.OwnerRecord;
import org.tracemark.store.vault.OwnerRepository;
import org.tracemark.trace.LinkedRow;

/**
 * Ties leaked rows to vault records and canaries, without ever searching plaintext.
 *
 * <p>Order of evidence: a trap number (the row carries a canary's contact); the mobile or the resident ID through
 * the vault's blind indexes (exact); else the name at an address: the building/unit/room read from the row gives
 * the record's natural key (plaintext location, indexed), and the record's decrypted name must equal the row's
 * name, allowing one re-typed character in names of three or more characters; a canary is found the same way at its
 * fake flat. When a mobile belongs to several records (one owner, several flats), the record whose name or room
 * agrees is taken; rows that cannot be told apart stay unlinked rather than guessed. Linking never uses a key of
 * any release, so which rows are linked cannot favour one release over another.
 */
public final class LeakLinker {
  /** How a row was linked; reported per row. */
  public enum Method { TRAP_NUMBER, MOBILE, ID_NUMBER, NAME_ADDRESS, CANARY_NAME_FLAT }

  /**
   * One linked row. {@code record} is empty for canaries; {@code truth} is empty for vault records whose values
   * cannot carry marks (see {@link VaultValues}); such rows are linked but not scored.
   */
  public record Link(LeakRow row, RecordRef ref, Method method, Optional<OwnerRecord> record,
      Optional<OwnerValues> truth, Instant valuesSince) {
    @Override
    public String toString() {
      return "Link[" + row.where() + " → " + ref + " by " + method + "]";
    }
  }

  /** Links in leak-row order. */
  public record Linking(List<Link> links, int rows) {
    /** The rows the tracer scores. */
    public List<LinkedRow> linkedRows() {
      List<LinkedRow> out = new ArrayList<>();
      for (Link l : links) {
        if (l.truth().isPresent()) {
          out.add(new LinkedRow(l.row().number(), l.ref(), l.truth().get(), l.valuesSince(), observed(l.row())));
        }
      }
      return out;
    }

    public int unscored() {
      return (int) links.stream().filter(l -> l.truth().isEmpty()).count();
    }
  }

  private record CanaryAt(Canary canary, Instant since) {}

  /** Tokens bound into one {@code IN} list. */
  private static final int LOOKUP_BATCH = 500;
  /** Tokens per PostgreSQL lookup: one array parameter, so no bind-parameter limit applies. */
  private static final int PG_LOOKUP_BATCH = 10_000;

  /**
   * Blind-index lookups: for each requested normalised value of a kind ({@code mobile}, {@code id_number}), the ids
   * of the records whose token equals the value's. The vault answers them from its {@code blind_index} table; a
   * Spark job answers them from its join of the leak against an exported index (the same tokens).
   */
  @FunctionalInterface
  public interface Lookup {
    Map<String, List<Long>> find(String kind, List<String> values) throws SQLException, GeneralSecurityException;
  }

  private final FieldCipher cipher;
  private final BlindIndex index;
  private final OwnerRepository repository;

  public LeakLinker(FieldCipher cipher, BlindIndex index) {
    this.cipher = cipher;
    this.index = index;
    this.repository = new OwnerRepository(cipher, index);
  }

  public Linking link(Connection c, List<LeakRow> rows, List<ReleaseManifest> releases)
      throws SQLException, GeneralSecurityException {
    return link(c, rows, releases, (kind, values) -> lookup(c, kind, values));
  }

  /**
   * As {@link #link(Connection, List, List)}, with the blind-index lookups answered by {@code lookup}; the
   * connection still serves record loading and the name-at-address links.
   */
  public Linking link(Connection c, List<LeakRow> rows, List<ReleaseManifest> releases, Lookup lookup)
      throws SQLException, GeneralSecurityException {
    Map<String, CanaryAt> trapCanaries = new HashMap<>();
    Map<String, CanaryAt> flatCanaries = new HashMap<>();
    for (ReleaseManifest m : releases) {
      for (Canary k : m.canaries()) {
        CanaryAt at = new CanaryAt(k, m.releasedAt());
        if (k.hasTrapContact()) {
          trapCanaries.put(k.values().mobile(), at);
        }
        OwnerValues v = k.values();
        flatCanaries.put(v.building() + "|" + v.unit() + "|" + v.room() + "|" + v.name(), at);
      }
    }
    Timing timing = new Timing("link");
    Map<String, List<Long>> byMobile = lookup.find("mobile", distinct(rows.stream().map(LeakRow::mobile)));
    timing.lap("mobile lookup " + byMobile.size());
    // IDs are looked up only where the mobile found nothing: both are exact, and tokens cost a PRF call each.
    Map<String, List<Long>> byId = lookup.find("id_number", distinct(rows.stream()
        .filter(r -> r.mobile().map(m -> !byMobile.containsKey(m)).orElse(true)).map(LeakRow::idNumber)));
    timing.lap("id lookup " + byId.size());
    // Records found by their mobile's token already have that mobile (the leak's, equal by the token): only the
    // name is decrypted for them. Records found by ID need their mobile, whose format marks are read.
    Set<Long> byIdOnly = new HashSet<>();
    byId.values().forEach(byIdOnly::addAll);
    Set<Long> byMobileOnly = new HashSet<>();
    byMobile.values().forEach(byMobileOnly::addAll);
    byMobileOnly.removeAll(byIdOnly);
    Map<Long, OwnerRecord> records = new HashMap<>();
    // Resident IDs are not decrypted: linking already matched them by token, and no mark lives in them.
    RecordBatch batch = new RecordBatch(cipher);
    for (OwnerRecord r : batch.load(c, byMobileOnly.stream().mapToLong(Long::longValue).toArray(), false, false)) {
      records.put(r.id(), r);
    }
    for (OwnerRecord r : batch.load(c, byIdOnly.stream().mapToLong(Long::longValue).toArray(), true, false)) {
      records.put(r.id(), r);
    }
    timing.lap("records " + records.size());
    List<Long> communities = communities(c);
    List<Link> links = new ArrayList<>();
    try (PreparedStatement byKey = c.prepareStatement(
        "SELECT id, name_ct FROM owner_record WHERE community_id = ? AND natural_key = ?")) {
      for (LeakRow row : rows) {
        Optional<Link> link = linkOne(row, trapCanaries, flatCanaries, byMobile, byId, records);
        if (link.isEmpty()) {
          link = byNameAndAddress(row, flatCanaries, communities, byKey);
        }
        link.ifPresent(links::add);
      }
    }
    timing.lap("rows");
    return new Linking(links, rows.size());
  }

  private Optional<Link> linkOne(LeakRow row, Map<String, CanaryAt> traps, Map<String, CanaryAt> flats,
      Map<String, List<Long>> byMobile, Map<String, List<Long>> byId, Map<Long, OwnerRecord> records) {
    if (row.mobile().isPresent() && traps.containsKey(row.mobile().get())) {
      return Optional.of(canaryLink(row, traps.get(row.mobile().get()), Method.TRAP_NUMBER));
    }
    if (row.idNumber().isPresent() && byId.containsKey(row.idNumber().get())) {
      Optional<OwnerRecord> r = choose(row, byId.get(row.idNumber().get()), records);
      if (r.isPresent()) {
        return Optional.of(recordLink(row, r.get(), Method.ID_NUMBER));
      }
    }
    if (row.mobile().isPresent() && byMobile.containsKey(row.mobile().get())) {
      Optional<OwnerRecord> r = choose(row, byMobile.get(row.mobile().get()), records);
      if (r.isPresent()) {
        return Optional.of(recordLink(row, withMobile(r.get(), row.mobile().get()), Method.MOBILE));
      }
    }
    return Optional.empty();
  }

  private Optional<Link> byNameAndAddress(LeakRow row, Map<String, CanaryAt> flats, List<Long> communities,
      PreparedStatement byKey) throws SQLException, GeneralSecurityException {
    Optional<Address.Flat> flat = Address.of(row);
    if (flat.isEmpty() || row.name().isEmpty()) {
      return Optional.empty();
    }
    String key = flat.get().naturalKey();
    CanaryAt canary = flats.get(key + "|" + row.name().get());
    if (canary != null) {
      return Optional.of(canaryLink(row, canary, Method.CANARY_NAME_FLAT));
    }
    List<Long> matches = new ArrayList<>();
    for (long community : communities) {
      byKey.setLong(1, community);
      byKey.setString(2, key);
      try (ResultSet rs = byKey.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String name = cipher.decrypt("owner_record", id, "name", rs.getBytes(2));
          if (sameName(name, row.name().get())) {
            matches.add(id);
          }
        }
      }
    }
    if (matches.size() != 1) {
      return Optional.empty();
    }
    // Fetched one at a time: only rows without a linkable mobile or ID come this way.
    Optional<OwnerRecord> r = repository.get(byKey.getConnection(), matches.get(0));
    return r.map(rec -> recordLink(row, rec, Method.NAME_ADDRESS));
  }

  /** The record among several sharing a mobile or ID whose name, else room, agrees with the row; empty if unclear. */
  private static Optional<OwnerRecord> choose(LeakRow row, List<Long> ids, Map<Long, OwnerRecord> records) {
    List<OwnerRecord> candidates = ids.stream().map(records::get).filter(java.util.Objects::nonNull).toList();
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    Optional<Address.Flat> flat = Address.of(row);
    List<OwnerRecord> agree = candidates.stream()
        .filter(r -> flat.map(f -> f.naturalKey().equals(r.building() + "|" + r.unit() + "|" + r.room()))
            .orElse(false) || row.name().map(n -> sameName(r.name(), n)).orElse(false))
        .toList();
    return agree.size() == 1 ? Optional.of(agree.get(0)) : Optional.empty();
  }

  /** The record with the mobile it was found by, where its own was not decrypted. */
  private static OwnerRecord withMobile(OwnerRecord r, String mobile) {
    if (!r.mobile().isEmpty()) {
      return r;
    }
    return new OwnerRecord(r.id(), r.community(), r.building(), r.unit(), r.floor(), r.room(), r.name(), mobile,
        r.idNumber(), r.floorArea(), r.purchaseDate(), r.handoverDate(), r.extra(), r.createdAt(), r.updatedAt());
  }

  /** Equal after removing blanks, or (three characters or more) equal but for one re-typed character. */
  static boolean sameName(String vault, String leaked) {
    String a = vault.replaceAll("\\s", "");
    String b = leaked.replaceAll("\\s", "");
    if (a.equals(b)) {
      return true;
    }
    if (a.length() != b.length() || a.length() < 3) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      diff += a.charAt(i) != b.charAt(i) ? 1 : 0;
    }
    return diff == 1;
  }

  private static Link recordLink(LeakRow row, OwnerRecord r, Method method) {
    return new Link(row, RecordRef.record(Math.toIntExact(r.id())), method, Optional.of(r), VaultValues.of(r),
        r.createdAt());
  }

  private static Link canaryLink(LeakRow row, CanaryAt k, Method method) {
    return new Link(row, k.canary().ref(), method, Optional.empty(), Optional.of(k.canary().values()), k.since());
  }

  private static List<String> distinct(java.util.stream.Stream<Optional<String>> values) {
    return values.flatMap(Optional::stream).distinct().toList();
  }

  /**
   * The vault's natural key ({@code building|unit|room}) of the flat a leaked row names, as the name-at-address
   * link reads it; empty when the row names no flat.
   */
  public static Optional<String> flatKey(LeakRow row) {
    return Address.of(row).map(Address.Flat::naturalKey);
  }

  /**
   * Blind-index lookups of many distinct values at once: value → record ids. Tokens are computed on every core, then
   * looked up in token order, so consecutive probes walk neighbouring pages of the index instead of jumping about it.
   */
  private Map<String, List<Long>> lookup(Connection c, String kind, List<String> distinct)
      throws SQLException, GeneralSecurityException {
    byte[][] tokens = Parallel.map(distinct.size(), i -> index.token(kind, distinct.get(i)), byte[][]::new);
    Map<ByteBuffer, String> byToken = new HashMap<>(tokens.length * 2);
    for (int i = 0; i < tokens.length; i++) {
      byToken.put(ByteBuffer.wrap(tokens[i]), distinct.get(i));
    }
    java.util.Arrays.sort(tokens, java.util.Arrays::compareUnsigned);
    Map<String, List<Long>> out = new HashMap<>();
    if (Dialect.ofUrl(c.getMetaData().getURL()) == Dialect.POSTGRESQL) {
      // A join with the token array, not "token IN (...)": without statistics (a table never analysed, autovacuum
      // off) PostgreSQL plans the IN list as a filter over every token of the kind, a whole-index read per batch.
      // The join probes the primary key once per token whatever the statistics say.
      for (int from = 0; from < tokens.length; from += PG_LOOKUP_BATCH) {
        byte[][] chunk = java.util.Arrays.copyOfRange(tokens, from, Math.min(tokens.length, from + PG_LOOKUP_BATCH));
        try (PreparedStatement ps = c.prepareStatement("SELECT b.token, b.record_id FROM unnest(?) AS t(token) "
            + "JOIN blind_index b ON b.kind = ? AND b.token = t.token")) {
          ps.setArray(1, c.createArrayOf("bytea", chunk));
          ps.setString(2, kind);
          collect(ps, byToken, out);
        }
      }
      return out;
    }
    for (int from = 0; from < tokens.length; from += LOOKUP_BATCH) {
      int to = Math.min(tokens.length, from + LOOKUP_BATCH);
      String marks = String.join(",", java.util.Collections.nCopies(to - from, "?"));
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT token, record_id FROM blind_index WHERE kind = ? AND token IN (" + marks + ")")) {
        ps.setString(1, kind);
        for (int i = from; i < to; i++) {
          ps.setBytes(i - from + 2, tokens[i]);
        }
        collect(ps, byToken, out);
      }
    }
    return out;
  }

  private static void collect(PreparedStatement ps, Map<ByteBuffer, String> byToken, Map<String, List<Long>> out)
      throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String value = byToken.get(ByteBuffer.wrap(rs.getBytes(1)));
        out.computeIfAbsent(value, k -> new ArrayList<>(1)).add(rs.getLong(2));
      }
    }
  }

  private static List<Long> communities(Connection c) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM community ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  /** The cells mark readers look at, by field; merged addresses and chat lines stand in for missing columns. */
  static Map<MarkField, String> observed(LeakRow row) {
    Map<MarkField, String> out = new EnumMap<>(MarkField.class);
    Optional<String> merged = row.cell(LeakRole.ADDRESS).or(() -> row.cell(LeakRole.LINE));
    put(out, MarkField.BUILDING, row.cell(LeakRole.BUILDING).or(() -> merged));
    put(out, MarkField.UNIT, row.cell(LeakRole.UNIT).or(() -> merged));
    put(out, MarkField.FLOOR, row.cell(LeakRole.FLOOR).or(() -> merged));
    put(out, MarkField.ROOM, row.cell(LeakRole.ROOM).or(() -> merged));
    Optional<String> line = row.cell(LeakRole.LINE);
    put(out, MarkField.MOBILE, row.cell(LeakRole.MOBILE).or(() -> line));
    put(out, MarkField.FLOOR_AREA, row.cell(LeakRole.FLOOR_AREA).or(() -> line));
    put(out, MarkField.PURCHASE_DATE, row.cell(LeakRole.PURCHASE_DATE));
    put(out, MarkField.HANDOVER_DATE, row.cell(LeakRole.HANDOVER_DATE));
    put(out, MarkField.NAME_SPACING, row.cell(LeakRole.NAME));
    return out;
  }

  private static void put(Map<MarkField, String> out, MarkField f, Optional<String> cell) {
    cell.ifPresent(v -> out.put(f, v));
  }
}
