package org.tracemark.spark.input;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tracemark.io.read.DocumentFormat;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;

/**
 * The start of a table document that is read in parts, taken once on the driver: what it is, its header and its
 * first {@link #SAMPLE_ROWS} data rows — what the CLI profiles the columns from — and the profile made from them, so
 * every part is analysed with the same column types as the whole file would be. Holds personal data (the sample); it
 * travels only inside the job.
 *
 * @param width the widest of the header and the sample rows (what assess's column types cover)
 */
public record Head(String displayPath, DocumentFormat format, String encoding, List<String> header,
    List<List<String>> sample, List<Column> columns, int width) implements Serializable {
  /** Rows a profile is made from, as in the CLI. */
  public static final int SAMPLE_ROWS = 1000;

  /** A {@link ColumnProfile} in serialisable form. */
  public record Column(int index, String header, int type, double confidence, long hits) implements Serializable {}

  public static Head of(String displayPath, DocumentFormat format, String encoding, List<String> header,
      List<List<String>> sample, PiiEngine engine) {
    TableProfile profile = engine.profileTable(header, sample);
    List<Column> columns = new ArrayList<>();
    for (ColumnProfile c : profile.columns()) {
      columns.add(new Column(c.index(), c.header(), c.type().map(Enum::ordinal).orElse(-1), c.confidence(), c.hits()));
    }
    int width = header.size();
    for (List<String> row : sample) {
      width = Math.max(width, row.size());
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : sample) {
      rows.add(new ArrayList<>(r));
    }
    return new Head(displayPath, format, encoding, new ArrayList<>(header), rows, columns, width);
  }

  /** The profile, as {@link PiiEngine#profileTable} made it. */
  public TableProfile profile() {
    List<ColumnProfile> out = new ArrayList<>();
    PiiType[] types = PiiType.values();
    for (Column c : columns) {
      out.add(new ColumnProfile(c.index(), c.header(),
          c.type() < 0 ? java.util.Optional.empty() : java.util.Optional.of(types[c.type()]), c.confidence(),
          c.hits()));
    }
    return new TableProfile(out);
  }

  @Override
  public String toString() {
    return "Head[" + displayPath + ", " + sample.size() + " sample rows]";
  }
}
