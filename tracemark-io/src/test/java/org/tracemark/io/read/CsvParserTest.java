package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvParserTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("plain", "a,b,c\n1,2,3\n", List.of(List.of("a", "b", "c"), List.of("1", "2", "3"))),
        Arguments.of("crlf", "a,b\r\n1,2\r\n", List.of(List.of("a", "b"), List.of("1", "2"))),
        Arguments.of("cr-only", "a,b\r1,2", List.of(List.of("a", "b"), List.of("1", "2"))),
        Arguments.of("no-final-newline", "a,b\n1,2", List.of(List.of("a", "b"), List.of("1", "2"))),
        Arguments.of("quoted-comma", "\"a,b\",c\n", List.of(List.of("a,b", "c"))),
        Arguments.of("escaped-quote", "\"say \"\"hi\"\"\",x\n", List.of(List.of("say \"hi\"", "x"))),
        Arguments.of("embedded-newline", "\"line1\nline2\",x\r\ny,z\n",
            List.of(List.of("line1\nline2", "x"), List.of("y", "z"))),
        Arguments.of("embedded-crlf", "\"a\r\nb\"\n", List.of(List.of("a\r\nb"))),
        Arguments.of("empty-fields", ",,\n", List.of(List.of("", "", ""))),
        Arguments.of("trailing-delimiter-eof", "a,", List.of(List.of("a", ""))),
        Arguments.of("empty-quoted", "\"\",x\n", List.of(List.of("", "x"))),
        Arguments.of("quote-inside-plain", "ab\"c,d\n", List.of(List.of("ab\"c", "d"))),
        Arguments.of("text-after-closing-quote", "\"ab\"cd,e\n", List.of(List.of("abcd", "e"))),
        Arguments.of("quote-at-eof", "x,\"ab\"", List.of(List.of("x", "ab"))),
        Arguments.of("cjk", "小区,姓名\n阳光花园,张伟\n", List.of(List.of("小区", "姓名"), List.of("阳光花园", "张伟"))),
        Arguments.of("empty-input", "", List.of()),
        Arguments.of("blank-line-kept-by-parser", "a\n\nb\n", List.of(List.of("a"), List.of(""), List.of("b"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void next_rfc4180Input_givesRecords(String id, String csv, List<List<String>> expected) throws Exception {
    assertThat(parseAll(csv, ',', 1 << 20)).as(id).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void next_rfc4180InputSplitAsUtf8Bytes_givesSameRecords(String id, String csv, List<List<String>> expected)
      throws Exception {
    assertThat(parseAllUtf8(csv, ',', 1 << 20)).as(id).isEqualTo(expected);
  }

  @Test
  void next_utf8BytesWithGbkField_failsNamingRecordAndColumn() {
    byte[] bytes = EncodingDetectorTest.concat("a,b\n1,".getBytes(StandardCharsets.UTF_8),
        "张伟".getBytes(java.nio.charset.Charset.forName("GBK")), "\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parseAllUtf8(bytes, ',', 1 << 20))
        .isInstanceOf(InputProblem.class)
        .satisfies(e -> assertThat(((InputProblem) e).toBadInput("f.csv").getMessage())
            .isEqualTo("f.csv: row 2, column 2: bytes that are not valid UTF-8 (the file mixes encodings or is damaged)"));
  }

  @Test
  void next_utf8ThenGbkFieldWhoseEveryByteIsMalformed_failsInsteadOfReplacementCharacters() {
    byte[] bytes = EncodingDetectorTest.concat("张伟,1\n".getBytes(StandardCharsets.UTF_8),
        "李娜".getBytes(java.nio.charset.Charset.forName("GBK")), ",2\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parseAllUtf8(bytes, ',', 1 << 20))
        .isInstanceOf(InputProblem.class)
        .satisfies(e -> assertThat(((InputProblem) e).toBadInput("f.csv").getMessage())
            .startsWith("f.csv: row 2, column 1: bytes that are not valid UTF-8"));
  }

  @Test
  void next_utf8RecordsLongerThanBuffer_parsedWhole() throws Exception {
    String big = "姓".repeat(100_000);
    String quoted = "q\"\"".repeat(50_000);

    List<List<String>> records = parseAllUtf8(big + ",\"" + quoted + "\"\nend\n", ',', 1 << 20);

    assertThat(records).containsExactly(List.of(big, "q\"".repeat(50_000)), List.of("end"));
  }

  @Test
  void next_tabDelimiter_splitsOnTabsOnly() throws Exception {
    assertThat(parseAll("a,b\tc\n", '\t', 1 << 20)).containsExactly(List.of("a,b", "c"));
  }

  @Test
  void next_recordsLongerThanBuffer_parsedWhole() throws Exception {
    String big = "x".repeat(200_000);
    String quoted = "q\"\"".repeat(50_000);

    List<List<String>> records = parseAll(big + ",\"" + quoted + "\"\nend\n", ',', 1 << 20);

    assertThat(records).hasSize(2);
    assertThat(records.get(0).get(0)).isEqualTo(big);
    assertThat(records.get(0).get(1)).isEqualTo("q\"".repeat(50_000));
    assertThat(records.get(1)).containsExactly("end");
  }

  @Test
  void next_unclosedQuote_failsNamingRecordAndColumn() {
    assertThatThrownBy(() -> parseAll("a,b\nc,\"never closed\n", ',', 1 << 20))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("never closed")
        .satisfies(e -> assertThat(((InputProblem) e).toBadInput("f.csv").getMessage())
            .isEqualTo("f.csv: row 2, column 2: a quoted field is never closed"));
  }

  @Test
  void next_recordPastLimit_failsNamingRecord() {
    String csv = "a,b\n" + "y".repeat(5_000) + "\n";

    assertThatThrownBy(() -> parseAll(csv, ',', 1_000))
        .isInstanceOf(InputProblem.class)
        .satisfies(e -> assertThat(((InputProblem) e).toBadInput("f.csv").getMessage())
            .startsWith("f.csv: row 2: a line or record is longer than 1000 characters"));
  }

  static List<List<String>> parseAllUtf8(String csv, char delimiter, int limit) throws Exception {
    return parseAllUtf8(csv.getBytes(StandardCharsets.UTF_8), delimiter, limit);
  }

  static List<List<String>> parseAllUtf8(byte[] bytes, char delimiter, int limit) throws Exception {
    Utf8CsvParser parser = new Utf8CsvParser(
        new ByteSource(new byte[0], 0, 0, new ByteArrayInputStream(bytes), limit), delimiter);
    List<List<String>> records = new ArrayList<>();
    List<String> record;
    while ((record = parser.next()) != null) {
      records.add(record);
    }
    return records;
  }

  static List<List<String>> parseAll(String csv, char delimiter, int limit) throws Exception {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    DecodingReader reader = new DecodingReader(new byte[0], 0, 0, new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8);
    CsvParser parser = new CsvParser(new CharSource(reader, limit), delimiter);
    List<List<String>> records = new ArrayList<>();
    List<String> record;
    while ((record = parser.next()) != null) {
      records.add(record);
    }
    return records;
  }
}
