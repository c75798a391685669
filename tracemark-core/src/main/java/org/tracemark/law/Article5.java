package org.tracemark.law;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Article 5 of 法释〔2017〕10号 as rules over counts: which provisions the counted records and the stated
 * {@link Circumstances} meet, and the resulting {@link Verdict}.
 *
 * <p>Modelled: first paragraph items (3)–(9) and second paragraph item (3) (ten times the standards of (3)–(8)).
 * Not modelled, because a data set cannot show them: first paragraph (1), (2), (10) and second paragraph (1), (2),
 * (4); they are returned as grounds with {@code assessed = false}.
 *
 * <p>Items (3)–(5) compare the sum over all categories of one tier (item (3) names four categories and one figure).
 * Every comparison is integer arithmetic: "half of 50" is {@code 2 × count ≥ 50}, so there is no rounding at any
 * boundary. Pure and thread-safe.
 */
public final class Article5 {
  /** Item (7): illegal gains of 5,000 yuan or more. */
  public static final BigDecimal GAINS_STANDARD = BigDecimal.valueOf(5000);

  private Article5() {}

  /** The outcome of applying Article 5 to one set of counts. */
  public record Assessment(Verdict verdict, List<Ground> grounds, Ratio ratio, Map<Tier, Long> byTier) {
    public Assessment {
      grounds = List.copyOf(grounds);
      byTier = Map.copyOf(byTier);
    }
  }

  /**
   * @param counts records per category as counted under Article 11 (unique records times buyers); absent = 0
   * @param facts the facts not in the data
   */
  public static Assessment assess(Map<InfoCategory, Long> counts, Circumstances facts) {
    Map<Tier, Long> byTier = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      byTier.put(tier, 0L);
    }
    long total = 0;
    BigInteger weighted = BigInteger.ZERO;
    for (Map.Entry<InfoCategory, Long> e : counts.entrySet()) {
      long n = e.getValue();
      if (n < 0) {
        throw new IllegalArgumentException("negative count for " + e.getKey());
      }
      Tier tier = e.getKey().tier();
      byTier.merge(tier, n, Math::addExact);
      total = Math.addExact(total, n);
      weighted = weighted.add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(tier.weight())));
    }
    Ratio ratio = new Ratio(weighted);
    Level full = level(byTier, ratio, facts.gainsYuan(), 1, 1);
    Level half = level(byTier, ratio, facts.gainsYuan(), 1, 2);
    Level tenFull = level(byTier, ratio, facts.gainsYuan(), 10, 1);
    Level tenHalf = level(byTier, ratio, facts.gainsYuan(), 10, 2);

    List<Ground> grounds = new ArrayList<>();
    grounds.add(notAssessed("5.1(1)"));
    grounds.add(notAssessed("5.1(2)"));
    grounds.add(tierGround(Tier.FIFTY, byTier, full.item3));
    grounds.add(tierGround(Tier.FIVE_HUNDRED, byTier, full.item4));
    grounds.add(tierGround(Tier.FIVE_THOUSAND, byTier, full.item5));
    grounds.add(new Ground("5.1(6)", Provisions.text("5.1(6)"), true, full.item6,
        "按比例合计 " + ratio.decimal().toPlainString() + "（精确值 " + ratio.exact() + "），标准 1"));
    grounds.add(new Ground("5.1(7)", Provisions.text("5.1(7)"), true, full.item7,
        "违法所得 " + facts.gainsYuan().toPlainString() + " 元，标准 5000 元"));
    boolean item8 = facts.insider() && half.any();
    grounds.add(new Ground("5.1(8)", Provisions.text("5.1(8)"), true, item8, facts.insider()
        ? "已声明在履行职责或提供服务过程中获得；减半标准 25 / 250 / 2500 条、比例合计 0.5、2500 元"
        : "未声明在履行职责或提供服务过程中获得（--insider）"));
    boolean item9 = facts.priorPunishment() && total > 0;
    grounds.add(new Ground("5.1(9)", Provisions.text("5.1(9)"), true, item9, facts.priorPunishment()
        ? "已声明曾受刑事处罚或二年内受过行政处罚；本次涉及 " + total + " 条"
        : "未声明曾受处罚（--prior-punishment）"));
    grounds.add(notAssessed("5.1(10)"));
    grounds.add(notAssessed("5.2(1)"));
    grounds.add(notAssessed("5.2(2)"));
    boolean tenTimes = tenFull.any() || (facts.insider() && tenHalf.any());
    grounds.add(new Ground("5.2(3)", Provisions.text("5.2(3)"), true, tenTimes,
        "十倍标准：500 / 5000 / 50000 条，比例合计 10，违法所得 50000 元"
            + (facts.insider() ? "；履职或服务中获得的减半：250 / 2500 / 25000 条，比例合计 5，25000 元" : "")));
    grounds.add(notAssessed("5.2(4)"));

    boolean serious = full.any() || item8 || item9;
    Verdict verdict = tenTimes ? Verdict.ESPECIALLY_SERIOUS : serious ? Verdict.SERIOUS : Verdict.NOT_SERIOUS;
    return new Assessment(verdict, grounds, ratio, byTier);
  }

  /** Items (3)–(7) at {@code num/den} of their standards. */
  private record Level(boolean item3, boolean item4, boolean item5, boolean item6, boolean item7) {
    boolean any() {
      return item3 || item4 || item5 || item6 || item7;
    }
  }

  private static Level level(Map<Tier, Long> byTier, Ratio ratio, BigDecimal gains, long num, long den) {
    boolean i3 = reaches(byTier.get(Tier.FIFTY), Tier.FIFTY.threshold(), num, den);
    boolean i4 = reaches(byTier.get(Tier.FIVE_HUNDRED), Tier.FIVE_HUNDRED.threshold(), num, den);
    boolean i5 = reaches(byTier.get(Tier.FIVE_THOUSAND), Tier.FIVE_THOUSAND.threshold(), num, den);
    boolean i6 = !(i3 || i4 || i5) && ratio.reaches(num, den);
    boolean i7 = gains.multiply(BigDecimal.valueOf(den))
        .compareTo(GAINS_STANDARD.multiply(BigDecimal.valueOf(num))) >= 0;
    return new Level(i3, i4, i5, i6, i7);
  }

  /** count ≥ threshold × num / den, exactly. */
  private static boolean reaches(long count, long threshold, long num, long den) {
    return BigInteger.valueOf(count).multiply(BigInteger.valueOf(den))
        .compareTo(BigInteger.valueOf(threshold).multiply(BigInteger.valueOf(num))) >= 0;
  }

  private static Ground tierGround(Tier tier, Map<Tier, Long> byTier, boolean met) {
    return new Ground(tier.article(), Provisions.text(tier.article()), true, met,
        "本项类别合计 " + byTier.get(tier) + " 条，标准 " + tier.threshold() + " 条");
  }

  private static Ground notAssessed(String id) {
    return new Ground(id, Provisions.text(id), false, false, "");
  }
}
