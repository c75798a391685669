package org.tracemark.store.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tracemark.io.write.TableWriter;
import org.tracemark.mark.Canary;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.Prf;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;
import org.tracemark.store.vault.OwnerRecord;
import org.tracemark.synth.SyntheticOwner;

/**
 * Renders a release's file: every released record with the release's keyed variants, its canaries among them, all
 * in building/unit/room order (so canaries sit where their flats are, not at the end), only the chosen columns.
 *
 * <p>The order is settled first from the records' plaintext locations; then the records are decrypted and rendered
 * a window at a time (on every core) and written, so a release holds one window of decrypted rows, not all of them:
 * memory stays flat in the release size, and the garbage collector never copies a whole release around.
 *
 * <p>Written to a temporary sibling first and moved into place by the caller after the release is committed, so a
 * failed release leaves no file and a crash leaves no release without its audit event.
 */
final class ReleaseWriter {
  /** Records decrypted and rendered together: enough to keep both cores busy, small next to any heap. */
  private static final int WINDOW = 8_192;

  /** What the file was written to, and how many vault records (canaries not counted) it holds. */
  record Written(Path tmp, int records) {}

  /** A file row to be: a vault record (by its location) or a canary, with its sort key parsed once. */
  private record Entry(Key building, Key unit, Key room, Location record, Canary canary) {
    static Entry of(Location r) {
      return new Entry(Key.of(r.building()), Key.of(r.unit()), Key.of(r.room()), r, null);
    }

    static Entry of(Canary k) {
      OwnerValues v = k.values();
      return new Entry(Key.of(Integer.toString(v.building())), Key.of(Integer.toString(v.unit())),
          Key.of(v.room()), null, k);
    }
  }

  private static final Comparator<Entry> FLAT_ORDER =
      Comparator.comparing(Entry::building).thenComparing(Entry::unit).thenComparing(Entry::room);

  /** A sort key: numbers by value, then text. */
  private record Key(boolean numeric, int value, String text) implements Comparable<Key> {
    static Key of(String s) {
      boolean numeric = !s.isEmpty() && s.length() < 10;
      for (int i = 0; numeric && i < s.length(); i++) {
        numeric = Character.isDigit(s.charAt(i));
      }
      return new Key(numeric, numeric ? Integer.parseInt(s) : 0, s);
    }

    @Override
    public int compareTo(Key o) {
      if (numeric && o.numeric) {
        return Integer.compare(value, o.value);
      }
      return numeric ? -1 : o.numeric ? 1 : text.compareTo(o.text);
    }
  }

  /** A rendered vault record. */
  private record Rendered(long id, List<String> cells) {}

  private ReleaseWriter() {}

  /** The marker of a release: its keyed variants for every record and canary. */
  static Marker marker(ReleaseManifest manifest, Prf prf) {
    return new Marker(new ReleaseMarks(prf, manifest.releaseId(), manifest.policy()));
  }

  /**
   * Writes the temporary file of a release.
   *
   * @param records the locations of the released records (any order)
   * @param withIdNumber whether the resident ID is decrypted (only when the file shows it)
   */
  static Written write(Connection c, RecordBatch batch, ReleaseRequest request, List<Location> records,
      ReleaseManifest manifest, Marker marker, boolean withIdNumber)
      throws IOException, SQLException, GeneralSecurityException {
    List<Entry> entries = new ArrayList<>(records.size() + manifest.canaries().size());
    for (Location r : records) {
      entries.add(Entry.of(r));
    }
    for (Canary k : manifest.canaries()) {
      entries.add(Entry.of(k));
    }
    entries.sort(FLAT_ORDER);
    int[] columns = request.columns();
    Path out = request.out();
    Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    int written = 0;
    try (TableWriter w = TableWriter.open(tmp, request.format(), request.charset())) {
      w.writeRow(pick(SyntheticOwner.HEADERS, columns));
      for (int from = 0; from < entries.size(); from += WINDOW) {
        List<Entry> window = entries.subList(from, Math.min(entries.size(), from + WINDOW));
        long[] ids = window.stream().filter(e -> e.record() != null).mapToLong(e -> e.record().id()).toArray();
        // In id order (the batch sorts); found again by binary search below.
        List<Rendered> rendered = batch.map(c, ids, withIdNumber, r -> new Rendered(r.id(), cells(marker, r)));
        long[] renderedIds = rendered.stream().mapToLong(Rendered::id).toArray();
        for (Entry e : window) {
          if (e.canary() != null) {
            w.writeRow(pick(marker.render(e.canary().ref(), e.canary().values()), columns));
            continue;
          }
          int at = Arrays.binarySearch(renderedIds, e.record().id());
          if (at >= 0) {  // a record deleted since its location was read is left out
            w.writeRow(pick(rendered.get(at).cells(), columns));
            written++;
          }
        }
      }
    } catch (IOException | SQLException | GeneralSecurityException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return new Written(tmp, written);
  }

  /** One released record as its file row; thread-safe (one PRF call, Tink's PRF is thread-safe). */
  private static List<String> cells(Marker marker, OwnerRecord r) throws GeneralSecurityException {
    Optional<OwnerValues> v = VaultValues.of(r);
    return v.isPresent() ? marker.render(RecordRef.record(Math.toIntExact(r.id())), v.get())
        : VaultValues.plainCells(r);
  }

  private static List<String> pick(List<String> cells, int[] columns) {
    List<String> out = new ArrayList<>(columns.length);
    for (int c : columns) {
      out.add(cells.get(c));
    }
    return out;
  }
}
