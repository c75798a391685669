package org.tracemark.pii;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracemark.pii.internal.Chars;
import org.tracemark.pii.internal.HanNames;
import org.tracemark.pii.recognizer.Recognizer;

/**
 * Assigns each column a type from its header words and from what a sample of its cells holds.
 *
 * <p>Rules, in order: (1) a header naming a type (联系电话 → MOBILE, 业主姓名 → NAME; Chinese headers are head-final,
 * so the matching word ending last wins) types the column if at least {@link #HEADER_MIN_RATE} of the non-empty
 * sample cells are valid values of that type; (2) otherwise a type found in at least {@link #CONTENT_MIN_RATE} of the
 * cells types it; (3) a headerless column of bare names is NAME when most cells start with a known surname, the
 * values are diverse (a repeated community name is not a list of people) and HanLP tags most distinct values as
 * person names. Thread-safe.
 */
final class ColumnProfiler {
  static final double HEADER_MIN_RATE = 0.3;
  static final double CONTENT_MIN_RATE = 0.6;
  static final double NAME_MIN_RATE = 0.8;
  static final double NAME_MIN_DISTINCT = 0.4;
  static final double NAME_MIN_HANLP = 0.5;
  private static final int HANLP_SAMPLE = 200;

  private final Analyzer analyzer;

  ColumnProfiler(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  TableProfile profile(List<String> header, List<List<String>> sample) {
    int width = header.size();
    for (List<String> row : sample) {
      width = Math.max(width, row.size());
    }
    List<ColumnProfile> columns = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      String title = c < header.size() && header.get(c) != null ? header.get(c).trim() : "";
      List<String> cells = new ArrayList<>();
      for (List<String> row : sample) {
        if (c < row.size() && row.get(c) != null && !row.get(c).isBlank()) {
          cells.add(row.get(c).trim());
        }
      }
      columns.add(column(c, title, cells));
    }
    return new TableProfile(columns);
  }

  private ColumnProfile column(int index, String title, List<String> cells) {
    List<PiiType> named = headerTypes(title);
    if (cells.isEmpty()) {
      return named.isEmpty() ? new ColumnProfile(index, title, Optional.empty(), 0, 0)
          : new ColumnProfile(index, title, Optional.of(named.get(0)), 0.5, 0);
    }
    PiiType best = null;
    long bestHits = 0;
    for (PiiType t : named) {
      long hits = validHits(t, cells);
      if (hits > bestHits) {
        best = t;
        bestHits = hits;
      }
    }
    if (best != null && bestHits >= HEADER_MIN_RATE * cells.size()) {
      return new ColumnProfile(index, title, Optional.of(best), 0.7 + 0.3 * bestHits / cells.size(), bestHits);
    }
    Map<PiiType, Long> content = new EnumMap<>(PiiType.class);
    long anyHits = 0;
    for (String cell : cells) {
      Set<PiiType> seen = new HashSet<>();
      for (Finding f : analyzer.analyze(cell, false)) {
        seen.add(f.type());
      }
      anyHits += seen.isEmpty() ? 0 : 1;
      for (PiiType t : seen) {
        content.merge(t, 1L, Long::sum);
      }
    }
    for (Map.Entry<PiiType, Long> e : content.entrySet()) {
      if (e.getValue() >= CONTENT_MIN_RATE * cells.size() && (best == null || e.getValue() > bestHits)) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    if (best != null && bestHits >= CONTENT_MIN_RATE * cells.size()) {
      return new ColumnProfile(index, title, Optional.of(best), 0.9 * bestHits / cells.size(), bestHits);
    }
    long names = nameColumnHits(cells);
    if (names > 0) {
      return new ColumnProfile(index, title, Optional.of(PiiType.NAME), 0.8 * names / cells.size(), names);
    }
    return new ColumnProfile(index, title, Optional.empty(), 0, anyHits);
  }

  /** Types whose header words occur in the header, best first (the word ending last, then the longest). */
  List<PiiType> headerTypes(String title) {
    String h = title.toLowerCase(Locale.ROOT).replace(" ", "").replace("\u3000", "");
    if (h.isEmpty()) {
      return List.of();
    }
    List<PiiType> types = new ArrayList<>();
    List<long[]> ranks = new ArrayList<>();
    for (Recognizer r : analyzer.registry().all()) {
      long rank = -1;
      for (String word : r.headerWords()) {
        int at = h.lastIndexOf(word.toLowerCase(Locale.ROOT));
        if (at >= 0) {
          rank = Math.max(rank, (long) (at + word.length()) * 100 + word.length());
        }
      }
      if (rank >= 0) {
        types.add(r.type());
        ranks.add(new long[] {rank});
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Long.compare(ranks.get(b)[0], ranks.get(a)[0]));
    List<PiiType> sorted = new ArrayList<>();
    long top = order.isEmpty() ? 0 : ranks.get(order.get(0))[0];
    for (int i : order) {
      // Only types tied with the best-placed word compete (电话 names MOBILE and LANDLINE alike).
      if (ranks.get(i)[0] / 100 == top / 100) {
        sorted.add(types.get(i));
      }
    }
    return sorted;
  }

  private long validHits(PiiType type, List<String> cells) {
    Optional<Recognizer> r = analyzer.registry().get(type);
    if (r.isEmpty()) {
      return 0;
    }
    long hits = 0;
    for (String cell : cells) {
      if (r.get().cellValue(cell, 0, cell.length()).isPresent()) {
        hits++;
      }
    }
    return hits;
  }

  /** Cells of a headerless bare-name column, or 0 when the column does not look like one. */
  private long nameColumnHits(List<String> cells) {
    Optional<Recognizer> r = analyzer.registry().get(PiiType.NAME);
    if (r.isEmpty()) {
      return 0;
    }
    Set<String> distinct = new HashSet<>();
    long hits = 0;
    for (String cell : cells) {
      Optional<Finding> f = r.get().cellValue(cell, 0, cell.length());
      if (f.isPresent() && f.get().confidence() >= 0.8 && cell.length() <= 4) {
        hits++;
        distinct.add(cell);
      }
    }
    if (hits < NAME_MIN_RATE * cells.size() || distinct.size() < NAME_MIN_DISTINCT * hits) {
      return 0;
    }
    HanNames hanlp = analyzer.registry().hanlp();
    int checked = 0;
    int persons = 0;
    for (String value : distinct) {
      if (checked++ == HANLP_SAMPLE) {
        break;
      }
      List<HanNames.Word> words = hanlp.words(value);
      if (words.size() == 1 && words.get(0).person() || isPersonWithSurname(words, value)) {
        persons++;
      }
    }
    return persons >= NAME_MIN_HANLP * Math.min(checked, HANLP_SAMPLE) ? hits : 0;
  }

  private static boolean isPersonWithSurname(List<HanNames.Word> words, String value) {
    return !words.isEmpty() && words.get(0).person() && words.get(0).start() == 0
        && Chars.isHan(value.charAt(0));
  }
}
