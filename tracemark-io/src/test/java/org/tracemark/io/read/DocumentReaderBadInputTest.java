package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.BadInputException;

class DocumentReaderBadInputTest {
  @TempDir
  Path dir;

  @Test
  void read_truncatedXlsx_failsAloneAndNextFileIsRead() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.xlsx(dir.resolve("whole.xlsx")));
    Files.delete(dir.resolve("whole.xlsx"));
    Path truncated = Files.write(dir.resolve("a-truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Path good = Files.writeString(dir.resolve("b-good.csv"), "姓名\n张伟\n");

    RecordingHandler handler = RecordingHandler.read(dir);

    assertThat(handler.failures.get(truncated.toString()))
        .hasMessage(truncated + ": not a readable .xlsx workbook (truncated or damaged)");
    assertThat(handler.doc(good.toString()).rows).containsExactly(java.util.List.of("张伟"));
  }

  @Test
  void read_binaryFile_failsAsBinary() throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[10] = 0;
    bytes[500] = 0;
    Path file = Files.write(dir.resolve("photo.dat"), bytes);

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.docs).isEmpty();
    assertThat(handler.failures.get(file.toString()).problem()).isEqualTo("binary file, not a table or text");
  }

  @Test
  void read_pdfByMagic_failsAsBinary() throws Exception {
    Path file = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n");

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.failures.get(file.toString()).problem()).isEqualTo("binary file, not a table or text");
  }

  @Test
  void read_fileWithoutLineBreaks_failsAtRecordLimitInBoundedMemory() throws Exception {
    Path file = dir.resolve("one-line.csv");
    byte[] block = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        out.write(block); // 50 MB, no line break
      }
    }

    RecordingHandler handler = RecordingHandler.read(file, ReadLimits.defaults());

    BadInputException problem = handler.failures.get(file.toString());
    assertThat(problem).hasMessage(file + ": row 1: a line or record is longer than 1048576 bytes"
        + " (no line breaks, or a quote that is never closed)");
    assertThat(handler.doc(file.toString()).ended).isFalse();
  }

  @Test
  void read_utf8FileTurningGbkAfterTheSample_rowsBeforeKeptAndFailureNamesRow() throws Exception {
    Path file = dir.resolve("mixed.csv");
    int utf8Rows = 3_000; // about 100 KB: past the 64 KiB detection sample
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("小区名称,业主姓名,联系电话\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < utf8Rows; i++) {
        out.write("阳光花园,张伟,13812345678\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write("阳光花园,李娜,13987654321\n".getBytes(Charset.forName("GBK")));
    }

    RecordingHandler handler = RecordingHandler.read(file);

    RecordingHandler.Doc doc = handler.doc(file.toString());
    assertThat(doc.info.encoding()).contains("UTF-8");
    assertThat(doc.rows).hasSize(utf8Rows);
    assertThat(doc.ended).isFalse();
    assertThat(handler.failures.get(file.toString()))
        .hasMessage(file + ": row " + (utf8Rows + 2) + ", column 1"
            + ": bytes that are not valid UTF-8 (the file mixes encodings or is damaged)");
  }

  @Test
  void read_gbkFileAsciiForFirst64KiB_switchesToGb18030AndReadsAll() throws Exception {
    Path file = dir.resolve("gbk-late.csv");
    int asciiRows = 3_000;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("name,phone\n".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < asciiRows; i++) {
        out.write("zhang wei,13812345678\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("李娜,13987654321\n".getBytes(Charset.forName("GBK")));
    }

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.failures).isEmpty();
    RecordingHandler.Doc doc = handler.doc(file.toString());
    assertThat(doc.rows).hasSize(asciiRows + 1);
    assertThat(doc.rows.get(asciiRows)).containsExactly("李娜", "13987654321");
  }

  @Test
  void read_mixedEncodingWithinSample_failsBeforeAnyRow() throws Exception {
    byte[] bytes = EncodingDetectorTest.concat(
        "小区名称,业主姓名\n阳光花园,张伟\n".getBytes(StandardCharsets.UTF_8),
        "阳光花园,李娜\n".getBytes(Charset.forName("GBK")));
    Path file = Files.write(dir.resolve("mixed-early.csv"), bytes);

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.docs).isEmpty();
    assertThat(handler.failures.get(file.toString()).row()).contains(3L);
    assertThat(handler.failures.get(file.toString()).problem()).contains("encoding changes");
  }

  @Test
  void read_invalidJsonLine_failsNamingLineAndColumnWithoutQuotingData() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.jsonl"),
        "{\"name\":\"张伟\"}\n{\"name\":\"李娜\" \"phone\":\"13987654321\"}\n");

    RecordingHandler handler = RecordingHandler.read(file);

    BadInputException problem = handler.failures.get(file.toString());
    assertThat(problem.row()).contains(2L);
    assertThat(problem.column()).isPresent();
    assertThat(problem.getMessage()).doesNotContain("13987654321").doesNotContain("李娜");
  }

  @Test
  void read_corruptXls_failsWithOneLine() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.xls(dir.resolve("whole.xls")));
    Path broken = Files.write(dir.resolve("broken.xls"), Arrays.copyOf(whole, 1024));

    RecordingHandler handler = RecordingHandler.read(broken);

    assertThat(handler.failures.get(broken.toString()).getMessage())
        .isEqualTo(broken + ": not a readable .xls workbook (damaged, encrypted, or older than Excel 97)")
        .doesNotContain("\n");
  }

  @Test
  void read_xlsLargerThanLimit_refusedBeforeOpening() throws Exception {
    Path file = Fixtures.xls(dir.resolve("big.xls"));
    ReadLimits limits = new ReadLimits(1 << 20, 1L << 30, 100, 1 << 20, 100, 3, 1024, 1L << 30, 1L << 30);

    RecordingHandler handler = RecordingHandler.read(file, limits);

    assertThat(handler.failures.get(file.toString()).problem()).contains("larger than 1024 bytes");
  }

  @Test
  void read_xlsxSharedStringsPastLimit_refusedBeforeOpeningOtherSheetsUnaffected() throws Exception {
    Path book = Fixtures.xlsx(dir.resolve("a-book.xlsx"));
    Path csv = Files.writeString(dir.resolve("b.csv"), "x\n1\n");

    RecordingHandler handler = RecordingHandler.read(dir, ReadLimits.defaults().withMaxSharedStringsBytes(10));

    assertThat(handler.failures.get(book.toString()).problem()).contains("shared strings table");
    assertThat(handler.doc(csv.toString()).ended).isTrue();
  }

  @Test
  void read_missingPath_throwsIoException() {
    assertThatThrownBy(() -> RecordingHandler.read(dir.resolve("nope.csv")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void read_handlerThrows_exceptionPropagates() throws Exception {
    Path file = Files.writeString(dir.resolve("a.csv"), "x\n1\n");
    RecordingHandler throwing = new RecordingHandler() {
      @Override
      public void row(long rowNumber, java.util.List<String> cells) {
        throw new IllegalStateException("handler broke");
      }
    };

    assertThatThrownBy(() -> new DocumentReader(ReadLimits.defaults()).read(file, throwing))
        .hasMessage("handler broke");
  }
}
