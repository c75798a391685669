package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;

/**
 * Whatever table the CSV writer writes, the reader gives back: cells with commas, quotes, line breaks (LF, CR,
 * CRLF), spaces and Chinese, in UTF-8, GBK and UTF-16LE.
 */
class CsvRoundTripPropertiesTest {
  private static final String GBK_SAFE_CHARS = "小区名称楼栋单元房号业主姓名联系电话张伟李娜王芳阳光花园";
  private static Path dir;

  @BeforeContainer
  static void createDir() throws IOException {
    dir = Files.createTempDirectory("tracemark-csv-props");
  }

  @AfterContainer
  static void deleteDir() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab ,\"\n\r" + GBK_SAFE_CHARS).ofMaxLength(12),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("", "\"", "\r\n", ",", "\"\"", "a\"b"));
    return Arbitraries.integers().between(2, 6).flatMap(width ->
        cell.list().ofSize(width).list().ofMinSize(1).ofMaxSize(30));
  }

  @Property(tries = 150)
  void readBack_utf8_sameTable(@ForAll("tables") List<List<String>> table) throws IOException {
    assertRoundTrip(table, Charset.forName("UTF-8"), "UTF-8");
  }

  @Property(tries = 150)
  void readBack_gbk_sameTable(@ForAll("tables") List<List<String>> table) throws IOException {
    assertRoundTrip(table, Charset.forName("GBK"), null);
  }

  @Property(tries = 150)
  void readBack_utf16le_sameTable(@ForAll("tables") List<List<String>> table) throws IOException {
    assertRoundTrip(table, Charset.forName("UTF-16LE"), "UTF-16LE");
  }

  private void assertRoundTrip(List<List<String>> table, Charset charset, String expectedEncoding)
      throws IOException {
    Path file = Files.createTempFile(dir, "t", ".csv");
    try (TableWriter writer = TableWriter.open(file, TableFormat.CSV, charset)) {
      for (List<String> row : table) {
        writer.writeRow(row);
      }
    }

    RecordingHandler handler = RecordingHandler.read(file);

    assertThat(handler.failures).isEmpty();
    RecordingHandler.Doc doc = handler.only();
    if (expectedEncoding != null) {
      // GBK text that happens to be ASCII only is reported as UTF-8, which decodes it identically.
      assertThat(doc.info.encoding()).contains(expectedEncoding);
    }
    assertThat(reassemble(doc)).isEqualTo(withoutBlankRecords(table));
    Files.delete(file);
  }

  /** The rows as written: the header (unless headerless) followed by the data rows. */
  private static List<List<String>> reassemble(RecordingHandler.Doc doc) {
    List<List<String>> all = new ArrayList<>();
    boolean headerless = !doc.rows.isEmpty() && doc.rowNumbers.get(0) == 1L && doc.header.stream()
        .allMatch(String::isEmpty) && !doc.header.isEmpty() && !HeaderRule.isHeader(doc.rows.get(0)) ;
    if (!headerless && !doc.header.isEmpty()) {
      all.add(doc.header);
    }
    all.addAll(doc.rows);
    return all;
  }

  /** A record of one empty cell is an empty line, which readers skip; tables of width >= 2 never have one. */
  private static List<List<String>> withoutBlankRecords(List<List<String>> table) {
    return table.stream().filter(row -> !(row.size() == 1 && row.get(0).isEmpty())).toList();
  }
}
