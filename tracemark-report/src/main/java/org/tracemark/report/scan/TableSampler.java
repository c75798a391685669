package org.tracemark.report.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.TableProfile;

/**
 * Holds the first rows of a streamed table until the column profile can be made, then hands every row, buffered
 * ones first, to a consumer together with the profile. Memory: at most {@link #SAMPLE_ROWS} rows. Not thread-safe.
 */
public final class TableSampler {
  /** Rows the profile is made from (the facade's contract: up to the first 1,000). */
  public static final int SAMPLE_ROWS = 1000;

  private final PiiEngine engine;
  private final BiConsumer<Long, List<String>> sink;
  private List<String> header = List.of();
  private final List<List<String>> sample = new ArrayList<>();
  private final List<Long> numbers = new ArrayList<>();
  private TableProfile profile;

  /** @param sink receives (1-based data row number, cells) for every row, in order, once the profile exists */
  public TableSampler(PiiEngine engine, BiConsumer<Long, List<String>> sink) {
    this.engine = engine;
    this.sink = sink;
  }

  public void header(List<String> cells) {
    this.header = List.copyOf(cells);
  }

  public void row(long number, List<String> cells) {
    if (profile != null) {
      sink.accept(number, cells);
      return;
    }
    sample.add(cells);
    numbers.add(number);
    if (sample.size() == SAMPLE_ROWS) {
      flush();
    }
  }

  /** Profiles from what was buffered (also for a short or empty table) and releases the buffered rows. */
  public void finish() {
    if (profile == null) {
      flush();
    }
  }

  /** The profile, made once {@link #SAMPLE_ROWS} rows arrived or at {@link #finish()}. */
  public TableProfile profile() {
    return profile;
  }

  public List<String> headerCells() {
    return header;
  }

  private void flush() {
    profile = engine.profileTable(header, sample);
    for (int i = 0; i < sample.size(); i++) {
      sink.accept(numbers.get(i), sample.get(i));
    }
    sample.clear();
    numbers.clear();
  }
}
