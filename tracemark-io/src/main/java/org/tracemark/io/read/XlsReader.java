package org.tracemark.io.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads every sheet of an Excel 97–2003 workbook as its own document, through POI HSSF's user model. That model
 * holds the whole workbook in memory, which is acceptable because the format holds at most 65,536 rows a sheet and
 * the file size is capped by {@link ReadLimits#maxXlsBytes()} before opening.
 */
final class XlsReader {
  private XlsReader() {}

  static void read(String base, Path origin, Path file, ReadLimits limits, DocumentHandler handler)
      throws InputProblem, IOException {
    if (Files.size(file) > limits.maxXlsBytes()) {
      throw new InputProblem(0, 0, "an .xls workbook larger than " + limits.maxXlsBytes()
          + " bytes is not read (save it as .xlsx or CSV)");
    }
    POIFSFileSystem fs = openFileSystem(file);
    HSSFWorkbook workbook = open(fs);
    try (fs; workbook) {
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        Sheet sheet = workbook.getSheetAt(s);
        String display = base + "!" + DisplayPaths.clean(sheet.getSheetName());
        DocumentInfo info = new DocumentInfo(display, origin, DocumentFormat.XLS, Optional.empty(), true);
        handler.startDocument(info);
        SheetRows rows = new SheetRows(handler);
        for (Row row : sheet) {
          int width = Math.max(0, row.getLastCellNum());
          List<String> cells = new ArrayList<>(width);
          for (int c = 0; c < width; c++) {
            cells.add(text(row.getCell(c)));
          }
          rows.accept(row.getRowNum() + 1L, cells);
        }
        rows.finish();
        handler.endDocument(info);
      }
    }
  }

  private static POIFSFileSystem openFileSystem(Path file) throws InputProblem {
    try {
      return new POIFSFileSystem(file.toFile(), true);
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private static HSSFWorkbook open(POIFSFileSystem fs) throws InputProblem {
    try {
      return new HSSFWorkbook(fs.getRoot(), true);
    } catch (IOException | RuntimeException e) {
      closeQuietly(fs);
      throw unreadable(e);
    }
  }

  private static InputProblem unreadable(Exception e) {
    return new InputProblem(0, 0, "not a readable .xls workbook (damaged, encrypted, or older than Excel 97)", e);
  }

  private static void closeQuietly(POIFSFileSystem fs) {
    if (fs != null) {
      try {
        fs.close();
      } catch (IOException ignored) {
        // Already failing with a clearer message.
      }
    }
  }

  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return CellText.date(cell.getLocalDateTimeCellValue());
        }
        return CellText.number(cell.getNumericCellValue());
      case STRING:
        return cell.getStringCellValue();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        try {
          return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException unknown) {
          return "#ERROR";
        }
      default:
        return "";
    }
  }
}
