/**
 * {@code tracemark assess}: the command ({@link org.tracemark.cli.assess.AssessCommand}), its JSON document (contract
 * in docs/cli-json.md), the human summary and the HTML report in Chinese. Reading goes through
 * {@link org.tracemark.io.read.DocumentReader}, detection through {@link org.tracemark.pii.PiiEngine}, counting through
 * {@link org.tracemark.assess} and the rules through {@link org.tracemark.law}.
 */
package org.tracemark.cli.assess;
