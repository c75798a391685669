package org.tracemark.assess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracemark.law.Circumstances;
import org.tracemark.law.RecordClass;
import org.tracemark.law.SeverityAssessment;

/**
 * Counts outcomes across every input of one assessment: totals, unique records per class after deduplication,
 * exclusions by reason, and capped lists of exclusions and masked samples for reports.
 *
 * <p>Memory is bounded by the number of unique records (about 32 bytes each in a {@link LongPairSet}) plus the caps;
 * nothing else grows with the input. Not thread-safe.
 */
public final class AssessmentTally implements OutcomeSink {
  /** How many exclusions are listed individually; the rest are only counted. */
  public static final int EXCLUSIONS_LISTED = 1000;
  /** How many masked sample records are kept. */
  public static final int SAMPLES_KEPT = 20;

  /** One excluded record, as a report lists it. */
  public record ListedExclusion(String path, long row, ExclusionReason reason, String maskedValue) {}

  /** One counted record, masked. */
  public record Sample(String path, long row, RecordClass recordClass, MaskedSample fields) {}

  private final LongPairSet seen;
  private final Map<RecordClass, Long> uniqueByClass = new EnumMap<>(RecordClass.class);
  private final Map<ExclusionReason, Long> invalidByReason = new EnumMap<>(ExclusionReason.class);
  private final List<ListedExclusion> exclusions = new ArrayList<>();
  private final List<Sample> samples = new ArrayList<>();
  private long total;
  private long invalid;
  private long duplicates;

  public AssessmentTally() {
    this(1 << 16);
  }

  /** @param expectedUnique a sizing hint for the key set; it grows as needed */
  public AssessmentTally(int expectedUnique) {
    seen = new LongPairSet(expectedUnique);
  }

  /**
   * A tally whose figures were counted elsewhere — a distributed job that deduplicated the same 128-bit keys across
   * partitions — so that the verdict and every report are computed by the same code as for a local tally. The
   * figures must be consistent: {@code unique = total − invalid − duplicates} equals the sum of
   * {@code uniqueByClass}, and {@code invalid} the sum of {@code invalidByReason}.
   *
   * @param exclusions the first exclusions in input order; at most {@link #EXCLUSIONS_LISTED} are kept
   * @param samples the first counted records' masked samples in input order; at most {@link #SAMPLES_KEPT} are kept
   * @throws IllegalArgumentException if the figures do not add up
   */
  public static AssessmentTally counted(long total, long invalid, long duplicates,
      Map<RecordClass, Long> uniqueByClass, Map<ExclusionReason, Long> invalidByReason,
      List<ListedExclusion> exclusions, List<Sample> samples) {
    long unique = uniqueByClass.values().stream().mapToLong(Long::longValue).sum();
    long invalidSum = invalidByReason.values().stream().mapToLong(Long::longValue).sum();
    if (total < 0 || invalid < 0 || duplicates < 0 || unique != total - invalid - duplicates || invalidSum != invalid) {
      throw new IllegalArgumentException("inconsistent tally: total " + total + ", invalid " + invalid
          + " (by reason " + invalidSum + "), duplicates " + duplicates + ", unique by class " + unique);
    }
    AssessmentTally t = new AssessmentTally(16);
    t.total = total;
    t.invalid = invalid;
    t.duplicates = duplicates;
    uniqueByClass.forEach((c, n) -> {
      if (n > 0) {
        t.uniqueByClass.put(c, n);
      }
    });
    invalidByReason.forEach((r, n) -> {
      if (n > 0) {
        t.invalidByReason.put(r, n);
      }
    });
    t.exclusions.addAll(exclusions.subList(0, Math.min(exclusions.size(), EXCLUSIONS_LISTED)));
    t.samples.addAll(samples.subList(0, Math.min(samples.size(), SAMPLES_KEPT)));
    return t;
  }

  /** Adds one record's outcome from the document shown as {@code path}. */
  @Override
  public void add(String path, Outcome outcome) {
    Objects.requireNonNull(path, "path");
    total++;
    if (outcome instanceof Outcome.Excluded e) {
      invalid++;
      invalidByReason.merge(e.reason(), 1L, Long::sum);
      if (exclusions.size() < EXCLUSIONS_LISTED) {
        exclusions.add(new ListedExclusion(path, e.row(), e.reason(), e.maskedValue()));
      }
    } else if (outcome instanceof Outcome.Counted c) {
      if (seen.add(c.keyHigh(), c.keyLow())) {
        uniqueByClass.merge(c.recordClass(), 1L, Long::sum);
        if (samples.size() < SAMPLES_KEPT && c.sample().isPresent()) {
          samples.add(new Sample(path, c.row(), c.recordClass(), c.sample().get()));
        }
      } else {
        duplicates++;
      }
    }
  }

  /** Every record recognised, counted or not. */
  public long total() {
    return total;
  }

  public long unique() {
    return total - invalid - duplicates;
  }

  public long invalid() {
    return invalid;
  }

  public long duplicates() {
    return duplicates;
  }

  public Map<RecordClass, Long> uniqueByClass() {
    return Collections.unmodifiableMap(uniqueByClass);
  }

  public Map<ExclusionReason, Long> invalidByReason() {
    return Collections.unmodifiableMap(invalidByReason);
  }

  /** The first {@link #EXCLUSIONS_LISTED} exclusions, in input order. */
  public List<ListedExclusion> exclusions() {
    return Collections.unmodifiableList(exclusions);
  }

  public List<Sample> samples() {
    return Collections.unmodifiableList(samples);
  }

  /** The verdicts under every reading for the unique records counted so far. */
  public SeverityAssessment severity(Circumstances facts) {
    return SeverityAssessment.evaluate(uniqueByClass, facts);
  }
}
