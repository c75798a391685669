package org.tracemark.io.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds real workbooks and archives for reader tests. */
final class Fixtures {
  private Fixtures() {}

  /**
   * A workbook whose first sheet "名单" has a header and two owners with a phone and an ID prefix stored as numbers,
   * a floor area, a decimal and a date cell; a second sheet "空" is empty; a third "备注" holds one text row.
   */
  static Path xlsx(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("名单");
      String[] header = {"业主姓名", "联系电话", "建筑面积", "整数", "购房日期"};
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      sheet.value(1, 0, "张伟");
      sheet.value(1, 1, 13812345678L);
      sheet.value(1, 2, 89.50);
      sheet.value(1, 3, 100.0);
      sheet.value(1, 4, LocalDate.of(2024, 3, 1));
      sheet.style(1, 4).format("yyyy-mm-dd").set();
      sheet.value(2, 0, "李娜");
      sheet.value(2, 1, 13987654321L);
      sheet.value(2, 2, 0.1 + 0.2);
      sheet.value(2, 3, 1234567890123L);
      sheet.value(2, 4, LocalDate.of(2023, 12, 31));
      sheet.style(2, 4).format("yyyy-mm-dd").set();
      workbook.newWorksheet("空");
      Worksheet notes = workbook.newWorksheet("备注");
      notes.value(0, 0, "只有一行");
      workbook.finish();
    }
    return file;
  }

  /** The same content as {@link #xlsx} in the Excel 97 format. */
  static Path xls(Path file) throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("名单");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      Row header = sheet.createRow(0);
      String[] names = {"业主姓名", "联系电话", "建筑面积", "整数", "购房日期"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      Row one = sheet.createRow(1);
      one.createCell(0).setCellValue("张伟");
      one.createCell(1).setCellValue(13812345678d);
      one.createCell(2).setCellValue(89.50);
      one.createCell(3).setCellValue(100.0);
      one.createCell(4).setCellValue(LocalDate.of(2024, 3, 1));
      one.getCell(4).setCellStyle(dateStyle);
      Row two = sheet.createRow(2);
      two.createCell(0).setCellValue("李娜");
      two.createCell(1).setCellValue(13987654321d);
      two.createCell(2).setCellValue(0.1 + 0.2);
      two.createCell(3).setCellValue(1234567890123d);
      two.createCell(4).setCellValue(LocalDate.of(2023, 12, 31));
      two.getCell(4).setCellStyle(dateStyle);
      workbook.createSheet("空");
      workbook.createSheet("备注").createRow(0).createCell(0).setCellValue("只有一行");
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  /** A zip of named entries; {@code contents} alternate name, bytes. */
  static Path zip(Path file, Object... contents) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < contents.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) contents[i]));
        zip.write((byte[]) contents[i + 1]);
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A small zip whose one entry inflates to {@code bytes} bytes of a repeated CSV line. */
  static Path bomb(Path file, String entry, long bytes) throws IOException {
    byte[] block = "1,2,3,4,5,6,7\n".repeat(4096).getBytes();
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry(entry));
      for (long written = 0; written < bytes; written += block.length) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return file;
  }
}
