/**
 * The results of {@code assess}: the counting run over local paths ({@link org.tracemark.report.assess.AssessRun}),
 * the result ({@link org.tracemark.report.assess.AssessResult}), its {@code --json} document
 * ({@link org.tracemark.report.assess.AssessJson}) and the HTML report in Simplified Chinese
 * ({@link org.tracemark.report.assess.AssessReport}). The counting itself is {@link org.tracemark.assess}'s and the
 * rules {@link org.tracemark.law}'s.
 */
package org.tracemark.report.assess;
