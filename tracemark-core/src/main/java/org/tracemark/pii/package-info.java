/**
 * PII detection for mainland-China personal information: the {@link org.tracemark.pii.PiiEngine} facade, its value
 * types ({@link org.tracemark.pii.Finding}, {@link org.tracemark.pii.TableProfile}) and the tables it validates
 * against (GB/T 2260 regions, surnames).
 *
 * <p>Design, after Microsoft Presidio: one recognizer per type behind a registry
 * ({@link org.tracemark.pii.recognizer}); validation with three outcomes; one context enhancer whose boost and
 * window are named constants and whose supporting word is recorded in the finding; a reporting threshold; overlapping
 * findings resolved by confidence, then length. What Presidio lacks and Tracemark adds: Chinese context words, a
 * digit-group scanner that never relies on {@code \b} (digits glued to Chinese characters), and tables handled by
 * profiling each column once and then validating typed cells on a fast path (no regex, no HanLP per cell).
 *
 * <p>Everything here is pure: no I/O, no static mutable state; engines are thread-safe once built.
 */
package org.tracemark.pii;
