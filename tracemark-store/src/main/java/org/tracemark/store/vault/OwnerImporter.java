package org.tracemark.store.vault;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.io.BadInputException;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.audit.AuditLog;
import org.tracemark.store.crypto.Parallel;
import org.tracemark.store.db.Dialect;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;

/**
 * Imports one owner list into one community: all or nothing, idempotent, in bounded memory.
 *
 * <ul>
 *   <li><b>One transaction.</b> Every record, blind index, the import's bookkeeping row and its audit event commit
 *       together or not at all; a process killed mid-way leaves the database as it was.
 *   <li><b>Idempotent.</b> The natural key is (community, building, unit, room) — one owner record per room. A row
 *       whose keyed digest (Tink PRF over all its normalised values) equals the stored one is {@code unchanged}; a
 *       differing row {@code updated}s its record (same id, fresh ciphertexts); a new room is {@code imported}.
 *   <li><b>Rejected rows</b> (invalid values, a room already seen earlier in the same file) are reported with
 *       reasons and skipped; the valid rows still import.
 *   <li><b>Two threads.</b> The calling thread reads, validates and sorts each batch into new, changed, unchanged
 *       and repeated rows (against {@link StoredRecords}: the community as committed before the import), then
 *       encrypts what is to be written; a writer thread writes the previous batch meanwhile ({@link RecordWriter}).
 *   <li><b>Bounded memory.</b> Rows are handled in batches of {@link #BATCH}, at most two in memory; what grows with
 *       the file is two compressed bitmaps (stored record ids met so far, and 32-bit hashes of the rooms created so
 *       far: about 2–5 bytes per row) and at most {@link #MAX_ERRORS} error entries. A room whose hash was seen
 *       before is checked exactly against the records written so far; the hash only saves the query for the rest.
 * </ul>
 * Record ids are allocated as max(id)+1 under the write lock and stay below 2³¹ so that releases can keep them
 * in RoaringBitmaps.
 */
public final class OwnerImporter {
  public static final int BATCH = 4_096;
  public static final int MAX_ERRORS = 1_000;

  private final Vault vault;
  private final Actor actor;
  private final ImportRequest request;
  private final RegionCodes regions;
  private final ColumnSuggester suggester;
  private int indexRun = RecordWriter.INDEX_RUN;

  public OwnerImporter(Vault vault, Actor actor, ImportRequest request, RegionCodes regions,
      ColumnSuggester suggester) {
    this.vault = vault;
    this.actor = actor;
    this.request = request;
    this.regions = regions;
    this.suggester = suggester;
  }

  /** Tests: a smaller token run, so that a small file crosses several runs. */
  OwnerImporter withIndexRun(int records) {
    this.indexRun = records;
    return this;
  }

  /**
   * What to import.
   *
   * @param file the input, for messages (the audit log records its file name only)
   * @param community the community the rows belong to
   * @param overrides {@code --map}: header text or 1-based column number → field id
   */
  public record ImportRequest(Path file, String community, Map<String, String> overrides) {
    public ImportRequest {
      overrides = Map.copyOf(overrides);
    }
  }

  /**
   * Runs the import.
   *
   * @throws BadInputException for a file that cannot be imported at all (empty, unreadable, required columns
   *     missing); nothing is written
   * @throws AccessDeniedException if the actor may not import
   */
  public ImportResult run(TableSource source) throws Exception {
    actor.require(Permission.IMPORT);
    return vault.inTransaction((connection, audit) -> {
      Session session = new Session(connection, audit);
      try {
        source.read(session);
        return session.finish();
      } finally {
        session.shutdown();
      }
    });
  }

  /** The state of one import inside its transaction. */
  private final class Session implements TableSource.Sink {
    private final Connection connection;
    private final AuditLog audit;
    private final long now;
    private final RecordSealer sealer;
    private RecordWriter writer;
    private StoredRecords stored = StoredRecords.NONE;
    /** Ids of stored records this import has met: a second row for one of them repeats a room. */
    private final RoaringBitmap touched = new RoaringBitmap();
    /** 32-bit hashes of the rooms this import creates: a hit is checked exactly by the writer (see classify). */
    private final RoaringBitmap createdKeys = new RoaringBitmap();
    private final List<ImportResult.RowError> errors = new ArrayList<>();
    /**
     * Writes batches while the caller's thread reads and validates the next one. One batch in flight at a time keeps
     * memory at about two batches; only this thread touches the connection between {@link #begin} and
     * {@link #finish}, and {@link Future#get} orders its writes before what the caller reads afterwards.
     */
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "tracemark-import-writer");
      t.setDaemon(true);
      return t;
    });
    private Future<?> inFlight;
    private final List<List<String>> sample = new ArrayList<>();
    private final List<Long> sampleRows = new ArrayList<>();
    private final List<Long> pendingRows = new ArrayList<>();
    private final List<OwnerRow> pending = new ArrayList<>();
    private List<String> header;
    private RowValidator validator;
    private long communityId;
    private long importId;
    private long nextRecordId;
    private long imported;
    private long updated;
    private long unchanged;
    private long rejected;

    Session(Connection connection, AuditLog audit) throws SQLException, GeneralSecurityException {
      this.connection = connection;
      this.audit = audit;
      this.now = vault.clock().millis();
      this.sealer = new RecordSealer(vault.fieldCipher(), vault.blindIndex());
    }

    @Override
    public void header(List<String> cells) {
      this.header = List.copyOf(cells);
    }

    @Override
    public void row(long rowNumber, List<String> cells) throws BadInputException {
      if (header == null) {
        throw new BadInputException(request.file(), rowNumber, 0, "row before header");
      }
      if (validator == null) {
        sample.add(List.copyOf(cells));
        sampleRows.add(rowNumber);
        if (sample.size() >= ColumnSuggester.SAMPLE_ROWS) {
          startMapped();
        }
        return;
      }
      accept(rowNumber, cells);
    }

    private void startMapped() throws BadInputException {
      ColumnMapping mapping;
      try {
        mapping = ColumnMapping.of(header, suggester.suggest(header, sample), request.overrides());
      } catch (IllegalArgumentException e) {
        throw new BadInputException(request.file(), 0, 0, e.getMessage());
      }
      List<OwnerField> missing = mapping.missingRequired();
      if (!missing.isEmpty()) {
        throw new BadInputException(request.file(), 0, 0, "required columns not found: "
            + missing.stream().map(OwnerField::id).collect(Collectors.joining(", "))
            + " (缺少必需列; map them with --map HEADER=field; columns: " + mapping.describe() + ")");
      }
      validator = new RowValidator(mapping, request.community(), regions, vault.clock());
      try {
        begin();
        for (int i = 0; i < sample.size(); i++) {
          accept(sampleRows.get(i), sample.get(i));
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      sample.clear();
      sampleRows.clear();
    }

    private void begin() throws SQLException {
      if (vault.dialect() == Dialect.POSTGRESQL) {
        try (Statement st = connection.createStatement()) {
          st.execute("LOCK TABLE owner_record IN EXCLUSIVE MODE");
        }
      }
      communityId = Communities.findOrCreate(connection, request.community(), Instant.ofEpochMilli(now));
      importId = Communities.nextId(connection, "import_run");
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO import_run (id, community_id, "
          + "source_name, actor, started_at, imported, updated, unchanged, rejected) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)")) {
        ps.setLong(1, importId);
        ps.setLong(2, communityId);
        ps.setString(3, String.valueOf(request.file().getFileName()));
        ps.setString(4, actor.auditName());
        ps.setLong(5, now);
        ps.executeUpdate();
      }
      nextRecordId = Communities.nextId(connection, "owner_record");
      if (vault.dialect() == Dialect.SQLITE) {
        try (Statement st = connection.createStatement()) {
          // Lets SQLite's sorter use a helper thread when a sorted token run (RecordWriter) outgrows memory.
          st.execute("PRAGMA threads = 1");
        }
      }
      writer = new RecordWriter(connection, communityId, importId, now, indexRun);
      stored = StoredRecords.of(vault.database(), connection, communityId);
    }

    private void accept(long rowNumber, List<String> cells) throws BadInputException {
      RowValidator.Result result = validator.validate(cells);
      if (result.reason().isPresent()) {
        reject(rowNumber, result.reason().get());
        return;
      }
      pending.add(result.row().get());
      pendingRows.add(rowNumber);
      if (pending.size() >= BATCH) {
        dispatch();
      }
    }

    private synchronized void reject(long rowNumber, String reason) {
      rejected++;
      if (errors.size() < MAX_ERRORS) {
        errors.add(new ImportResult.RowError(rowNumber, reason));
      }
    }

    /** A row counted as new turned out to repeat a room this import already wrote in an earlier batch. */
    private synchronized void rejectRepeat(long rowNumber, long earlierRow) {
      imported--;
      reject(rowNumber, DUPLICATE + ": row " + earlierRow);
    }

    /**
     * Sorts the pending rows into a batch and hands it to the writer thread. The sorting (lookups, digests,
     * encryption) runs here, while the writer still writes the previous batch.
     */
    private void dispatch() {
      ImportBatch batch;
      try {
        batch = classify(pending, pendingRows);
      } catch (SQLException | GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      pending.clear();
      pendingRows.clear();
      awaitInFlight();
      inFlight = writerThread.submit(() -> {
        write(batch);
        return null;
      });
    }

    private void awaitInFlight() {
      if (inFlight == null) {
        return;
      }
      try {
        inFlight.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        inFlight = null;
      }
    }

    /** Waits for a batch still being written (its outcome no longer matters) and stops the writer thread. */
    void shutdown() {
      try {
        awaitInFlight();
      } catch (RuntimeException ignored) {
        // The import already failed; the transaction is rolled back by the caller.
      } finally {
        writerThread.shutdownNow();
        try {
          stored.close();
        } catch (SQLException ignored) {
          // A read-only connection; nothing to lose.
        }
      }
    }

    /**
     * Decides for each row whether it creates, changes or repeats a record, or is unchanged. New rooms get fresh
     * ids here; rows to write are encrypted here, in parallel. A new room seen before (by hash) in an earlier batch
     * is marked for the writer to check against what it has written.
     */
    private ImportBatch classify(List<OwnerRow> rows, List<Long> rowNumbers)
        throws SQLException, GeneralSecurityException {
      String[] keys = new String[rows.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = rows.get(i).naturalKey();
      }
      Map<String, StoredRecords.Stored> existing = stored.find(keys);
      byte[][] digests = Parallel.map(rows.size(), i -> sealer.digest(rows.get(i)), byte[][]::new);
      Map<String, Long> inBatch = new HashMap<>();
      List<Integer> creates = new ArrayList<>();
      List<Integer> changes = new ArrayList<>();
      long[] ids = new long[rows.size()];
      BitSet repeats = new BitSet();
      for (int i = 0; i < rows.size(); i++) {
        long rowNumber = rowNumbers.get(i);
        String key = keys[i];
        Long firstInBatch = inBatch.putIfAbsent(key, rowNumber);
        StoredRecords.Stored old = existing.get(key);
        if (firstInBatch != null) {
          reject(rowNumber, DUPLICATE + ": row " + firstInBatch);
        } else if (old != null && touched.contains((int) old.id())) {
          reject(rowNumber, DUPLICATE);
        } else if (old == null) {
          ids[i] = nextRecordId++;
          if (ids[i] > Integer.MAX_VALUE) {
            throw new IllegalStateException("record ids exhausted (2^31)");
          }
          int hash = keyHash(key);
          if (createdKeys.contains(hash)) {
            repeats.set(creates.size());
          }
          createdKeys.add(hash);
          creates.add(i);
          countImported();
        } else {
          touched.add((int) old.id());
          ids[i] = old.id();
          if (Arrays.equals(old.digest(), digests[i])) {
            countUnchanged();
          } else {
            changes.add(i);
            countUpdated();
          }
        }
      }
      List<Integer> toSeal = new ArrayList<>(creates);
      toSeal.addAll(changes);
      RecordSealer.Sealed[] sealed = Parallel.map(toSeal.size(),
          j -> sealer.seal(ids[toSeal.get(j)], rows.get(toSeal.get(j))), RecordSealer.Sealed[]::new);
      List<RecordWriter.NewRecord> inserts = new ArrayList<>(creates.size());
      for (int j = 0; j < creates.size(); j++) {
        int i = creates.get(j);
        inserts.add(new RecordWriter.NewRecord(ids[i], rowNumbers.get(i), keys[i], rows.get(i), digests[i],
            sealed[j]));
      }
      List<RecordWriter.Replacement> replacements = new ArrayList<>(changes.size());
      for (int j = 0; j < changes.size(); j++) {
        int i = changes.get(j);
        StoredRecords.Stored old = existing.get(keys[i]);
        replacements.add(new RecordWriter.Replacement(ids[i], rowNumbers.get(i), rows.get(i), digests[i],
            sealed[creates.size() + j], old.mobileToken(), old.idToken()));
      }
      return new ImportBatch(inserts, repeats, replacements);
    }

    /** Runs on the writer thread, in batch order. */
    private void write(ImportBatch batch) throws SQLException {
      List<RecordWriter.NewRecord> inserts = batch.inserts();
      if (!batch.repeats().isEmpty()) {
        inserts = new ArrayList<>(inserts.size());
        for (int j = 0; j < batch.inserts().size(); j++) {
          RecordWriter.NewRecord record = batch.inserts().get(j);
          OptionalLong earlier = batch.repeats().get(j)
              ? writer.sourceRowOf(record.naturalKey()) : OptionalLong.empty();
          if (earlier.isPresent()) {
            rejectRepeat(record.sourceRow(), earlier.getAsLong());
          } else {
            inserts.add(record);
          }
        }
      }
      writer.insert(inserts);
      writer.replace(batch.replacements());
    }

    private synchronized void countImported() {
      imported++;
    }

    private synchronized void countUpdated() {
      updated++;
    }

    private synchronized void countUnchanged() {
      unchanged++;
    }

    ImportResult finish() throws Exception {
      if (header == null) {
        throw new BadInputException(request.file(), 0, 0, "empty file: no header and no rows (空文件)");
      }
      if (validator == null) {
        startMapped();
      }
      if (!pending.isEmpty()) {
        dispatch();
      }
      awaitInFlight();
      stored.close();
      writer.indexNewRecords();
      writer.close();
      try (PreparedStatement ps = connection.prepareStatement(
          "UPDATE import_run SET imported = ?, updated = ?, unchanged = ?, rejected = ? WHERE id = ?")) {
        ps.setLong(1, imported);
        ps.setLong(2, updated);
        ps.setLong(3, unchanged);
        ps.setLong(4, rejected);
        ps.setLong(5, importId);
        ps.executeUpdate();
      }
      String details = "{\"import_id\":" + importId + ",\"source\":" + quote(String.valueOf(request.file().getFileName()))
          + ",\"imported\":" + imported + ",\"updated\":" + updated + ",\"unchanged\":" + unchanged
          + ",\"rejected\":" + rejected + ",\"field_key\":" + vault.keys().primaryFieldKeyId() + "}";
      audit.append(connection, new AuditEntry(actor.auditName(), "import", "community:" + request.community(), "",
          details));
      List<ImportResult.RowError> sorted;
      long rejectedRows;
      synchronized (this) {
        sorted = new ArrayList<>(errors);
        rejectedRows = rejected;
      }
      sorted.sort(java.util.Comparator.comparingLong(ImportResult.RowError::row));
      return new ImportResult(request.community(), imported, updated, unchanged, rejectedRows, sorted);
    }
  }

  private static final String DUPLICATE =
      "同一房号在本文件中重复 / duplicate of an earlier row (same building, unit and room)";

  /** One batch, sorted and sealed, on its way to the writer thread. */
  private record ImportBatch(List<RecordWriter.NewRecord> inserts, BitSet repeats,
      List<RecordWriter.Replacement> replacements) {}

  /** A well-mixed 32-bit hash of a natural key (String.hashCode collides often on short structured keys). */
  static int keyHash(String key) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    h = (h ^ (h >>> 30)) * 0x94D049BB133111EBL;
    return (int) (h ^ (h >>> 31) ^ (h >>> 32));
  }

  static String quote(String s) {
    return RecordSealer.json(Map.of("v", s)).replaceFirst("^\\{\"v\":", "").replaceFirst("}$", "");
  }
}
