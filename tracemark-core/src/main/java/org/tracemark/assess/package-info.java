/**
 * Turning the PII engine's findings into countable records: assembly, exclusion, classification, deduplication.
 *
 * <p>{@link org.tracemark.assess.DocumentAssessor} receives documents as a reader streams them and feeds
 * {@link org.tracemark.assess.TableRecordAssembler} (one row, one record) or
 * {@link org.tracemark.assess.TextRecordAssembler} (records reassembled from consecutive lines); each record becomes an
 * {@link org.tracemark.assess.Outcome}: counted, with its {@link org.tracemark.law.RecordClass} from
 * {@link org.tracemark.assess.CategoryClassifier} and a 128-bit key from {@link org.tracemark.assess.RecordKeys}, or
 * excluded with an {@link org.tracemark.assess.ExclusionReason}. {@link org.tracemark.assess.AssessmentTally}
 * deduplicates keys in a {@link org.tracemark.assess.LongPairSet} and counts.
 *
 * <p>Pure Java, no I/O. Raw personal data lives only inside one record's assembly; outcomes carry digests and masked
 * values. Assemblers and tallies are single-threaded; classifiers are immutable.
 */
package org.tracemark.assess;
