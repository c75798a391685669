package org.tracemark.screen;

/**
 * What a message posted in an owners' group is, for a group bot deciding whether to let it stand. The names are a
 * JSON contract: add, never rename.
 */
public enum MessageClass {
  /** Selling or buying personal data: 出售/收购 户主资料, 料子, 一手资源 … — the trade the seed articles describe. */
  PII_TRADE,
  /** Fake crowdfunding: 水滴筹/轻松筹 links and pleas for donations posted by strangers. */
  SCAM_CROWDFUNDING,
  /** Weight-loss advertising, the staple of list-buyers who infiltrate groups. */
  DIET_AD,
  /** A QR code or link inviting members into another group or to add a contact. */
  QR_INVITE,
  /** Other commercial advertising. */
  AD,
  /** Nothing to act on. */
  OK
}
