package org.tracemark.store.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;

/**
 * Reads leaked lists through the io module's {@link DocumentReader} — CSV/TSV/JSONL in any encoding, xlsx, xls,
 * zip archives, and plain text such as a list pasted into a chat — into {@link LeakRow}s.
 *
 * <p>Columns are found by the PII engine's column profiling (values decide: a headerless dump's mobile column is
 * found by its numbers), with the vault's header words for location and property columns. Text lines become rows
 * when the engine finds a mobile or a resident ID in them; the whole line is kept so mark readers can find address,
 * area and date forms inside it. A document that cannot be read stops the trace with its one-line problem.
 */
public final class LeakReader {
  private static final int PROFILE_ROWS = 1_000;

  /** What one column of one document was taken to be, for the report. */
  public record Column(String document, int index, String header, LeakRole role) {}

  /** The rows of all files, and the columns found. */
  public record Leak(List<LeakRow> rows, List<Column> columns, List<String> documents) {}

  private final PiiEngine engine;
  private final ReadLimits limits;

  public LeakReader(PiiEngine engine, ReadLimits limits) {
    this.engine = engine;
    this.limits = limits;
  }

  public Leak read(List<Path> files) throws IOException, BadInputException {
    return read((reader, handler) -> {
      for (Path file : files) {
        reader.read(file, handler);
      }
    });
  }

  /** Feeds documents to a handler through a reader: local files, or streams from another file system. */
  @FunctionalInterface
  public interface Feed {
    void into(DocumentReader reader, DocumentHandler handler) throws IOException;
  }

  /**
   * Reads whatever {@code feed} feeds — e.g. one file of many, streamed from a Hadoop file system by a Spark task —
   * into rows numbered from 0 and columns, exactly as {@link #read(List)} reads local files.
   */
  public Leak read(Feed feed) throws IOException, BadInputException {
    Handler handler = new Handler();
    try {
      feed.into(new DocumentReader(limits), handler);
    } catch (Carrier c) {
      throw c.problem;
    }
    return new Leak(handler.rows, handler.columns, handler.documents);
  }

  private final class Handler implements DocumentHandler {
    final List<LeakRow> rows = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final List<String> documents = new ArrayList<>();
    private DocumentInfo info;
    private List<String> header = List.of();
    private List<long[]> bufferedNumbers = new ArrayList<>();
    private List<List<String>> buffered = new ArrayList<>();
    private LeakRole[] roles;

    @Override
    public void startDocument(DocumentInfo info) {
      this.info = info;
      this.header = List.of();
      this.buffered = new ArrayList<>();
      this.bufferedNumbers = new ArrayList<>();
      this.roles = null;
      documents.add(info.displayPath());
    }

    @Override
    public void header(List<String> header) {
      this.header = header;
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
      if (roles == null) {
        buffered.add(cells);
        bufferedNumbers.add(new long[] {rowNumber});
        if (buffered.size() >= PROFILE_ROWS) {
          flush();
        }
        return;
      }
      add(rowNumber, cells);
    }

    private void flush() {
      roles = roles(header, buffered);
      for (int i = 0; i < roles.length; i++) {
        if (roles[i] != null) {
          columns.add(new Column(info.displayPath(), i, i < header.size() ? header.get(i) : "", roles[i]));
        }
      }
      for (int i = 0; i < buffered.size(); i++) {
        add(bufferedNumbers.get(i)[0], buffered.get(i));
      }
      buffered = new ArrayList<>();
      bufferedNumbers = new ArrayList<>();
    }

    private void add(long rowNumber, List<String> cells) {
      Map<LeakRole, String> byRole = new EnumMap<>(LeakRole.class);
      for (int i = 0; i < cells.size() && i < roles.length; i++) {
        if (roles[i] != null && !cells.get(i).isBlank()) {
          byRole.putIfAbsent(roles[i], cells.get(i));
        }
      }
      String where = info.displayPath() + " 第" + rowNumber + "行";
      rows.add(new LeakRow(rows.size(), where, byRole,
          Optional.ofNullable(byRole.get(LeakRole.MOBILE)).flatMap(LeakReader::mobile),
          Optional.ofNullable(byRole.get(LeakRole.ID_NUMBER)).flatMap(LeakReader::idNumber),
          Optional.ofNullable(byRole.get(LeakRole.NAME)).map(String::strip).filter(s -> !s.isEmpty())));
    }

    @Override
    public void line(long lineNumber, String line) {
      List<Finding> findings = engine.analyzeText(line);
      Optional<String> mobile = first(findings, PiiType.MOBILE);
      Optional<String> id = first(findings, PiiType.ID_CARD);
      if (mobile.isEmpty() && id.isEmpty()) {
        return;
      }
      rows.add(new LeakRow(rows.size(), info.displayPath() + " 第" + lineNumber + "行",
          Map.of(LeakRole.LINE, line), mobile, id, first(findings, PiiType.NAME)));
    }

    @Override
    public void endDocument(DocumentInfo info) {
      if (info.table() && roles == null) {
        flush();
      }
    }

    @Override
    public void failed(String displayPath, BadInputException problem) {
      throw new Carrier(problem);
    }
  }

  private static Optional<String> first(List<Finding> findings, PiiType type) {
    return findings.stream().filter(f -> f.type() == type).map(Finding::value).findFirst();
  }

  /** Header words first; the profile names the personal columns header words missed or mislabelled. */
  private LeakRole[] roles(List<String> header, List<List<String>> sample) {
    int width = header.size();
    for (List<String> r : sample) {
      width = Math.max(width, r.size());
    }
    LeakRole[] roles = new LeakRole[width];
    for (int i = 0; i < header.size(); i++) {
      roles[i] = LeakRole.byHeader(header.get(i)).orElse(null);
    }
    List<String> paddedHeader = new ArrayList<>(header);
    while (paddedHeader.size() < width) {
      paddedHeader.add("");
    }
    TableProfile profile = engine.profileTable(paddedHeader, sample);
    for (ColumnProfile column : profile.columns()) {
      if (column.type().isEmpty() || column.index() >= width) {
        continue;
      }
      LeakRole role = switch (column.type().get()) {
        case MOBILE -> LeakRole.MOBILE;
        case ID_CARD -> LeakRole.ID_NUMBER;
        case NAME -> LeakRole.NAME;
        case ADDRESS -> LeakRole.ADDRESS;
        default -> null;
      };
      if (role != null && (roles[column.index()] == null || roles[column.index()] == LeakRole.ADDRESS)) {
        boolean taken = false;
        for (LeakRole r : roles) {
          taken |= r == role;
        }
        if (!taken) {
          roles[column.index()] = role;
        }
      }
    }
    return roles;
  }

  /** 11 digits from a cell in any common writing (spaces, dashes, +86); empty if it is not a mainland mobile. */
  static Optional<String> mobile(String cell) {
    StringBuilder d = new StringBuilder(16);
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    String s = d.length() == 13 && d.indexOf("86") == 0 ? d.substring(2) : d.toString();
    return s.length() == 11 && s.charAt(0) == '1' ? Optional.of(s) : Optional.empty();
  }

  static Optional<String> idNumber(String cell) {
    String s = cell.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    return s.length() == 18 ? Optional.of(s) : Optional.empty();
  }

  private static final class Carrier extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient BadInputException problem;

    Carrier(BadInputException problem) {
      super(problem.getMessage(), null, false, false);
      this.problem = problem;
    }
  }
}
