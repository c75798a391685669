package org.tracemark.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * The demo's simulated leak, made the way sellers make them: rows taken from two recipients' copies, merged and
 * re-sorted, two columns dropped, rows of another (synthetic) community mixed in, and the whole converted from CSV to
 * an Excel workbook with the io writers. Deterministic for a seed.
 */
final class DemoLeak {
  /** What was done, for the demo to say. */
  record Made(Path file, int fromFirst, int fromSecond, int foreign, List<String> droppedColumns) {}

  private DemoLeak() {}

  static Made make(Path first, Path second, int perCopy, int foreign, Path out, long seed) throws IOException {
    Random random = new Random(seed);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = null;
    for (Path copy : List.of(first, second)) {
      List<List<String>> table = read(copy);
      header = table.get(0);
      List<List<String>> body = new ArrayList<>(table.subList(1, table.size()));
      Collections.shuffle(body, random);
      rows.addAll(body.subList(0, Math.min(perCopy, body.size())));
    }
    for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec("翠湖天地", 1, foreign, seed + 1),
        ChineseSurnames.bundled(), RegionCodes.bundled())) {
      rows.add(o.cells());
    }
    Collections.shuffle(rows, random);
    List<String> dropped = List.of("身份证号", "建筑面积");
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!dropped.contains(header.get(i))) {
        keep.add(i);
      }
    }
    try (TableWriter w = TableWriter.open(out, TableFormat.XLSX, StandardCharsets.UTF_8)) {
      w.writeRow(pick(header, keep));
      for (List<String> r : rows) {
        w.writeRow(pick(r, keep));
      }
    }
    return new Made(out, perCopy, perCopy, foreign, dropped);
  }

  private static List<String> pick(List<String> row, List<Integer> keep) {
    List<String> out = new ArrayList<>(keep.size());
    for (int i : keep) {
      out.add(i < row.size() ? row.get(i) : "");
    }
    return out;
  }

  private static List<List<String>> read(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    new DocumentReader(ReadLimits.defaults()).read(file, new DocumentHandler() {
      @Override
      public void startDocument(DocumentInfo info) {}

      @Override
      public void header(List<String> header) {
        out.add(header);
      }

      @Override
      public void row(long rowNumber, List<String> cells) {
        out.add(cells);
      }

      @Override
      public void line(long lineNumber, String line) {}

      @Override
      public void endDocument(DocumentInfo info) {}

      @Override
      public void failed(String displayPath, BadInputException problem) {
        throw new IllegalStateException(problem.getMessage());
      }
    });
    return out;
  }
}
