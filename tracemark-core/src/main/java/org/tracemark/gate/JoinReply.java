package org.tracemark.gate;

/**
 * Every answer the public join flow gives, with its texts. Each is chosen without regard to whether the flat exists
 * or has a phone on file, and its text names no person, no phone digit and no detail of the register. Names are a
 * JSON contract: add, never rename.
 */
public enum JoinReply {
  /** After a code request: the same whatever the flat. */
  CODE_SENT_IF_ON_FILE(
      "如果该房号在物业登记了手机号，验证码已发送到该手机，%d 分钟内有效。请勿把验证码告诉任何人。",
      "If this flat has a mobile number on file, a code has been sent to it; it works for %d minutes. "
          + "Never tell the code to anyone."),
  /** A limit or lockout is in force (client address, flat or group; the applicant is not told which). */
  TRY_LATER(
      "尝试过于频繁，请稍后再试。",
      "Too many attempts; please try again later."),
  /** A wrong, expired, used or never-sent code: one answer for all. */
  CODE_REJECTED(
      "验证码错误、已过期或已使用，请重新获取验证码。",
      "The code is wrong, expired or already used; request a new one."),
  /** The code was right: the pass follows. */
  ADMITTED(
      "验证成功。请把下面的入群通行证发给群管理员。通行证只证明您是本小区某栋楼的住户，不含房号、姓名和手机号。",
      "Verified. Send the admission pass below to the group admin. It only says you live in a building of this "
          + "community: no room, name or phone."),
  /** The code was right but this flat already holds as many passes for this group as allowed. */
  PASS_LIMIT(
      "该房号在本群的有效通行证已达上限，请联系群管理员或物业。",
      "This flat already holds the most passes this group allows; contact the group admin or the property office."),
  /** The group's gate is closed by its manager. */
  GROUP_CLOSED(
      "该群已停止通过链接入群。",
      "This group no longer admits through its link.");

  private final String zh;
  private final String en;

  JoinReply(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese text; {@code minutes} fills the code lifetime where the text has one. */
  public String zh(long minutes) {
    return zh.contains("%d") ? String.format(zh, minutes) : zh;
  }

  public String en(long minutes) {
    return en.contains("%d") ? String.format(en, minutes) : en;
  }
}
