package org.tracemark.pii;

import java.util.Optional;

/**
 * What column profiling concluded about one table column.
 *
 * @param index 0-based column index
 * @param header the header text ("" for a headerless table)
 * @param type the type every cell of the column is checked against first; empty for a column that is scanned cell
 *     by cell like free text
 * @param confidence 0..1, how sure the profile is of {@code type} (0 when empty)
 * @param hits sample cells that held a value of {@code type} (for an untyped column: sample cells with any finding)
 */
public record ColumnProfile(int index, String header, Optional<PiiType> type, double confidence, long hits) {}
