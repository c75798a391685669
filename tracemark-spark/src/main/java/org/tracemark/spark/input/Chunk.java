package org.tracemark.spark.input;

import java.io.Serializable;

/**
 * What one task reads of a unit: the whole of a {@link Unit.Kind#WHOLE} unit, or the records starting in the byte
 * range {@code [start, end)} of a {@link Unit.Kind#SPLIT} one.
 *
 * @param unit the unit's index
 * @param part the chunk's position within its unit (0 for whole units)
 */
public record Chunk(int unit, int part, long start, long end) implements Serializable {}
