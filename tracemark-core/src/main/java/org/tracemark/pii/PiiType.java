package org.tracemark.pii;

/**
 * The kinds of personal information Tracemark detects. The names are part of the JSON contract (docs/cli-json.md):
 * add new ones, never rename.
 */
public enum PiiType {
  MOBILE, LANDLINE, ID_CARD, BANK_CARD, NAME, ADDRESS, EMAIL, PLATE, QQ, WECHAT, PASSPORT, WAYBILL
}
