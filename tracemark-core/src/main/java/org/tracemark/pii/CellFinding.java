package org.tracemark.pii;

/** A finding in a table row: the 0-based column and the finding, whose span is relative to the cell. */
public record CellFinding(int column, Finding finding) {}
