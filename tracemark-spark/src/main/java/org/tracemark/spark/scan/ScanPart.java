package org.tracemark.spark.scan;

import java.io.Serializable;
import java.util.List;

/**
 * What one task scanned: the documents of a whole file, or the one partial document of a file's byte range or of a
 * data set's partition, with what the driver needs to number its rows.
 *
 * @param records records read by a byte range, blank ones included (rows read, for a partition)
 * @param base the first range's header record number (data row n is record n + base)
 * @param failedRow for a byte range that failed, the record (local to the range) named by the problem; -1 otherwise
 * @param failedColumn the problem's column, 0 when none
 * @param problem the problem without file and row, or null
 */
record ScanPart(int unit, int part, List<DocSummary> documents, long records, long base, long failedRow,
    int failedColumn, String problem) implements Serializable {}
