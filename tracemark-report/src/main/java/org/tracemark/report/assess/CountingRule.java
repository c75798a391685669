package org.tracemark.report.assess;

import java.util.List;

/**
 * How Article 11 was applied to this run's counts, for the JSON {@code counting_rules} and the report.
 *
 * @param article 11.1, 11.2 or 11.3
 * @param applied whether the rule changed or fixed a figure in this run
 * @param detail the figures, in Chinese
 */
public record CountingRule(String article, boolean applied, String detail) {
  /** Articles 11.1, 11.2 and 11.3 as they apply to the result. */
  public static List<CountingRule> of(AssessResult r) {
    long buyers = r.facts().buyers();
    long unique = r.tally().unique();
    return List.of(
        new CountingRule("11.1", true, "每条记录只计一次，获取后又出售或提供的不重复计算"),
        new CountingRule("11.2", buyers > 1, buyers > 1
            ? "向 " + buyers + " 个买方分别提供：" + unique + " 条 × " + buyers + " = " + Math.multiplyExact(unique, buyers)
                + " 条"
            : "未声明多个买方（--buyers），按 1 个计"),
        new CountingRule("11.3", r.tally().invalid() > 0 || r.tally().duplicates() > 0,
            "识别记录 " + r.tally().total() + " 条；排除无效 " + r.tally().invalid() + " 条、重复 "
                + r.tally().duplicates() + " 条；计入 " + unique + " 条"));
  }
}
