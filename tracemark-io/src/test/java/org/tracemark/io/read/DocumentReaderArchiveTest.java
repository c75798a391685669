package org.tracemark.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderArchiveTest {
  private static final byte[] CSV = "姓名,电话\n张伟,13812345678\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @Test
  void read_zipWithNestedZipAndWorkbook_everyEntryADocument() throws Exception {
    byte[] inner = Files.readAllBytes(Fixtures.zip(dir.resolve("inner.zip"), "deep/y.csv", CSV));
    byte[] book = Files.readAllBytes(Fixtures.xlsx(dir.resolve("book.xlsx")));
    Path zip = Fixtures.zip(dir.resolve("dump.zip"),
        "a/x.csv", CSV, "inner.zip", inner, "book.xlsx", book, "notes.txt", "备注\n".getBytes(StandardCharsets.UTF_8));

    RecordingHandler handler = RecordingHandler.read(zip);

    assertThat(handler.failures).isEmpty();
    assertThat(handler.order).containsExactly(
        zip + "!/a/x.csv", zip + "!/inner.zip!/deep/y.csv",
        zip + "!/book.xlsx!名单", zip + "!/book.xlsx!空", zip + "!/book.xlsx!备注", zip + "!/notes.txt");
    RecordingHandler.Doc nested = handler.doc(zip + "!/inner.zip!/deep/y.csv");
    assertThat(nested.info.file()).isEqualTo(zip);
    assertThat(nested.rows).containsExactly(List.of("张伟", "13812345678"));
    assertThat(handler.doc(zip + "!/book.xlsx!名单").rows).hasSize(2);
    assertThat(handler.doc(zip + "!/notes.txt").lines).containsExactly("备注");
  }

  @Test
  void read_gbkEntryNames_decoded() throws Exception {
    Path zip = dir.resolve("gbk-names.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip), java.nio.charset.Charset.forName("GBK"))) {
      out.putNextEntry(new java.util.zip.ZipEntry("业主名单.csv"));
      out.write(CSV);
      out.closeEntry();
    }

    RecordingHandler handler = RecordingHandler.read(zip);

    assertThat(handler.order).containsExactly(zip + "!/业主名单.csv");
  }

  @Test
  void read_zipBombByRatio_entryFailsOtherEntriesRead() throws Exception {
    byte[] bomb = Files.readAllBytes(Fixtures.bomb(dir.resolve("b.zip"), "bomb.csv", 16L << 20));
    Path zip = Fixtures.zip(dir.resolve("outer.zip"), "bomb.zip", bomb, "ok.csv", CSV);

    RecordingHandler handler = RecordingHandler.read(zip);

    assertThat(handler.failures.get(zip + "!/bomb.zip!/bomb.csv").problem())
        .isEqualTo("an entry expands more than 100 times its compressed size (a zip bomb?)");
    assertThat(handler.doc(zip + "!/ok.csv").ended).isTrue();
  }

  @Test
  void read_archivePastTotalLimit_stopsWithOneFailure() throws Exception {
    Path zip = Fixtures.bomb(dir.resolve("big.zip"), "big.csv", 8L << 20);
    ReadLimits limits = ReadLimits.defaults().withZipLimits(4L << 20, 1_000_000, 100, 4);

    RecordingHandler handler = RecordingHandler.read(zip, limits);

    assertThat(handler.failures.get(zip + "!/big.csv").problem())
        .startsWith("the archive expands to more than 4194304 bytes");
  }

  @Test
  void read_zipNestedPastDepth_innerFailsOuterRead() throws Exception {
    byte[] inner = Files.readAllBytes(Fixtures.zip(dir.resolve("inner.zip"), "y.csv", CSV));
    Path zip = Fixtures.zip(dir.resolve("outer.zip"), "inner.zip", inner, "x.csv", CSV);
    ReadLimits limits = ReadLimits.defaults().withZipLimits(1L << 30, 100, 100, 1);

    RecordingHandler handler = RecordingHandler.read(zip, limits);

    assertThat(handler.failures.get(zip + "!/inner.zip").problem())
        .isEqualTo("archives nested more than 1 deep are not read");
    assertThat(handler.doc(zip + "!/x.csv").rows).hasSize(1);
  }

  @Test
  void read_zipWithTooManyEntries_failsWhole() throws Exception {
    Path zip = Fixtures.zip(dir.resolve("many.zip"), "1.csv", CSV, "2.csv", CSV, "3.csv", CSV);
    ReadLimits limits = ReadLimits.defaults().withZipLimits(1L << 30, 100, 2, 4);

    RecordingHandler handler = RecordingHandler.read(zip, limits);

    assertThat(handler.docs).isEmpty();
    assertThat(handler.failures.get(zip.toString()).problem()).isEqualTo("the archive has more than 2 entries");
  }

  @Test
  void read_truncatedZip_fails() throws Exception {
    byte[] whole = Files.readAllBytes(Fixtures.zip(dir.resolve("w.zip"), "x.csv", CSV, "y.csv", CSV));
    Path zip = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length - 30));

    RecordingHandler handler = RecordingHandler.read(zip);

    assertThat(handler.failures.get(zip.toString()).problem()).isEqualTo("not a readable zip archive (truncated or damaged)");
  }
}
