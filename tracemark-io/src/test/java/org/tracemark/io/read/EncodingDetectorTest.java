package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingDetectorTest {
  private static final String TABLE = "小区名称,业主姓名,联系电话\n阳光花园,张伟,13812345678\n阳光花园,李娜,13987654321\n";
  private static final Charset GBK = Charset.forName("GBK");

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("utf8", TABLE.getBytes(StandardCharsets.UTF_8), "UTF-8", 0),
        Arguments.of("utf8-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            TABLE.getBytes(StandardCharsets.UTF_8)), "UTF-8", 3),
        Arguments.of("ascii", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII), "UTF-8", 0),
        Arguments.of("gbk", TABLE.getBytes(GBK), "GB18030", 0),
        Arguments.of("gb18030-rare", "姓名\n㐀䶵,𠀀\n".getBytes(EncodingDetector.GB18030), "GB18030", 0),
        Arguments.of("gbk-short-looks-like-utf8-cyrillic", "园,小\n".getBytes(GBK), "GB18030", 0),
        Arguments.of("utf8-latin-accents", "José,Zoë\n".getBytes(StandardCharsets.UTF_8), "UTF-8", 0),
        Arguments.of("utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            TABLE.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE", 2),
        Arguments.of("utf16be-bom", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
            TABLE.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE", 2),
        Arguments.of("utf16le-nobom", TABLE.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", 0),
        Arguments.of("utf16be-nobom", TABLE.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void detect_knownEncoding_findsIt(String id, byte[] bytes, String expected, int bom) throws Exception {
    DetectedEncoding detected = EncodingDetector.detect(bytes, bytes.length, true);

    assertThat(detected.name()).as(id).isEqualTo(expected);
    assertThat(detected.bomLength()).as(id).isEqualTo(bom);
  }

  @Test
  void detect_utf8CharCutAtPartialSampleEdge_stillUtf8() throws Exception {
    byte[] bytes = TABLE.getBytes(StandardCharsets.UTF_8);
    int cut = TABLE.substring(0, TABLE.indexOf("张")).getBytes(StandardCharsets.UTF_8).length + 2; // inside 张

    assertThat(EncodingDetector.detect(bytes, cut, false).name()).isEqualTo("UTF-8");
    assertThatThrownBy(() -> EncodingDetector.detect(bytes, cut, true))
        .isInstanceOf(InputProblem.class);
  }

  @Test
  void detect_gbkCharCutAtPartialSampleEdge_stillGb18030() throws Exception {
    byte[] bytes = TABLE.getBytes(GBK);
    int cut = TABLE.substring(0, TABLE.indexOf("张")).getBytes(GBK).length + 1; // inside 张

    assertThat(EncodingDetector.detect(bytes, cut, false).name()).isEqualTo("GB18030");
  }

  @Test
  void detect_nulBytesWithoutUtf16Pattern_binaryFile() {
    byte[] bytes = {'P', 'K', 0, 0, 1, 2, 3, 0, 0, 0, 9, 0, 0, 0, 0, 7, 1};

    assertThatThrownBy(() -> EncodingDetector.detect(bytes, bytes.length, true))
        .isInstanceOf(InputProblem.class)
        .hasMessage("binary file, not a table or text");
  }

  @Test
  void detect_utf8ThenGbkInSample_mixedEncodingNamesLine() {
    byte[] utf8 = TABLE.getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "阳光花园,王芳,13700001111\n".getBytes(GBK);
    byte[] bytes = concat(utf8, gbk);

    assertThatThrownBy(() -> EncodingDetector.detect(bytes, bytes.length, true))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("encoding changes")
        .satisfies(e -> assertThat(((InputProblem) e).toBadInput("x.csv").row()).contains(4L));
  }

  @Test
  void detect_latin1Garbage_unknownEncoding() {
    byte[] bytes = {'a', ',', (byte) 0x80, (byte) 0xFF, (byte) 0x80, '\n'};

    assertThatThrownBy(() -> EncodingDetector.detect(bytes, bytes.length, true))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("unknown text encoding");
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(out::writeBytes);
    return out.toByteArray();
  }
}
