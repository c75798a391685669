package org.tracemark.store.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tracemark.io.write.TableWriter;
import org.tracemark.mark.Canary;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;
import org.tracemark.mark.Prf;
import org.tracemark.store.vault.OwnerRecord;
import org.tracemark.synth.SyntheticOwner;

/**
 * Renders a release's file: every released record with the release's keyed variants, its canaries among them, all
 * in building/unit/room order (so canaries sit where their flats are, not at the end), only the chosen columns.
 *
 * <p>Written to a temporary sibling first and moved into place by the caller after the release is committed, so a
 * failed release leaves no file and a crash leaves no release without its audit event.
 */
final class ReleaseWriter {
  /** A row with its sort key parsed once (sorting compares each row about log₂ n times). */
  private record Line(Key building, Key unit, Key room, List<String> cells) {
    Line(String building, String unit, String room, List<String> cells) {
      this(Key.of(building), Key.of(unit), Key.of(room), cells);
    }
  }

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

  private ReleaseWriter() {}

  /** Writes the temporary file and returns its path. */
  static Path write(ReleaseRequest request, Path out, List<OwnerRecord> records, ReleaseManifest manifest, Prf prf)
      throws IOException, GeneralSecurityException {
    Marker marker = new Marker(new ReleaseMarks(prf, manifest.releaseId(), manifest.policy()));
    Line[] rendered = new Line[records.size()];
    GeneralSecurityException[] failure = new GeneralSecurityException[1];
    // Rows are independent (one PRF call each; the Tink PRF is thread-safe): render on every core, in row order.
    IntStream.range(0, rendered.length).parallel().forEach(i -> {
      OwnerRecord r = records.get(i);
      try {
        Optional<OwnerValues> v = VaultValues.of(r);
        List<String> cells = v.isPresent() ? marker.render(RecordRef.record(Math.toIntExact(r.id())), v.get())
            : VaultValues.plainCells(r);
        rendered[i] = new Line(r.building(), r.unit(), r.room(), cells);
      } catch (GeneralSecurityException e) {
        synchronized (failure) {
          failure[0] = e;
        }
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    List<Line> lines = new ArrayList<>(records.size() + manifest.canaries().size());
    lines.addAll(Arrays.asList(rendered));
    for (Canary k : manifest.canaries()) {
      OwnerValues v = k.values();
      lines.add(new Line(Integer.toString(v.building()), Integer.toString(v.unit()), v.room(),
          marker.render(k.ref(), v)));
    }
    lines.sort(Comparator.comparing(Line::building).thenComparing(Line::unit).thenComparing(Line::room));
    int[] columns = request.columns();
    Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try (TableWriter w = TableWriter.open(tmp, request.format(), request.charset())) {
      w.writeRow(pick(SyntheticOwner.HEADERS, columns));
      for (Line l : lines) {
        w.writeRow(pick(l.cells, columns));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return tmp;
  }

  private static List<String> pick(List<String> cells, int[] columns) {
    List<String> out = new ArrayList<>(columns.length);
    for (int c : columns) {
      out.add(cells.get(c));
    }
    return out;
  }
}
