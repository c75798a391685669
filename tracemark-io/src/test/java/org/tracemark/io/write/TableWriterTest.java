package org.tracemark.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentFormat;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;

class TableWriterTest {
  private static final List<String> HEADER = List.of("业主姓名", "联系电话", "备注");
  private static final List<List<String>> ROWS = List.of(
      List.of("张伟", "13812345678", "3栋, \"南\"向\n二楼"),
      List.of("李娜", "013987654321", ""));

  @TempDir
  Path dir;

  /** What the reader saw of one document. */
  private static final class Seen implements DocumentHandler {
    final List<DocumentInfo> infos = new ArrayList<>();
    List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @Override public void startDocument(DocumentInfo info) {
      infos.add(info);
    }

    @Override public void header(List<String> header) {
      this.header = header;
    }

    @Override public void row(long rowNumber, List<String> cells) {
      rows.add(cells);
    }

    @Override public void line(long lineNumber, String line) {
      lines.add(line);
    }

    @Override public void endDocument(DocumentInfo info) {}

    @Override public void failed(String displayPath, BadInputException problem) {
      failures.add(problem.getMessage());
    }
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of("csv-gb18030", DocumentFormat.CSV, "GB18030", "out.csv"),
        Arguments.of("csv-utf8", DocumentFormat.CSV, "UTF-8", "out.csv"),
        Arguments.of("tsv-utf16le", DocumentFormat.TSV, "UTF-16LE", "out.tsv"),
        Arguments.of("tsv-utf16be", DocumentFormat.TSV, "UTF-16BE", "out.tsv"),
        Arguments.of("jsonl-utf8", DocumentFormat.JSONL, "UTF-8", "out.jsonl"),
        Arguments.of("xlsx", DocumentFormat.XLSX, null, "out.xlsx"),
        Arguments.of("xls", DocumentFormat.XLS, null, "out.xls"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void like_sourceFormatAndEncoding_readsBackTheSame(String id, DocumentFormat format, String encoding,
      String name) throws IOException {
    DocumentInfo source = new DocumentInfo("in", dir.resolve("in"), format, Optional.ofNullable(encoding), true);
    Path out = dir.resolve(name);

    try (TableWriter writer = TableWriter.like(source, out)) {
      writer.writeRow(HEADER);
      for (List<String> row : ROWS) {
        writer.writeRow(row);
      }
    }
    Seen seen = read(out);

    assertThat(seen.failures).as(id).isEmpty();
    DocumentInfo info = seen.infos.get(0);
    assertThat(info.format()).as(id).isEqualTo(format);
    assertThat(info.encoding()).as(id).isEqualTo(Optional.ofNullable(encoding));
    assertThat(seen.header).as(id).isEqualTo(HEADER);
    assertThat(seen.rows).as(id).isEqualTo(ROWS);
  }

  @Test
  void like_textDocument_refusedForTables() {
    DocumentInfo text = new DocumentInfo("chat.txt", dir, DocumentFormat.TEXT, Optional.of("UTF-8"), false);

    assertThatThrownBy(() -> TableWriter.like(text, dir.resolve("x.txt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writeRow_characterGbkCannotEncode_failsInsteadOfQuestionMark() throws IOException {
    Path out = dir.resolve("gbk.csv");

    assertThatThrownBy(() -> {
      try (TableWriter writer = TableWriter.open(out, TableFormat.CSV, Charset.forName("GBK"))) {
        writer.writeRow(List.of("😀"));
      }
    }).isInstanceOf(IOException.class);
  }

  @Test
  void writeRow_xlsPastRowLimit_fails() throws IOException {
    try (TableWriter writer = new XlsTableWriter(dir.resolve("big.xls"), 3)) {
      for (int i = 0; i < 3; i++) {
        writer.writeRow(List.of("x"));
      }
      assertThatThrownBy(() -> writer.writeRow(List.of("y"))).hasMessageContaining("at most 3 rows");
    }
  }

  @Test
  void jsonl_cellsWithoutHeaderName_keyedByColumnNumber() throws IOException {
    Path out = dir.resolve("wide.jsonl");
    try (TableWriter writer = TableWriter.open(out, TableFormat.JSONL, Charset.forName("UTF-8"))) {
      writer.writeRow(List.of("name", ""));
      writer.writeRow(List.of("张伟", "a", "b"));
    }

    assertThat(Files.readString(out)).isEqualTo("{\"name\":\"张伟\",\"column2\":\"a\",\"column3\":\"b\"}\n");
  }

  @Test
  void textWriter_likeGb18030Source_readsBackSameLines() throws IOException {
    DocumentInfo source = new DocumentInfo("chat.txt", dir, DocumentFormat.TEXT, Optional.of("GB18030"), false);
    Path out = dir.resolve("chat.txt");
    List<String> lines = List.of("2024-05-01 张伟: 有3栋的名单吗", "李娜: 有，私聊");

    try (TextWriter writer = TextWriter.like(source, out)) {
      for (String line : lines) {
        writer.writeLine(line);
      }
    }
    Seen seen = read(out);

    assertThat(seen.infos.get(0).encoding()).contains("GB18030");
    assertThat(seen.infos.get(0).format()).isEqualTo(DocumentFormat.TEXT);
    assertThat(seen.lines).isEqualTo(lines);
  }

  private static Seen read(Path file) throws IOException {
    Seen seen = new Seen();
    new DocumentReader(ReadLimits.defaults()).read(file, seen);
    return seen;
  }
}
