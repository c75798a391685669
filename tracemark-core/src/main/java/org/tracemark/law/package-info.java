/**
 * The 2017 interpretation on personal-information crimes (法释〔2017〕10号) as data and small pure rules.
 *
 * <p>{@link org.tracemark.law.InfoCategory} and {@link org.tracemark.law.Tier} hold Article 5's categories and
 * quantity standards; {@link org.tracemark.law.Article5} applies items (3)–(9) of the first paragraph and item (3) of
 * the second to counts and stated {@link org.tracemark.law.Circumstances}, with exact integer arithmetic
 * ({@link org.tracemark.law.Ratio}); {@link org.tracemark.law.SeverityAssessment} adds Article 11's per-buyer counting
 * and evaluates every {@link org.tracemark.law.Reading} of the kinds courts dispute
 * ({@link org.tracemark.law.DisputedKind}). {@link org.tracemark.law.Provisions} quotes the text.
 *
 * <p>No I/O and no state: every class is immutable or a static function, and safe to share between threads. The rules
 * and their limits are described in docs/assess.md.
 */
package org.tracemark.law;
