package org.tracemark.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageScreenerTest {
  private static final MessageScreener SCREENER = MessageScreener.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "spaced-trade      | 出 售 户 主 资 料 | PII_TRADE",
      "fullwidth-wechat  | 加ＶＸ拉你进群扫码 | QR_INVITE",
      "zero-width        | 水\u200b滴\u200b筹 | SCAM_CROWDFUNDING",
      "diet-beats-qr     | 减肥效果好，扫码进群 | DIET_AD",
      "warning-not-trade | 提醒大家：出售业主信息是违法的 | OK",
      "neighbour-sale    | 出一辆二手自行车，50元 | OK",
      "lost-cat          | 我家猫丢了，有看到的邻居告诉我 | OK",
  })
  void screen_table(String id, String message, MessageClass expected) {
    assertThat(SCREENER.screen(message).messageClass()).as(id).isEqualTo(expected);
  }

  @Test
  void screen_returnsTheCuesThatMatched() {
    Screening screening = SCREENER.screen("求购户主资料，每条5毛");
    assertThat(screening.matchedCues()).contains("户主+资料+求购");
    assertThat(screening.scores().get(MessageClass.PII_TRADE)).isGreaterThanOrEqualTo(MessageScreener.THRESHOLD);
  }

  /**
   * Precision and recall per class over the sets the rules were tuned on (figures in docs/benchmarks.md). The floors
   * catch a regression of the lexicon; these figures flatter the rules.
   */
  @Test
  void screen_tuningSets_meetPrecisionAndRecallFloors() throws Exception {
    evaluate("messages.tsv", 0.85);
    evaluate("messages-tuning-2.tsv", 0.85);
    evaluate("messages-heldout.tsv", 0.85);
    evaluate("messages-tuning-3.tsv", 0.85);
  }

  private static final List<MessageClass> SPAM = List.of(MessageClass.PII_TRADE, MessageClass.SCAM_CROWDFUNDING,
      MessageClass.DIET_AD, MessageClass.QR_INVITE, MessageClass.AD);

  /**
   * Held-out set 2, committed before the issue-9 rules were changed and never tuned on (but written by the same
   * person who then wrote the rules, so optimistic). Floors a little under the measured figures.
   */
  @Test
  void screen_heldOutSet2_figures() throws Exception {
    Map<MessageClass, double[]> figures = evaluate("messages-heldout-2.tsv", 0.0);
    for (MessageClass spam : SPAM) {
      assertThat(figures.get(spam)[0]).as(spam + " precision, held-out 2").isGreaterThanOrEqualTo(0.85);
      assertThat(figures.get(spam)[1]).as(spam + " recall, held-out 2").isGreaterThanOrEqualTo(0.85);
    }
  }

  /**
   * Held-out set 3, written after the rules were final and evaluated once: the honest figures. Recall on new
   * wordings stays mediocre (docs/benchmarks.md); asserted is what a bot must keep: flags mostly right, and at least
   * half of each kind of spam caught.
   */
  @Test
  void screen_heldOutSet3_flagsMostlyRight_catchesAtLeastHalf() throws Exception {
    Map<MessageClass, double[]> figures = evaluate("messages-heldout-3.tsv", 0.0);
    for (MessageClass spam : SPAM) {
      assertThat(figures.get(spam)[0]).as(spam + " precision, held-out 3").isGreaterThanOrEqualTo(0.8);
      assertThat(figures.get(spam)[1]).as(spam + " recall, held-out 3").isGreaterThanOrEqualTo(0.45);
    }
  }

  @Test
  void numbers_matchInDigitsAndChineseNumerals() {
    assertThat(SCREENER.screen("一个月瘦了15斤，想知道的私我").messageClass()).isEqualTo(MessageClass.DIET_AD);
    assertThat(SCREENER.screen("一个月瘦了十五斤，想知道的私我").messageClass()).isEqualTo(MessageClass.DIET_AD);
    assertThat(SCREENER.screen("买了两斤苹果，挺甜的").messageClass()).isEqualTo(MessageClass.OK);
    assertThat(MessageNormaliser.foldNumbers("瘦了十五斤一手资源3000条")).isEqualTo("瘦了#斤#手资源#条");
  }

  /** Prints the precision/recall table and returns {precision, recall} per class. */
  private static Map<MessageClass, double[]> evaluate(String resource, double floor) throws Exception {
    List<String[]> rows = labelled(resource);
    Map<MessageClass, int[]> counts = new EnumMap<>(MessageClass.class); // tp, fp, fn
    for (MessageClass c : MessageClass.values()) {
      counts.put(c, new int[3]);
    }
    List<String> misses = new ArrayList<>();
    double worst = 1;
    Map<MessageClass, double[]> figures = new EnumMap<>(MessageClass.class);
    for (String[] row : rows) {
      MessageClass truth = MessageClass.valueOf(row[0]);
      MessageClass got = SCREENER.screen(row[1]).messageClass();
      if (got == truth) {
        counts.get(truth)[0]++;
      } else {
        counts.get(got)[1]++;
        counts.get(truth)[2]++;
        misses.add(truth + "→" + got + ": " + row[1]);
      }
    }
    StringBuilder table = new StringBuilder("| class | precision | recall | n |\n|---|---|---|---|\n");
    for (MessageClass c : MessageClass.values()) {
      int[] n = counts.get(c);
      double precision = n[0] + n[1] == 0 ? 1 : (double) n[0] / (n[0] + n[1]);
      double recall = n[0] + n[2] == 0 ? 1 : (double) n[0] / (n[0] + n[2]);
      table.append(String.format("| %s | %.3f | %.3f | %d |%n", c, precision, recall, n[0] + n[2]));
      worst = Math.min(worst, Math.min(precision, recall));
      figures.put(c, new double[] {precision, recall});
    }
    System.out.println("Message screening, " + resource + ", " + rows.size() + " labelled messages:\n" + table);
    assertThat(worst).as("worst precision or recall in " + resource + "; misses: " + misses)
        .isGreaterThanOrEqualTo(floor);
    return figures;
  }

  private static List<String[]> labelled(String resource) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        MessageScreenerTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", 2));
        }
      }
    }
    return rows;
  }
}
