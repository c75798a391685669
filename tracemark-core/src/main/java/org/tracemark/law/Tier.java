package org.tracemark.law;

/**
 * The three quantity standards of Article 5, first paragraph, items (3)–(5) of 法释〔2017〕10号.
 *
 * <p>{@link #weight()} is how many records of the lowest tier one record of this tier is worth when the proportion
 * rule of item (6) combines tiers: 5,000 / threshold. Because every threshold divides 5,000, the weighted sum is an
 * exact integer and "sum of count/threshold ≥ 1" becomes "weighted sum ≥ 5,000" with no rounding anywhere.
 */
public enum Tier {
  /** Item (3): whereabouts, communication content, credit and property information: 50 records. */
  FIFTY(50, "5.1(3)"),
  /** Item (4): accommodation, communication records, health, transaction and similar information: 500 records. */
  FIVE_HUNDRED(500, "5.1(4)"),
  /** Item (5): any other personal information: 5,000 records. */
  FIVE_THOUSAND(5000, "5.1(5)");

  /** The denominator of the proportion rule: the threshold of the widest tier. */
  public static final long BASE = 5000;

  private final long threshold;
  private final String article;

  Tier(long threshold, String article) {
    this.threshold = threshold;
    this.article = article;
  }

  /** Records that make the conduct 情节严重 on their own (before insider halving or the ten-times rule). */
  public long threshold() {
    return threshold;
  }

  /** {@link #BASE} / threshold: 100, 10 or 1. */
  public long weight() {
    return BASE / threshold;
  }

  /** The article item that sets this tier, in the form used by {@link Ground#article()}. */
  public String article() {
    return article;
  }
}
