package org.tracemark.io.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams every sheet of an .xlsx workbook as its own document ("book.xlsx!Sheet1") through fastexcel-reader, which
 * parses sheet XML as a stream: a million-row sheet never has more than one row in memory (shared strings are held,
 * as the format requires). Before opening, the workbook's parts are checked against the archive limits, since an
 * .xlsx is a zip and can be a zip bomb. A broken sheet fails alone; the other sheets are still read.
 */
final class XlsxReader {
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private XlsxReader() {}

  /** Whether a zip file is a workbook: it has the part every .xlsx has. */
  static boolean isWorkbook(ZipFile zip) {
    return zip.getEntry("xl/workbook.xml") != null;
  }

  static void read(String base, Path origin, Path file, ReadLimits limits, DocumentHandler handler)
      throws InputProblem {
    checkParts(file, limits);
    ReadableWorkbook workbook = open(file);
    try {
      boolean date1904 = workbook.isDate1904();
      for (Sheet sheet : sheets(workbook)) {
        String display = base + "!" + DisplayPaths.clean(sheet.getName());
        DocumentInfo info = new DocumentInfo(display, origin, DocumentFormat.XLSX, Optional.empty(), true);
        handler.startDocument(info);
        try {
          readSheet(sheet, date1904, handler);
          handler.endDocument(info);
        } catch (InputProblem e) {
          handler.failed(display, e.toBadInput(display));
        }
      }
    } finally {
      try {
        workbook.close();
      } catch (IOException ignored) {
        // Read-only: nothing is lost when closing fails.
      }
    }
  }

  private static ReadableWorkbook open(Path file) throws InputProblem {
    try {
      return new ReadableWorkbook(file.toFile(), OPTIONS);
    } catch (IOException | RuntimeException e) {
      throw new InputProblem(0, 0, "not a readable .xlsx workbook (truncated or damaged)", e);
    }
  }

  private static List<Sheet> sheets(ReadableWorkbook workbook) throws InputProblem {
    try {
      return workbook.getSheets().toList();
    } catch (RuntimeException e) {
      throw new InputProblem(0, 0, "not a readable .xlsx workbook (its sheet list is damaged)", e);
    }
  }

  private static void readSheet(Sheet sheet, boolean date1904, DocumentHandler handler) throws InputProblem {
    SheetRows rows = new SheetRows(handler);
    long sheetRow = 0;
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> iterator = stream.iterator();
      while (true) {
        Row row;
        List<String> cells;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          row = iterator.next();
          sheetRow = row.getRowNum();
          cells = new ArrayList<>(row.getCellCount());
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i), date1904));
          }
        } catch (RuntimeException e) {
          throw new InputProblem(sheetRow + 1, 0, "the sheet is damaged and cannot be read from here", e);
        }
        rows.accept(sheetRow, cells);
      }
    } catch (IOException e) {
      throw new InputProblem(sheetRow + 1, 0, "the sheet is damaged and cannot be read from here", e);
    }
    rows.finish();
  }

  static String text(Cell cell, boolean date1904) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case NUMBER: {
        BigDecimal value = cell.asNumber();
        Integer formatId = cell.getDataFormatId();
        if (formatId != null && CellText.isDateFormat(formatId, cell.getDataFormatString())) {
          return CellText.date(value.doubleValue(), date1904);
        }
        return CellText.number(value);
      }
      case STRING:
        return cell.asString();
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      case FORMULA:
        return CellText.formulaResult(cell.getRawValue());
      case ERROR:
        return cell.getRawValue() == null ? "" : cell.getRawValue();
      default:
        return "";
    }
  }

  /** Declared part sizes and ratios within the limits; a truncated file fails here with a clear message. */
  private static void checkParts(Path file, ReadLimits limits) throws InputProblem {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      if (!isWorkbook(zip)) {
        throw new InputProblem(0, 0, "not an .xlsx workbook (no xl/workbook.xml)");
      }
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        if (entry.getName().equals("xl/sharedStrings.xml") && size > limits.maxSharedStringsBytes()) {
          throw new InputProblem(0, 0, "the workbook's shared strings table expands to more than "
              + limits.maxSharedStringsBytes() + " bytes, too much to hold in memory (save the sheet as CSV)");
        }
        if (size > limits.maxXlsxPartBytes()) {
          throw new InputProblem(0, 0, "a part of the workbook expands to more than " + limits.maxXlsxPartBytes()
              + " bytes");
        }
        if (size > limits.ratioGraceBytes() && size / compressed > limits.maxCompressionRatio()) {
          throw new InputProblem(0, 0, "a part of the workbook expands more than " + limits.maxCompressionRatio()
              + " times its compressed size (a zip bomb?)");
        }
      }
    } catch (IOException e) {
      throw new InputProblem(0, 0, "not a readable .xlsx workbook (truncated or damaged)", e);
    }
  }
}
