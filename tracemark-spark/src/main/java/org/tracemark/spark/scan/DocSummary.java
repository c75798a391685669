package org.tracemark.spark.scan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracemark.io.read.DocumentFormat;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;
import org.tracemark.report.scan.DocumentScan;
import org.tracemark.spark.input.Head;

/**
 * A {@link DocumentScan} in serialisable form, as an executor sends it to the driver. Its examples hold canonical
 * values (the report masks them), like the CLI's summaries; {@code toString()} shows none.
 */
record DocSummary(String path, DocumentFormat format, String encoding, boolean table, boolean opened, long rows,
    long[] counts, List<Head.Column> columns, long[] hits, List<Example> examples, String error)
    implements Serializable {

  /** An example finding. */
  record Example(int type, String value, long line, int column) implements Serializable {
    @Override
    public String toString() {
      return "Example[" + type + " " + line + ":" + column + "]";
    }
  }

  static DocSummary of(DocumentScan d) {
    long[] counts = new long[PiiType.values().length];
    d.counts().forEach((t, n) -> counts[t.ordinal()] = n);
    List<Head.Column> columns = null;
    long[] hits = new long[0];
    if (d.profile() != null) {
      columns = new ArrayList<>();
      hits = new long[d.profile().columns().size()];
      int i = 0;
      for (ColumnProfile c : d.profile().columns()) {
        columns.add(new Head.Column(c.index(), c.header(), c.type().map(Enum::ordinal).orElse(-1), c.confidence(),
            c.hits()));
        hits[i++] = d.hits(c);
      }
    }
    List<Example> examples = new ArrayList<>();
    for (DocumentScan.Example e : d.examples()) {
      examples.add(new Example(e.type().ordinal(), e.value(), e.line(), e.column()));
    }
    Optional<DocumentInfo> info = d.info();
    return new DocSummary(d.path(), info.map(DocumentInfo::format).orElse(null),
        info.flatMap(DocumentInfo::encoding).orElse(null), info.map(DocumentInfo::table).orElse(false),
        info.isPresent(), d.rows(), counts, columns, hits, examples, d.error());
  }

  /** The document's info as the reader announced it; empty when it could not be opened. */
  Optional<DocumentInfo> info() {
    return opened ? Optional.of(new DocumentInfo(path, java.nio.file.Path.of(path), format,
        Optional.ofNullable(encoding), table)) : Optional.empty();
  }

  TableProfile profile() {
    if (columns == null) {
      return null;
    }
    List<ColumnProfile> out = new ArrayList<>();
    for (Head.Column c : columns) {
      out.add(new ColumnProfile(c.index(), c.header(),
          c.type() < 0 ? Optional.empty() : Optional.of(PiiType.values()[c.type()]), c.confidence(), c.hits()));
    }
    return new TableProfile(out);
  }

  /** Adds this summary's rows, counts, hits and (line-shifted) examples to {@code into}. */
  void addTo(DocumentScan into, long lineOffset) {
    into.addRows(rows);
    PiiType[] types = PiiType.values();
    for (int i = 0; i < counts.length; i++) {
      into.addCount(types[i], counts[i]);
    }
    if (columns != null) {
      for (int i = 0; i < columns.size(); i++) {
        into.addColumnHits(columns.get(i).index(), hits[i]);
      }
    }
    for (Example e : examples) {
      into.addExample(new DocumentScan.Example(types[e.type()], e.value(), e.line() + lineOffset, e.column()));
    }
  }

  /** The summary as a document scan of its own (a whole document). */
  DocumentScan toScan() {
    DocumentScan d = new DocumentScan(path, info());
    d.profile(profile());
    addTo(d, 0);
    d.error(error);
    return d;
  }


  @Override
  public String toString() {
    return "DocSummary[" + path + ", " + rows + " rows]";
  }
}
