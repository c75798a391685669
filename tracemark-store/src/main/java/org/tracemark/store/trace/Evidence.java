package org.tracemark.store.trace;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.MarkReader;
import org.tracemark.mark.PrfKeys;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;
import org.tracemark.trace.LinkedRow;

/**
 * The per-row and per-field detail behind a verdict, for the evidence report: which leaked rows the release could
 * have supplied, and for each marked field how many readable marks show the release's keyed variant. Recomputed
 * from the manifest and the key, exactly as the tracer does; the verdict's bound comes from the tracer, not from here.
 */
public final class Evidence {
  /** One leaked row the release carried: where it is, the link, and its marks. */
  public record RowEvidence(LeakLinker.Link link, int marksChecked, int marksMatched, boolean canary) {}

  /** Marks per field over the rows the release could have supplied. */
  public record FieldCount(MarkField field, int checked, int matched, double chance) {}

  public record ReleaseEvidence(List<RowEvidence> rows, List<FieldCount> fields, int rowsSupplied) {}

  private Evidence() {}

  /** Up to {@code maxRows} rows (all rows count in the field totals). */
  public static ReleaseEvidence of(ReleaseManifest m, LeakLinker.Linking linking, PrfKeys keys, int maxRows)
      throws GeneralSecurityException {
    ReleaseMarks marks = new ReleaseMarks(keys.forKeyId(m.keyId()), m.releaseId(), m.policy());
    MarkReader reader = new MarkReader();
    Map<MarkField, int[]> counts = new EnumMap<>(MarkField.class);
    for (MarkField f : MarkField.values()) {
      counts.put(f, new int[2]);
    }
    List<RowEvidence> rows = new ArrayList<>();
    int supplied = 0;
    for (LeakLinker.Link l : linking.links()) {
      if (l.truth().isEmpty() || !m.carried(l.ref()) || l.valuesSince().isAfter(m.releasedAt())) {
        continue;
      }
      supplied++;
      int[] chosen = marks.choices(l.ref());
      int[] seen = reader.read(l.truth().get(), LeakLinker.observed(l.row()));
      int checked = 0;
      int matched = 0;
      for (MarkField f : MarkField.values()) {
        int i = f.ordinal();
        if (chosen[i] >= 0 && seen[i] >= 0) {
          checked++;
          counts.get(f)[0]++;
          if (chosen[i] == seen[i]) {
            matched++;
            counts.get(f)[1]++;
          }
        }
      }
      if (rows.size() < maxRows) {
        rows.add(new RowEvidence(l, checked, matched, l.ref().kind() == RecordRef.Kind.CANARY));
      }
    }
    List<FieldCount> fields = new ArrayList<>();
    for (MarkField f : MarkField.values()) {
      if (m.policy().marks(f)) {
        fields.add(new FieldCount(f, counts.get(f)[0], counts.get(f)[1], 1.0 / f.variants().size()));
      }
    }
    return new ReleaseEvidence(rows, fields, supplied);
  }

  /** Linked rows as the tracer gets them; exposed for tests. */
  static List<LinkedRow> scored(LeakLinker.Linking linking) {
    return linking.linkedRows();
  }
}
