package org.tracemark.store.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
  private record Line(String building, String unit, String room, List<String> cells) {}

  private ReleaseWriter() {}

  /** Writes the temporary file and returns its path. */
  static Path write(ReleaseRequest request, Path out, List<OwnerRecord> records, ReleaseManifest manifest, Prf prf)
      throws IOException, GeneralSecurityException {
    Marker marker = new Marker(new ReleaseMarks(prf, manifest.releaseId(), manifest.policy()));
    List<Line> lines = new ArrayList<>(records.size() + manifest.canaries().size());
    for (OwnerRecord r : records) {
      Optional<OwnerValues> v = VaultValues.of(r);
      List<String> cells = v.isPresent() ? marker.render(RecordRef.record(Math.toIntExact(r.id())), v.get())
          : VaultValues.plainCells(r);
      lines.add(new Line(r.building(), r.unit(), r.room(), cells));
    }
    for (Canary k : manifest.canaries()) {
      OwnerValues v = k.values();
      lines.add(new Line(Integer.toString(v.building()), Integer.toString(v.unit()), v.room(),
          marker.render(k.ref(), v)));
    }
    lines.sort(Comparator.comparing((Line l) -> l.building, ReleaseWriter::natural)
        .thenComparing(l -> l.unit, ReleaseWriter::natural).thenComparing(l -> l.room, ReleaseWriter::natural));
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

  /** Numbers by value, then text. */
  private static int natural(String a, String b) {
    boolean na = !a.isEmpty() && a.length() < 10 && a.chars().allMatch(Character::isDigit);
    boolean nb = !b.isEmpty() && b.length() < 10 && b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }
}
