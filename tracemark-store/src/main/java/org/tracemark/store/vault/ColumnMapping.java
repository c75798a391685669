package org.tracemark.store.vault;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of an input table feeds which {@link OwnerField}. Built from the header (automatic) and the user's
 * {@code --map} overrides, which name a column by its header text or its 1-based number ({@code 7=mobile}).
 * Unmapped columns with a header become {@link OwnerField#EXTRA}. Immutable.
 */
public final class ColumnMapping {
  private final List<String> header;
  private final List<OwnerField> fields;
  private final Map<OwnerField, Integer> columnOf;

  private ColumnMapping(List<String> header, List<OwnerField> fields) {
    this.header = List.copyOf(header);
    this.fields = List.copyOf(fields);
    Map<OwnerField, Integer> map = new EnumMap<>(OwnerField.class);
    for (int i = 0; i < fields.size(); i++) {
      OwnerField f = fields.get(i);
      if (f != OwnerField.EXTRA && f != OwnerField.IGNORE) {
        map.putIfAbsent(f, i);
      }
    }
    this.columnOf = map;
  }

  /**
   * Maps {@code header} by header words, then applies {@code overrides} (header text or 1-based column number →
   * field id).
   *
   * @param automatic the automatic suggestion per column (header words or the PII engine's profile); empty to use
   *     header words only
   * @throws IllegalArgumentException naming an override that matches no column or no field
   */
  public static ColumnMapping of(List<String> header, List<Optional<OwnerField>> automatic,
      Map<String, String> overrides) {
    List<OwnerField> fields = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i);
      Optional<OwnerField> guess = i < automatic.size() ? automatic.get(i) : Optional.empty();
      OwnerField field = guess.or(() -> OwnerField.byHeader(text)).orElse(OwnerField.EXTRA);
      // Two automatic claims on one field: the first column keeps it, later ones stay extra columns.
      if (field != OwnerField.EXTRA && field != OwnerField.IGNORE && fields.contains(field)) {
        field = OwnerField.EXTRA;
      }
      fields.add(field);
    }
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      OwnerField field = OwnerField.parse(override.getValue()).orElseThrow(() -> new IllegalArgumentException(
          "--map: unknown field '" + override.getValue() + "'"));
      int column = columnIndex(header, override.getKey());
      // A field claimed by an override moves off any column that had it automatically.
      if (field != OwnerField.EXTRA && field != OwnerField.IGNORE) {
        for (int i = 0; i < fields.size(); i++) {
          if (fields.get(i) == field) {
            fields.set(i, OwnerField.EXTRA);
          }
        }
      }
      fields.set(column, field);
    }
    return new ColumnMapping(header, fields);
  }

  private static int columnIndex(List<String> header, String key) {
    String k = key.strip();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equals(k)) {
        return i;
      }
    }
    if (k.matches("\\d{1,4}")) {
      int n = Integer.parseInt(k);
      if (n >= 1 && n <= header.size()) {
        return n - 1;
      }
    }
    throw new IllegalArgumentException("--map: no column '" + key + "'");
  }

  /** Required fields that no column maps to. */
  public List<OwnerField> missingRequired() {
    List<OwnerField> missing = new ArrayList<>();
    for (OwnerField field : OwnerField.values()) {
      if (field.required() && !columnOf.containsKey(field)) {
        missing.add(field);
      }
    }
    return missing;
  }

  public Optional<Integer> column(OwnerField field) {
    return Optional.ofNullable(columnOf.get(field));
  }

  public OwnerField field(int column) {
    return column < fields.size() ? fields.get(column) : OwnerField.EXTRA;
  }

  public List<String> header() {
    return header;
  }

  public int width() {
    return header.size();
  }

  /** "楼栋→building, 房号→room, ..." for messages (headers only, no values). */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      parts.add((header.get(i).isBlank() ? "#" + (i + 1) : header.get(i)) + "→" + fields.get(i).id());
    }
    return parts.stream().collect(Collectors.joining(", "));
  }
}
