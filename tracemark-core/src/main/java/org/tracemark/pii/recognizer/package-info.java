/**
 * The recognizers, one per {@link org.tracemark.pii.PiiType}, their shared per-line view
 * ({@link org.tracemark.pii.recognizer.TextView}), the {@link org.tracemark.pii.recognizer.ContextEnhancer} and the
 * {@link org.tracemark.pii.recognizer.RecognizerRegistry}. Each recognizer owns its patterns, context words, column
 * header words and validation, and offers two entry points: {@code analyze} for a line of free text and
 * {@code cellValue} for a cell of a column already profiled as its type.
 */
package org.tracemark.pii.recognizer;
