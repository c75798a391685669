package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracemark.io.read.FormatSniffer.Container;

class FormatSnifferTest {

  static Stream<Arguments> magics() {
    return Stream.of(
        Arguments.of("zip", new byte[] {'P', 'K', 3, 4, 20, 0}, Container.ZIP),
        Arguments.of("empty-zip", new byte[] {'P', 'K', 5, 6, 0, 0}, Container.ZIP),
        Arguments.of("ole2", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0}, Container.OLE2),
        Arguments.of("pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), Container.BINARY),
        Arguments.of("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}, Container.BINARY),
        Arguments.of("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, Container.BINARY),
        Arguments.of("gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0}, Container.BINARY),
        Arguments.of("csv-starting-pk", "PKU,北大\n".getBytes(StandardCharsets.UTF_8), Container.TEXT),
        Arguments.of("csv", "姓名,电话\n".getBytes(StandardCharsets.UTF_8), Container.TEXT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("magics")
  void container_leadingBytes_decideHowToOpen(String id, byte[] bytes, Container expected) {
    assertThat(FormatSniffer.container(bytes, bytes.length)).as(id).isEqualTo(expected);
  }

  static Stream<Arguments> texts() {
    String table = "a,b,c\n1,2,3\n4,5,6\n7,8,9\n";
    String chat = "张伟: 有名单吗, 多少钱\n李娜: 5毛一条\n王芳: 要, 发我\n";
    return Stream.of(
        Arguments.of("csv-extension", "x.csv", table, DocumentFormat.CSV, ','),
        Arguments.of("csv-extension-tabs", "x.CSV", table.replace(',', '\t'), DocumentFormat.TSV, '\t'),
        Arguments.of("csv-extension-semicolons", "x.csv", table.replace(',', ';'), DocumentFormat.CSV, ';'),
        Arguments.of("csv-extension-pipes", "x.csv", table.replace(',', '|'), DocumentFormat.CSV, '|'),
        Arguments.of("tsv-extension", "x.tsv", table, DocumentFormat.TSV, '\t'),
        Arguments.of("jsonl-extension", "x.jsonl", "{\"a\":1}\n", DocumentFormat.JSONL, ','),
        Arguments.of("txt-table", "x.txt", table, DocumentFormat.CSV, ','),
        Arguments.of("txt-json-lines", "x.txt", "{\"a\":1}\n{\"a\":2}\n", DocumentFormat.JSONL, ','),
        Arguments.of("txt-chat", "chat.txt", chat, DocumentFormat.TEXT, ','),
        Arguments.of("txt-two-lines", "x.txt", "a,b,c\n1,2,3\n", DocumentFormat.TEXT, ','),
        Arguments.of("log-prose", "x.log", "started\nstopped, restarted\n", DocumentFormat.TEXT, ','));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void textFormat_nameAndPreview_decideFormatAndDelimiter(String id, String name, String preview,
      DocumentFormat format, char delimiter) {
    FormatSniffer.TextFormat result = FormatSniffer.textFormat(name, preview, true);

    assertThat(result.format()).as(id).isEqualTo(format);
    assertThat(result.delimiter()).as(id).isEqualTo(delimiter);
  }
}
