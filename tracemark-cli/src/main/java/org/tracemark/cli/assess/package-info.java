/**
 * {@code tracemark assess}: the command ({@link org.tracemark.cli.assess.AssessCommand}), the human summary; the JSON
 * document (contract in docs/cli-json.md), the HTML report in Chinese and the counting run live in
 * {@link org.tracemark.report.assess}. Reading goes through
 * {@link org.tracemark.io.read.DocumentReader}, detection through {@link org.tracemark.pii.PiiEngine}, counting through
 * {@link org.tracemark.assess} and the rules through {@link org.tracemark.law}.
 */
package org.tracemark.cli.assess;
