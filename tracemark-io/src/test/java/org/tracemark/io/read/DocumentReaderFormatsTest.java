package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentReaderFormatsTest {
  private static final String OWNERS = "小区名称,业主姓名,联系电话\r\n阳光花园,张伟,13812345678\r\n阳光花园,李娜,13987654321\r\n";
  private static final List<String> HEADER = List.of("小区名称", "业主姓名", "联系电话");
  private static final List<List<String>> ROWS = List.of(
      List.of("阳光花园", "张伟", "13812345678"), List.of("阳光花园", "李娜", "13987654321"));

  @TempDir
  Path dir;

  static Stream<Arguments> encodings() {
    byte[] utf8 = OWNERS.getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("utf8", utf8, "UTF-8"),
        Arguments.of("utf8-bom", EncodingDetectorTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8), "UTF-8"),
        Arguments.of("gbk", OWNERS.getBytes(Charset.forName("GBK")), "GB18030"),
        Arguments.of("gb18030", OWNERS.getBytes(Charset.forName("GB18030")), "GB18030"),
        Arguments.of("utf16le-bom", EncodingDetectorTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            OWNERS.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE"),
        Arguments.of("utf16be-bom", OWNERS.getBytes(StandardCharsets.UTF_16), "UTF-16BE"),
        Arguments.of("utf16le-nobom", OWNERS.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE"),
        Arguments.of("utf16be-nobom", OWNERS.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void read_csvInEncoding_sameTable(String id, byte[] bytes, String encoding) throws Exception {
    Path file = Files.write(dir.resolve(id + ".csv"), bytes);

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.info).isEqualTo(new DocumentInfo(file.toString(), file, DocumentFormat.CSV,
        Optional.of(encoding), true));
    assertThat(doc.header).isEqualTo(HEADER);
    assertThat(doc.rows).isEqualTo(ROWS);
    assertThat(doc.rowNumbers).containsExactly(1L, 2L);
    assertThat(doc.ended).isTrue();
  }

  static Stream<Arguments> delimiters() {
    return Stream.of(
        Arguments.of("comma.csv", ",", DocumentFormat.CSV),
        Arguments.of("semicolon.csv", ";", DocumentFormat.CSV),
        Arguments.of("pipe.csv", "|", DocumentFormat.CSV),
        Arguments.of("tab.csv", "\t", DocumentFormat.TSV),
        Arguments.of("tab.tsv", "\t", DocumentFormat.TSV),
        Arguments.of("tab-table.txt", "\t", DocumentFormat.TSV),
        Arguments.of("comma-table.txt", ",", DocumentFormat.CSV),
        Arguments.of("no-extension", ";", DocumentFormat.CSV));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delimiters")
  void read_delimitedText_sniffsDelimiterAndFormat(String name, String delimiter, DocumentFormat format)
      throws Exception {
    Path file = Files.writeString(dir.resolve(name), OWNERS.replace(",", delimiter)
        + "\"阳光花园\"" + delimiter + "\"王" + delimiter + "芳\"" + delimiter + "13700001111\n");

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.info.format()).isEqualTo(format);
    assertThat(doc.header).isEqualTo(HEADER);
    assertThat(doc.rows).hasSize(3).startsWith(ROWS.get(0), ROWS.get(1));
    assertThat(doc.rows.get(2)).containsExactly("阳光花园", "王" + delimiter + "芳", "13700001111");
  }

  @Test
  void read_headerlessDump_blankHeaderAndFirstRowIsData() throws Exception {
    Path file = Files.writeString(dir.resolve("dump.csv"), "张伟,13812345678\n李娜,lina@example.com\n");

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.header).containsExactly("", "");
    assertThat(doc.rows).containsExactly(List.of("张伟", "13812345678"), List.of("李娜", "lina@example.com"));
    assertThat(doc.rowNumbers).containsExactly(1L, 2L);
  }

  @Test
  void read_blankLinesBetweenRows_skippedButCounted() throws Exception {
    Path file = Files.writeString(dir.resolve("gaps.csv"), "a,b\n1,2\n\n3,4\n\n");

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.rows).containsExactly(List.of("1", "2"), List.of("3", "4"));
    assertThat(doc.rowNumbers).containsExactly(1L, 3L);
  }

  @Test
  void read_chatLog_linesAsText() throws Exception {
    String log = "2024-05-01 10:02 张伟: 业主群里谁有3栋的名单？\r\n2024-05-01 10:03 李娜: 有，加我微信\n\n最后一行";
    Path file = Files.write(dir.resolve("chat.txt"), log.getBytes(Charset.forName("GBK")));

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.info.format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(doc.info.table()).isFalse();
    assertThat(doc.info.encoding()).contains("GB18030");
    assertThat(doc.header).isNull();
    assertThat(doc.lines).containsExactly("2024-05-01 10:02 张伟: 业主群里谁有3栋的名单？",
        "2024-05-01 10:03 李娜: 有，加我微信", "", "最后一行");
  }

  @Test
  void read_jsonLines_headerFromKeysAndLaterKeysAppended() throws Exception {
    String jsonl = "{\"name\":\"张伟\",\"phone\":\"13812345678\"}\n"
        + "\n"
        + "{\"phone\":13987654321,\"name\":\"李娜\",\"address\":{\"building\":3}}\n";
    StringBuilder later = new StringBuilder(jsonl);
    for (int i = 0; i < JsonLinesReader.HEADER_SAMPLE_RECORDS; i++) {
      later.append("{\"name\":\"n\"}\n");
    }
    later.append("{\"name\":\"王芳\",\"wechat\":\"wf_2024\",\"note\":null}\n");
    Path file = Files.writeString(dir.resolve("people.jsonl"), later);

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.info.format()).isEqualTo(DocumentFormat.JSONL);
    assertThat(doc.header).containsExactly("name", "phone", "address");
    assertThat(doc.rows.get(0)).containsExactly("张伟", "13812345678", "");
    assertThat(doc.rows.get(1)).containsExactly("李娜", "13987654321", "{\"building\":3}");
    assertThat(doc.rowNumbers.get(1)).isEqualTo(3L);
    assertThat(doc.rows.get(doc.rows.size() - 1)).containsExactly("王芳", "", "", "wf_2024", "");
    assertThat(doc.ended).isTrue();
  }

  @Test
  void read_xlsx_everySheetADocumentWithExcelText() throws Exception {
    Path file = Fixtures.xlsx(dir.resolve("book.xlsx"));

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.order).containsExactly(file + "!名单", file + "!空", file + "!备注");
    RecordingHandler.Doc owners = handler.doc(file + "!名单");
    assertThat(owners.info).isEqualTo(new DocumentInfo(file + "!名单", file, DocumentFormat.XLSX,
        Optional.empty(), true));
    assertThat(owners.header).containsExactly("业主姓名", "联系电话", "建筑面积", "整数", "购房日期");
    assertThat(owners.rows).containsExactly(
        List.of("张伟", "13812345678", "89.5", "100", "2024-03-01"),
        List.of("李娜", "13987654321", "0.3", "1234567890123", "2023-12-31"));
    assertThat(owners.rowNumbers).containsExactly(1L, 2L);
    assertThat(handler.doc(file + "!空").header).isEmpty();
    assertThat(handler.doc(file + "!空").ended).isTrue();
    assertThat(handler.doc(file + "!备注").header).containsExactly("只有一行");
  }

  @Test
  void read_xls_sameTextAsXlsx() throws Exception {
    Path file = Fixtures.xls(dir.resolve("old.xls"));

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.order).containsExactly(file + "!名单", file + "!空", file + "!备注");
    RecordingHandler.Doc owners = handler.doc(file + "!名单");
    assertThat(owners.info.format()).isEqualTo(DocumentFormat.XLS);
    assertThat(owners.rows).containsExactly(
        List.of("张伟", "13812345678", "89.5", "100", "2024-03-01"),
        List.of("李娜", "13987654321", "0.3", "1234567890123", "2023-12-31"));
  }

  @Test
  void read_workbookRenamedToCsv_readByContent() throws Exception {
    Path file = Fixtures.xlsx(dir.resolve("really-a-workbook.csv"));

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.doc(file + "!名单").info.format()).isEqualTo(DocumentFormat.XLSX);
  }

  static Stream<Arguments> emptyFiles() {
    return Stream.of(
        Arguments.of("empty.csv", DocumentFormat.CSV),
        Arguments.of("empty.txt", DocumentFormat.TEXT),
        Arguments.of("empty.xlsx", DocumentFormat.XLSX),
        Arguments.of("empty.jsonl", DocumentFormat.JSONL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyFiles")
  void read_emptyFile_documentWithoutRows(String name, DocumentFormat format) throws Exception {
    Path file = Files.write(dir.resolve(name), new byte[0]);

    RecordingHandler handler = RecordingHandler.read(file);

    RecordingHandler.Doc doc = handler.only();
    assertThat(handler.failures).isEmpty();
    assertThat(doc.info.format()).isEqualTo(format);
    assertThat(doc.rows).isEmpty();
    assertThat(doc.lines).isEmpty();
    assertThat(doc.ended).isTrue();
  }

  @Test
  void read_headerOnlyCsv_headerAndNoRows() throws Exception {
    Path file = Files.writeString(dir.resolve("header.csv"), "姓名,电话\n");

    RecordingHandler.Doc doc = RecordingHandler.read(file).only();

    assertThat(doc.header).containsExactly("姓名", "电话");
    assertThat(doc.rows).isEmpty();
  }

  @Test
  void read_directory_recursiveSortedOrder() throws Exception {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("c.csv"), "x\n1\n");
    Files.writeString(dir.resolve("b/inner/z.txt"), "line\n");
    Files.writeString(dir.resolve("b/a.txt"), "line\n");
    Files.writeString(dir.resolve("a/y.csv"), "x\n1\n");

    RecordingHandler handler = RecordingHandler.read(dir);

    assertThat(handler.order).containsExactly(
        dir.resolve("a/y.csv").toString(), dir.resolve("b/a.txt").toString(),
        dir.resolve("b/inner/z.txt").toString(), dir.resolve("c.csv").toString());
  }
}
