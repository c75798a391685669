package org.tracemark.store.vault;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;

/**
 * Column suggestions from the PII engine's profiling (values decide: a headerless dump's mobile column is found by
 * its numbers), with header words for the fields profiling does not know (building, room, area, dates). When two
 * columns profile as the same type (a second phone column), the one whose header also names the field wins, else
 * the most confident; the others stay extra columns.
 */
public final class PiiColumnSuggester implements ColumnSuggester {
  private static final Map<PiiType, OwnerField> FIELDS = Map.of(
      PiiType.NAME, OwnerField.NAME,
      PiiType.MOBILE, OwnerField.MOBILE,
      PiiType.ID_CARD, OwnerField.ID_NUMBER);

  private final PiiEngine engine;

  public PiiColumnSuggester(PiiEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<Optional<OwnerField>> suggest(List<String> header, List<List<String>> sample) {
    TableProfile profile = engine.profileTable(header, sample);
    List<Optional<OwnerField>> out = new ArrayList<>();
    for (String h : header) {
      Optional<OwnerField> byWords = OwnerField.byHeader(h);
      out.add(byWords.filter(f -> !FIELDS.containsValue(f)));
    }
    Map<OwnerField, ColumnProfile> best = new EnumMap<>(OwnerField.class);
    for (ColumnProfile column : profile.columns()) {
      if (column.type().isEmpty() || !FIELDS.containsKey(column.type().get()) || column.index() >= header.size()) {
        continue;
      }
      OwnerField field = FIELDS.get(column.type().get());
      ColumnProfile current = best.get(field);
      if (current == null || score(column, field) > score(current, field)) {
        best.put(field, column);
      }
    }
    // Header words alone for a PII field the profile did not find (e.g. an all-empty ID column).
    for (int i = 0; i < header.size(); i++) {
      Optional<OwnerField> byWords = OwnerField.byHeader(header.get(i));
      if (byWords.isPresent() && FIELDS.containsValue(byWords.get()) && !best.containsKey(byWords.get())) {
        out.set(i, byWords);
      }
    }
    best.forEach((field, column) -> out.set(column.index(), Optional.of(field)));
    return out;
  }

  private static double score(ColumnProfile column, OwnerField field) {
    boolean headerAgrees = OwnerField.byHeader(column.header()).filter(f -> f == field).isPresent();
    return (headerAgrees ? 10 : 0) + column.confidence();
  }
}
