package org.tracemark.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese surnames, single-character and compound, with their approximate share of the population.
 *
 * <p>The name recognizer asks whether a text starts with a surname; the synthetic data generator draws surnames by
 * their frequency. Immutable after loading; thread-safe.
 */
public final class ChineseSurnames implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "surnames.tsv";

  private final Map<String, Double> percentBySurname;
  private final List<String> byFrequency;

  private ChineseSurnames(Map<String, Double> percentBySurname) {
    this.percentBySurname = Map.copyOf(percentBySurname);
    this.byFrequency = List.copyOf(percentBySurname.keySet());
  }

  /** Loads the table bundled with Tracemark. */
  public static ChineseSurnames bundled() {
    try (InputStream in = ChineseSurnames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Double> table = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        table.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
      return new ChineseSurnames(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean contains(String surname) {
    return percentBySurname.containsKey(surname);
  }

  /**
   * The length in chars of the surname that {@code text} starts with at {@code offset}, preferring a compound
   * surname (欧阳) over its first character; 0 when none.
   */
  public int surnameLengthAt(CharSequence text, int offset) {
    if (offset + 2 <= text.length() && percentBySurname.containsKey(text.subSequence(offset, offset + 2).toString())) {
      return 2;
    }
    if (offset < text.length() && percentBySurname.containsKey(String.valueOf(text.charAt(offset)))) {
      return 1;
    }
    return 0;
  }

  /** Surnames from most to least common. */
  public List<String> byFrequency() {
    return byFrequency;
  }

  /** Population share in percent, or 0 for an unknown surname. */
  public double percent(String surname) {
    return percentBySurname.getOrDefault(surname, 0.0);
  }

  /** Cumulative weights in {@link #byFrequency()} order, for drawing surnames by frequency. */
  public double[] cumulativeWeights() {
    List<Double> weights = new ArrayList<>(byFrequency.size());
    for (String s : byFrequency) {
      weights.add(percentBySurname.get(s));
    }
    double[] cumulative = new double[weights.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
    return cumulative;
  }
}
