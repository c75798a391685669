/**
 * Leak tracing: scores every release that could have supplied a leaked list, decomposes mixtures, and accuses only
 * under a union-bounded false-accusation probability ≤ alpha (issue 7).
 *
 * <p>Entry point: {@link org.tracemark.trace.Tracer#trace} over a {@link org.tracemark.trace.TraceInput} (rows
 * already linked to vault records or canaries by the caller) and the candidate releases' manifests; it returns a
 * {@link org.tracemark.trace.TraceResult} of {@link org.tracemark.trace.Verdict}s. The statistics and their
 * assumptions are stated in {@link org.tracemark.trace.ReleaseScorer} and {@link org.tracemark.trace.Tracer}, and
 * in docs/fingerprinting.md. Pure: no I/O, no static mutable state.
 */
package org.tracemark.trace;
