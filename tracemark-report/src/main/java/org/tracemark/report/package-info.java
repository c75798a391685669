/**
 * Results of {@code scan}, {@code assess} and {@code trace}, their {@code --json} documents (the contracts in
 * docs/cli-json.md) and their HTML reports in Simplified Chinese. One implementation, used by the CLI, the server and
 * the Spark jobs, so that all of them print byte-identical JSON. No command-line parsing and no printing to the
 * console here: callers choose where the bytes go.
 *
 * <ul>
 *   <li>{@link org.tracemark.report.scan}: {@code ScanHandler} scans a document stream, {@code ScanJsonWriter}
 *       streams the document, {@code ScanHtmlReport} renders the report;</li>
 *   <li>{@link org.tracemark.report.assess}: {@code AssessRun} reads and counts, {@code AssessJson} and
 *       {@code AssessReport} render an {@code AssessResult};</li>
 *   <li>{@link org.tracemark.report.trace}: {@code TraceJson} and {@code EvidenceReport} render a
 *       {@code LeakTrace.Outcome}.</li>
 * </ul>
 */
package org.tracemark.report;
