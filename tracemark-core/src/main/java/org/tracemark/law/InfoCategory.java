package org.tracemark.law;

/**
 * The kinds of personal information Article 5 of 法释〔2017〕10号 distinguishes, each with its quantity tier.
 *
 * <p>The names are part of the JSON contract of {@code tracemark assess} (docs/cli-json.md): add, never rename.
 */
public enum InfoCategory {
  TRACK(Tier.FIFTY, "行踪轨迹信息"),
  COMM_CONTENT(Tier.FIFTY, "通信内容"),
  CREDIT(Tier.FIFTY, "征信信息"),
  PROPERTY(Tier.FIFTY, "财产信息"),
  ACCOMMODATION(Tier.FIVE_HUNDRED, "住宿信息"),
  COMM_RECORD(Tier.FIVE_HUNDRED, "通信记录"),
  HEALTH(Tier.FIVE_HUNDRED, "健康生理信息"),
  TRANSACTION(Tier.FIVE_HUNDRED, "交易信息"),
  OTHER(Tier.FIVE_THOUSAND, "其他公民个人信息");

  private final Tier tier;
  private final String chineseName;

  InfoCategory(Tier tier, String chineseName) {
    this.tier = tier;
    this.chineseName = chineseName;
  }

  public Tier tier() {
    return tier;
  }

  /** The interpretation's own words for the category, for reports. */
  public String chineseName() {
    return chineseName;
  }
}
