package org.tracemark.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AnonymizerTest {
  private static final PiiEngine ENGINE = Engines.shared();
  private static final String LINE = "收件人：张小伟 手机：138-1234-5678 身份证" + Engines.id("11010519900307002")
      + " 地址：阳光花园3栋2单元1502室";

  @Test
  void mask_chatLine_usesTheDisplayMasks() {
    String masked = Anonymizer.masking().apply(LINE, ENGINE.analyzeText(LINE));
    assertThat(masked).contains("张*伟", "138****5678", "110105********", "阳光花园****")
        .doesNotContain("1502").doesNotContain("13812345678");
  }

  @Test
  void redact_chatLine_leavesTypeLabels() {
    assertThat(Anonymizer.redacting().apply(LINE, ENGINE.analyzeText(LINE))).contains("[手机号]", "[姓名]", "[身份证号]");
  }

  @Test
  void pseudonymize_sameValueDifferentWriting_sameToken_otherKeyOtherToken() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    Anonymizer a = Anonymizer.pseudonymizing(key);
    String one = a.apply("手机13812345678", ENGINE.analyzeText("手机13812345678"));
    String two = a.apply("电话+86 138 1234 5678", ENGINE.analyzeText("电话+86 138 1234 5678"));
    assertThat(one.substring(2)).isEqualTo(two.substring(2)).matches("MOBILE-[0-9a-f]{16}");
    key[0] = 8;
    String other = Anonymizer.pseudonymizing(key).apply("手机13812345678", ENGINE.analyzeText("手机13812345678"));
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void pseudonymizing_shortKey_isRejected() {
    assertThatThrownBy(() -> Anonymizer.pseudonymizing(new byte[16])).isInstanceOf(IllegalArgumentException.class);
  }
}
