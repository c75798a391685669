/**
 * Implementation details of PII detection that no other package may use: character classes, the digit-group
 * scanner, the memoised number-segment table over libphonenumber, division-name look-up, the HanLP wrapper.
 */
package org.tracemark.pii.internal;
