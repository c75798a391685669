/**
 * The results of {@code scan}: the document handler that profiles and analyses every table row and text line
 * ({@link org.tracemark.report.scan.ScanHandler}), per-document summaries ({@link org.tracemark.report.scan.DocumentScan}),
 * the streamed {@code --json} document ({@link org.tracemark.report.scan.ScanJsonWriter}) and the HTML report in
 * Simplified Chinese ({@link org.tracemark.report.scan.ScanHtmlReport}).
 */
package org.tracemark.report.scan;
