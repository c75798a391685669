package org.tracemark.law;

import java.util.Map;

/**
 * The text of the provisions of 法释〔2017〕10号 (最高人民法院、最高人民检察院《关于办理侵犯公民个人信息刑事案件适用
 * 法律若干问题的解释》, in force 1 June 2017) that {@code tracemark assess} cites, keyed by the ids used in
 * {@link Ground#article()}.
 *
 * <p>Kept verbatim so that a report quotes the law rather than paraphrasing it.
 */
public final class Provisions {
  private Provisions() {}

  public static final String TITLE =
      "最高人民法院、最高人民检察院《关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）";

  private static final Map<String, String> TEXT = Map.ofEntries(
      Map.entry("5.1(1)", "出售或者提供行踪轨迹信息，被他人用于犯罪的"),
      Map.entry("5.1(2)", "知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供的"),
      Map.entry("5.1(3)", "非法获取、出售或者提供行踪轨迹信息、通信内容、征信信息、财产信息五十条以上的"),
      Map.entry("5.1(4)", "非法获取、出售或者提供住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的"
          + "公民个人信息五百条以上的"),
      Map.entry("5.1(5)", "非法获取、出售或者提供第三项、第四项规定以外的公民个人信息五千条以上的"),
      Map.entry("5.1(6)", "数量未达到第三项至第五项规定标准，但是按相应比例合计达到有关数量标准的"),
      Map.entry("5.1(7)", "违法所得五千元以上的"),
      Map.entry("5.1(8)", "将在履行职责或者提供服务过程中获得的公民个人信息出售或者提供给他人，数量或者数额达到第三项至第七项"
          + "规定标准一半以上的"),
      Map.entry("5.1(9)", "曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法获取、出售或者提供公民个人信息的"),
      Map.entry("5.1(10)", "其他情节严重的情形"),
      Map.entry("5.2(1)", "造成被害人死亡、重伤、精神失常或者被绑架等严重后果的"),
      Map.entry("5.2(2)", "造成重大经济损失或者恶劣社会影响的"),
      Map.entry("5.2(3)", "数量或者数额达到前款第三项至第八项规定标准十倍以上的"),
      Map.entry("5.2(4)", "其他情节特别严重的情形"),
      Map.entry("11.1", "非法获取公民个人信息后又出售或者提供的，公民个人信息的条数不重复计算。"),
      Map.entry("11.2", "向不同单位或者个人分别出售、提供同一公民个人信息的，公民个人信息的条数累计计算。"),
      Map.entry("11.3", "对批量公民个人信息的条数，根据查获的数量直接认定，但是有证据证明信息不真实或者重复的除外。"));

  /** The Chinese text of provision {@code id}. */
  public static String text(String id) {
    String text = TEXT.get(id);
    if (text == null) {
      throw new IllegalArgumentException("no such provision: " + id);
    }
    return text;
  }

  /** 5.1(3) → 第五条第一款第（三）项; 11.2 → 第十一条第二款. */
  public static String citation(String id) {
    String[] numerals = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};
    int dot = id.indexOf('.');
    int article = Integer.parseInt(id.substring(0, dot));
    int paren = id.indexOf('(');
    int paragraph = Integer.parseInt(id.substring(dot + 1, paren < 0 ? id.length() : paren));
    String cite = "第" + numerals[article] + "条第" + numerals[paragraph] + "款";
    if (paren >= 0) {
      cite += "第（" + numerals[Integer.parseInt(id.substring(paren + 1, id.length() - 1))] + "）项";
    }
    return cite;
  }
}
