package org.tracemark.assess;

/**
 * Why a recognised record is not counted: evidence that it is false or unusable (Article 11, third paragraph: batch
 * counts stand "except where evidence shows the information to be untrue or duplicated"). Names are part of the JSON
 * contract.
 */
public enum ExclusionReason {
  /** An 18-character ID whose GB 11643 check character does not match its first 17 digits: fabricated or mistyped. */
  ID_CHECKSUM("身份证号校验码错误"),
  /** An ID-shaped value with an impossible region code or birth date, or the wrong length. */
  ID_INVALID("身份证号无效（地区码、出生日期或位数不成立）"),
  /** An 11-digit number starting with 1 that is in no assigned mobile number segment. */
  MOBILE_UNASSIGNED("手机号不在已分配号段"),
  /** A value in a phone column that is neither a valid mobile nor a valid landline number. */
  PHONE_MALFORMED("电话号码格式无效"),
  /** Personal data without any valid way to reach the person (phone, e-mail, QQ, WeChat or address). */
  NO_VALID_CONTACT("无有效联系方式");

  private final String chinese;

  ExclusionReason(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
