package org.tracemark.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for every modelled provision of Article 5, each standard at n−1 and n. Failures are collected
 * and reported by case id.
 */
class Article5Test {
  private static final Circumstances NONE = Circumstances.none();

  private record Case(String id, Map<InfoCategory, Long> counts, Circumstances facts, Verdict verdict,
      Set<String> met) {}

  private static Map<InfoCategory, Long> counts(Object... pairs) {
    Map<InfoCategory, Long> map = new EnumMap<>(InfoCategory.class);
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((InfoCategory) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return map;
  }

  private static Circumstances gains(String yuan) {
    return new Circumstances(new BigDecimal(yuan), false, false, 1);
  }

  private static Circumstances insider(String yuan) {
    return new Circumstances(new BigDecimal(yuan), true, false, 1);
  }

  private static final Circumstances INSIDER = insider("0");
  private static final Circumstances PRIOR = new Circumstances(BigDecimal.ZERO, false, true, 1);

  private static Case c(String id, Map<InfoCategory, Long> counts, Circumstances facts, Verdict verdict,
      String... met) {
    return new Case(id, counts, facts, verdict, new TreeSet<>(List.of(met)));
  }

  private static final List<Case> CASES = List.of(
      // Item (3): 50, summed over its four categories.
      c("item3_property_49", counts(InfoCategory.PROPERTY, 49), NONE, Verdict.NOT_SERIOUS),
      c("item3_property_50", counts(InfoCategory.PROPERTY, 50), NONE, Verdict.SERIOUS, "5.1(3)"),
      c("item3_track_50", counts(InfoCategory.TRACK, 50), NONE, Verdict.SERIOUS, "5.1(3)"),
      c("item3_commContent_49", counts(InfoCategory.COMM_CONTENT, 49), NONE, Verdict.NOT_SERIOUS),
      c("item3_credit_50", counts(InfoCategory.CREDIT, 50), NONE, Verdict.SERIOUS, "5.1(3)"),
      c("item3_sumOfTrackAndCredit_50", counts(InfoCategory.TRACK, 20, InfoCategory.CREDIT, 30), NONE,
          Verdict.SERIOUS, "5.1(3)"),
      // Item (4): 500.
      c("item4_transaction_499", counts(InfoCategory.TRANSACTION, 499), NONE, Verdict.NOT_SERIOUS),
      c("item4_transaction_500", counts(InfoCategory.TRANSACTION, 500), NONE, Verdict.SERIOUS, "5.1(4)"),
      c("item4_accommodation_500", counts(InfoCategory.ACCOMMODATION, 500), NONE, Verdict.SERIOUS, "5.1(4)"),
      c("item4_health_499", counts(InfoCategory.HEALTH, 499), NONE, Verdict.NOT_SERIOUS),
      c("item4_commRecordPlusHealth_500", counts(InfoCategory.COMM_RECORD, 250, InfoCategory.HEALTH, 250), NONE,
          Verdict.SERIOUS, "5.1(4)"),
      // Item (5): 5,000.
      c("item5_other_4999", counts(InfoCategory.OTHER, 4999), NONE, Verdict.NOT_SERIOUS),
      c("item5_other_5000", counts(InfoCategory.OTHER, 5000), NONE, Verdict.SERIOUS, "5.1(5)"),
      // Item (6): proportion. 25/50 + 200/500 + 499/5000 = 0.9998; + 1 more OTHER = 1.
      c("item6_sum_0_9998", counts(InfoCategory.PROPERTY, 25, InfoCategory.TRANSACTION, 200, InfoCategory.OTHER, 499),
          NONE, Verdict.NOT_SERIOUS),
      c("item6_sum_1", counts(InfoCategory.PROPERTY, 25, InfoCategory.TRANSACTION, 200, InfoCategory.OTHER, 500),
          NONE, Verdict.SERIOUS, "5.1(6)"),
      // 49/50 + 9/500 + 9/5000 = (4900 + 90 + 9)/5000 = 0.9998; one more OTHER record makes exactly 1.
      c("item6_49_9_9", counts(InfoCategory.CREDIT, 49, InfoCategory.HEALTH, 9, InfoCategory.OTHER, 9), NONE,
          Verdict.NOT_SERIOUS),
      c("item6_49_9_10", counts(InfoCategory.CREDIT, 49, InfoCategory.HEALTH, 9, InfoCategory.OTHER, 10), NONE,
          Verdict.SERIOUS, "5.1(6)"),
      c("item6_notMetWhenItem3Met", counts(InfoCategory.PROPERTY, 50, InfoCategory.OTHER, 10), NONE, Verdict.SERIOUS,
          "5.1(3)"),
      // Item (7): gains 5,000 yuan, exact to the fen.
      c("item7_gains_4999_99", counts(), gains("4999.99"), Verdict.NOT_SERIOUS),
      c("item7_gains_5000", counts(), gains("5000"), Verdict.SERIOUS, "5.1(7)"),
      // Item (8): insiders at half of (3)–(7).
      c("item8_property_24_insider", counts(InfoCategory.PROPERTY, 24), INSIDER, Verdict.NOT_SERIOUS),
      c("item8_property_25_insider", counts(InfoCategory.PROPERTY, 25), INSIDER, Verdict.SERIOUS, "5.1(8)"),
      c("item8_property_25_notInsider", counts(InfoCategory.PROPERTY, 25), NONE, Verdict.NOT_SERIOUS),
      c("item8_transaction_249_insider", counts(InfoCategory.TRANSACTION, 249), INSIDER, Verdict.NOT_SERIOUS),
      c("item8_transaction_250_insider", counts(InfoCategory.TRANSACTION, 250), INSIDER, Verdict.SERIOUS, "5.1(8)"),
      c("item8_other_2499_insider", counts(InfoCategory.OTHER, 2499), INSIDER, Verdict.NOT_SERIOUS),
      c("item8_other_2500_insider", counts(InfoCategory.OTHER, 2500), INSIDER, Verdict.SERIOUS, "5.1(8)"),
      // 12/50 + 129/500 = 0.24 + 0.258 = 0.498; 12/50 + 130/500 = 0.5
      c("item8_proportion_0_498_insider", counts(InfoCategory.PROPERTY, 12, InfoCategory.TRANSACTION, 129), INSIDER,
          Verdict.NOT_SERIOUS),
      c("item8_proportion_0_5_insider", counts(InfoCategory.PROPERTY, 12, InfoCategory.TRANSACTION, 130), INSIDER,
          Verdict.SERIOUS, "5.1(8)"),
      c("item8_gains_2499_99_insider", counts(), insider("2499.99"), Verdict.NOT_SERIOUS),
      c("item8_gains_2500_insider", counts(), insider("2500"), Verdict.SERIOUS, "5.1(8)"),
      // Item (9): prior punishment and doing it again, whatever the count.
      c("item9_prior_oneRecord", counts(InfoCategory.OTHER, 1), PRIOR, Verdict.SERIOUS, "5.1(9)"),
      c("item9_prior_noRecords", counts(), PRIOR, Verdict.NOT_SERIOUS),
      c("item9_noPrior_oneRecord", counts(InfoCategory.OTHER, 1), NONE, Verdict.NOT_SERIOUS),
      // Second paragraph (3): ten times.
      c("ten_property_499", counts(InfoCategory.PROPERTY, 499), NONE, Verdict.SERIOUS, "5.1(3)"),
      c("ten_property_500", counts(InfoCategory.PROPERTY, 500), NONE, Verdict.ESPECIALLY_SERIOUS, "5.1(3)",
          "5.2(3)"),
      c("ten_transaction_4999", counts(InfoCategory.TRANSACTION, 4999), NONE, Verdict.SERIOUS, "5.1(4)"),
      c("ten_transaction_5000", counts(InfoCategory.TRANSACTION, 5000), NONE, Verdict.ESPECIALLY_SERIOUS, "5.1(4)",
          "5.2(3)"),
      c("ten_other_49999", counts(InfoCategory.OTHER, 49_999), NONE, Verdict.SERIOUS, "5.1(5)"),
      c("ten_other_50000", counts(InfoCategory.OTHER, 50_000), NONE, Verdict.ESPECIALLY_SERIOUS, "5.1(5)", "5.2(3)"),
      // 250/50 + 24999/5000 = 5 + 4.9998; one more OTHER makes 10.
      c("ten_proportion_9_9998", counts(InfoCategory.PROPERTY, 250, InfoCategory.OTHER, 24_999), NONE,
          Verdict.SERIOUS, "5.1(3)", "5.1(5)"),
      c("ten_proportion_10", counts(InfoCategory.PROPERTY, 249, InfoCategory.OTHER, 25_100), NONE,
          Verdict.ESPECIALLY_SERIOUS, "5.1(3)", "5.1(5)", "5.2(3)"),
      c("ten_gains_49999_99", counts(), gains("49999.99"), Verdict.SERIOUS, "5.1(7)"),
      c("ten_gains_50000", counts(), gains("50000"), Verdict.ESPECIALLY_SERIOUS, "5.1(7)", "5.2(3)"),
      c("ten_insider_property_249", counts(InfoCategory.PROPERTY, 249), INSIDER, Verdict.SERIOUS, "5.1(3)",
          "5.1(8)"),
      c("ten_insider_property_250", counts(InfoCategory.PROPERTY, 250), INSIDER, Verdict.ESPECIALLY_SERIOUS,
          "5.1(3)", "5.1(8)", "5.2(3)"),
      c("ten_insider_gains_25000", counts(), insider("25000"), Verdict.ESPECIALLY_SERIOUS, "5.1(7)", "5.1(8)",
          "5.2(3)"),
      c("ten_insider_gains_24999_99", counts(), insider("24999.99"), Verdict.SERIOUS, "5.1(7)", "5.1(8)"),
      c("nothing", counts(), NONE, Verdict.NOT_SERIOUS));

  @Test
  void assess_handComputedCases_verdictAndGroundsMatch() {
    List<String> failures = new ArrayList<>();
    for (Case k : CASES) {
      Article5.Assessment a = Article5.assess(k.counts(), k.facts());
      Set<String> met = a.grounds().stream().filter(Ground::met).map(Ground::article)
          .collect(Collectors.toCollection(TreeSet::new));
      if (a.verdict() != k.verdict() || !met.equals(k.met())) {
        failures.add(k.id() + ": got " + a.verdict() + " " + met + ", want " + k.verdict() + " " + k.met());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void assess_notModelledProvisions_reportedAsNotAssessed() {
    Article5.Assessment a = Article5.assess(counts(InfoCategory.OTHER, 1_000_000), PRIOR);
    assertThat(a.grounds()).filteredOn(g -> !g.assessed()).extracting(Ground::article)
        .containsExactly("5.1(1)", "5.1(2)", "5.1(10)", "5.2(1)", "5.2(2)", "5.2(4)");
    assertThat(a.grounds()).filteredOn(g -> !g.assessed()).noneMatch(Ground::met);
  }

  @Test
  void assess_ratioAtBoundary_isExactNotFloatingPoint() {
    // 1/50 × 49 + 1/500 × 9 + 1/5000 × 9 = 4999/5000: a double sum of the three fractions is not exactly this.
    Article5.Assessment a = Article5.assess(
        counts(InfoCategory.CREDIT, 49, InfoCategory.HEALTH, 9, InfoCategory.OTHER, 9), NONE);
    assertThat(a.ratio().exact()).isEqualTo("4999/5000");
    assertThat(a.ratio().decimal()).isEqualByComparingTo("0.9998");
    assertThat(Article5.assess(counts(InfoCategory.OTHER, 14_999), NONE).ratio().decimal())
        .isEqualByComparingTo("2.9998");
    assertThat(Article5.assess(counts(InfoCategory.PROPERTY, 100), NONE).ratio().exact()).isEqualTo("2");
  }

  @Test
  void assess_everyGround_quotesTheInterpretation() {
    Article5.Assessment a = Article5.assess(counts(), NONE);
    assertThat(a.grounds()).hasSize(14);
    assertThat(a.grounds().get(2).text()).contains("五十条以上");
    assertThat(Provisions.citation("5.1(3)")).isEqualTo("第五条第一款第（三）项");
    assertThat(Provisions.citation("11.2")).isEqualTo("第十一条第二款");
  }
}
