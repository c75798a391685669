/**
 * The results of {@code trace}: the {@code --json} document ({@link org.tracemark.report.trace.TraceJson}) and the
 * evidence report in Simplified Chinese ({@link org.tracemark.report.trace.EvidenceReport}), both rendered from a
 * {@link org.tracemark.store.trace.LeakTrace.Outcome}.
 */
package org.tracemark.report.trace;
