package org.tracemark.pii.recognizer;

/**
 * The outcome of checking a candidate's internal consistency (checksum, number segment, calendar date).
 *
 * <p>Three outcomes, as in Presidio's pattern recognizers: a {@link #VALID} candidate gets the recognizer's validated
 * confidence, an {@link #INVALID} one is dropped (a number that fails its check is not a finding of that type), and
 * a {@link #NOT_CHECKABLE} one keeps its pattern confidence.
 */
public enum Validation {
  VALID, INVALID, NOT_CHECKABLE
}
