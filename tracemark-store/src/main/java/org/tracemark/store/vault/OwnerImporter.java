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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.tracemark.store.crypto.BlindIndex;
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
 *   <li><b>Bounded memory.</b> Rows are handled in batches of {@link #BATCH}; the only state that grows with the
 *       file is a compressed bitmap of the record ids touched so far (for duplicate detection) and at most
 *       {@link #MAX_ERRORS} error entries.
 * </ul>
 * Record ids are allocated as max(id)+1 under the write lock and stay below 2³¹ so that releases can keep them
 * in RoaringBitmaps.
 */
public final class OwnerImporter {
  public static final int BATCH = 4_096;
  public static final int MAX_ERRORS = 1_000;
  private static final int LOOKUP_CHUNK = 500;

  private final Vault vault;
  private final Actor actor;
  private final ImportRequest request;
  private final RegionCodes regions;
  private final ColumnSuggester suggester;

  public OwnerImporter(Vault vault, Actor actor, ImportRequest request, RegionCodes regions,
      ColumnSuggester suggester) {
    this.vault = vault;
    this.actor = actor;
    this.request = request;
    this.regions = regions;
    this.suggester = suggester;
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
    private final BlindIndex index;
    private final RecordWriter writer;
    private final RoaringBitmap touched = new RoaringBitmap();
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
    private final List<long[]> pendingRows = new ArrayList<>();
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
      this.index = vault.blindIndex();
      this.writer = new RecordWriter(connection, vault.fieldCipher(), index);
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
    }

    private void accept(long rowNumber, List<String> cells) throws BadInputException {
      RowValidator.Result result = validator.validate(cells);
      if (result.reason().isPresent()) {
        reject(rowNumber, result.reason().get());
        return;
      }
      pending.add(result.row().get());
      pendingRows.add(new long[] {rowNumber});
      if (pending.size() >= BATCH) {
        submit();
      }
    }

    private synchronized void reject(long rowNumber, String reason) {
      rejected++;
      if (errors.size() < MAX_ERRORS) {
        errors.add(new ImportResult.RowError(rowNumber, reason));
      }
    }

    /** Hands the pending rows to the writer thread, after the previous batch is written. */
    private void submit() {
      awaitInFlight();
      List<OwnerRow> batch = new ArrayList<>(pending);
      List<long[]> rows = new ArrayList<>(pendingRows);
      pending.clear();
      pendingRows.clear();
      inFlight = writerThread.submit(() -> {
        flush(batch, rows);
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
      }
    }

    private void flush(List<OwnerRow> pending, List<long[]> pendingRows) throws SQLException, GeneralSecurityException {
      if (pending.isEmpty()) {
        return;
      }
      byte[][] digests = new byte[pending.size()][];
      GeneralSecurityException[] failure = new GeneralSecurityException[1];
      java.util.stream.IntStream.range(0, pending.size()).parallel().forEach(i -> {
        try {
          digests[i] = index.token("row", pending.get(i).canonical());
        } catch (GeneralSecurityException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
      Map<String, Existing> existing = lookup(pending);
      Map<String, Long> inBatch = new HashMap<>();
      List<RecordWriter.Pending> writes = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        OwnerRow row = pending.get(i);
        long rowNumber = pendingRows.get(i)[0];
        String key = row.naturalKey();
        Long firstInBatch = inBatch.putIfAbsent(key, rowNumber);
        Existing stored = existing.get(key);
        if (firstInBatch != null || (stored != null && touched.contains((int) stored.id()))) {
          reject(rowNumber, "同一房号在本文件中重复 / duplicate of an earlier row (same building, unit and room)"
              + (firstInBatch != null ? ": row " + firstInBatch : ""));
          continue;
        }
        if (stored == null) {
          long id = nextRecordId++;
          if (id > Integer.MAX_VALUE) {
            throw new IllegalStateException("record ids exhausted (2^31)");
          }
          touched.add((int) id);
          writes.add(new RecordWriter.Pending(id, rowNumber, row, digests[i], false));
          imported++;
        } else {
          touched.add((int) stored.id());
          if (Arrays.equals(stored.digest(), digests[i])) {
            unchanged++;
          } else {
            writes.add(new RecordWriter.Pending(stored.id(), rowNumber, row, digests[i], true));
            updated++;
          }
        }
      }
      writer.write(writes, communityId, importId, now);
    }

    private Map<String, Existing> lookup(List<OwnerRow> pending) throws SQLException {
      Map<String, Existing> found = new HashMap<>();
      List<String> keys = pending.stream().map(OwnerRow::naturalKey).distinct().toList();
      for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
        List<String> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
        String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement("SELECT natural_key, id, row_digest FROM owner_record "
            + "WHERE community_id = ? AND natural_key IN (" + marks + ")")) {
          ps.setLong(1, communityId);
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 2, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getBytes(3)));
            }
          }
        }
      }
      return found;
    }

    ImportResult finish() throws Exception {
      if (header == null) {
        throw new BadInputException(request.file(), 0, 0, "empty file: no header and no rows (空文件)");
      }
      if (validator == null) {
        startMapped();
      }
      awaitInFlight();
      flush(pending, pendingRows);
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

  private record Existing(long id, byte[] digest) {}

  static String quote(String s) {
    return RecordWriter.json(Map.of("v", s)).replaceFirst("^\\{\"v\":", "").replaceFirst("}$", "");
  }
}
