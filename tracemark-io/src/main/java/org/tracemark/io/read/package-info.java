/**
 * Reading files, directories and archives as a stream of documents (tables and text) for scanners.
 *
 * <p>The public surface is small: {@link org.tracemark.io.read.DocumentReader} reads a path into a
 * {@link org.tracemark.io.read.DocumentHandler}, describing each document with a
 * {@link org.tracemark.io.read.DocumentInfo}, within {@link org.tracemark.io.read.ReadLimits}. Everything else here
 * is package-private and single-purpose: {@code FormatSniffer} (what a file is, by content first),
 * {@code EncodingDetector} (which text encoding), {@code CsvParser} / {@code Utf8CsvParser} (records),
 * {@code LineSplitter} (lines), one reader per format ({@code DelimitedTableReader}, {@code JsonLinesReader},
 * {@code XlsxReader}, {@code XlsReader}), {@code ZipExpander} with its {@code ZipBudget}, and
 * {@code SourceDispatcher}, which routes a source to its reader and turns every problem into a per-document
 * failure.
 *
 * <p>Nothing in this package logs, and no message it produces quotes the content of a file: input here is personal
 * data.
 */
package org.tracemark.io.read;
