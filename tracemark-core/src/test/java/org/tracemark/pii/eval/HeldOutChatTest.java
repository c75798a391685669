package org.tracemark.pii.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tracemark.pii.Engines;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * Hand-written chat lines the rules were not written against: the honest check on the generated corpus's figures.
 * Prints the tables docs/benchmarks.md quotes, then every miss.
 *
 * <ul>
 *   <li>v1 (heldout-chat.tsv, 40 lines): asserts only the checksum-backed types, too few lines to pin NAME and
 *       ADDRESS rates.</li>
 *   <li>v2 (heldout-chat-v2.tsv, 329 lines): written before the ADDRESS and NAME rules were read, then used to
 *       improve them — so it is now a tuning set, not a held-out one. Asserted at issue 3's free-text target.</li>
 *   <li>v3 (heldout-chat-v3.tsv, 79 lines): written after that tuning without running it first; its first run is
 *       the untouched figure (docs/benchmarks.md). A few general fixes followed, so it is no longer untouched
 *       either; printed only.</li>
 * </ul>
 */
class HeldOutChatTest {
  private static final Pattern ID = Pattern.compile("\\{ID:(\\d{17})}");
  private static final Pattern CARD = Pattern.compile("\\{CARD:(\\d+)}");

  @Test
  void heldOut_checksumTypes_areExact() throws IOException {
    Score score = evaluate("heldout-chat.tsv", "held-out chat v1");
    for (PiiType t : List.of(PiiType.MOBILE, PiiType.ID_CARD, PiiType.BANK_CARD, PiiType.EMAIL)) {
      assertThat(score.precision(t)).as("precision " + t).isEqualTo(1.0);
      assertThat(score.recall(t)).as("recall " + t).isEqualTo(1.0);
    }
  }

  /** Issue 3's free-text target, 0.90 precision and recall for NAME and ADDRESS, on the 329 lines of v2. */
  @Test
  void heldOutV2_nameAndAddress_meetTheFreeTextTarget() throws IOException {
    Score score = evaluate("heldout-chat-v2.tsv", "held-out chat v2");
    for (PiiType t : List.of(PiiType.NAME, PiiType.ADDRESS)) {
      assertThat(score.precision(t)).as("precision " + t).isGreaterThanOrEqualTo(0.90);
      assertThat(score.recall(t)).as("recall " + t).isGreaterThanOrEqualTo(0.90);
    }
  }

  /** Printed, not asserted: v3 stays a measurement, not a target to tune to. */
  @Test
  void heldOutV3_nameAndAddress_printed() throws IOException {
    Score score = evaluate("heldout-chat-v3.tsv", "held-out chat v3");
    assertThat(score.planted(PiiType.NAME)).isGreaterThanOrEqualTo(30);
    assertThat(score.planted(PiiType.ADDRESS)).isGreaterThanOrEqualTo(30);
  }

  /** Scores every line of one file, prints the table and the misses, and returns the score. */
  static Score evaluate(String resource, String title) throws IOException {
    Score score = new Score();
    List<String> misses = new ArrayList<>();
    List<String> lines = lines(resource);
    for (String raw : lines) {
      String[] parts = expand(raw).split("\t", -1);
      String text = parts[0];
      List<String[]> expected = new ArrayList<>();
      if (parts.length > 1 && !parts[1].isBlank()) {
        for (String e : parts[1].split(" \\| ")) {
          expected.add(e.split("=", 2));
        }
      }
      for (Finding f : Engines.shared().analyzeText(text)) {
        String[] hit = null;
        for (String[] e : expected) {
          if (e[0].equals(f.type().name()) && matches(f, e[1], text)) {
            hit = e;
            break;
          }
        }
        if (hit != null) {
          expected.remove(hit);
          score.tp(f.type());
        } else {
          score.fp(f.type());
          misses.add("FP " + f.type() + " [" + text.substring(f.start(), f.end()) + "] in: " + text);
        }
      }
      for (String[] e : expected) {
        score.fn(PiiType.valueOf(e[0]));
        misses.add("FN " + e[0] + " [" + e[1] + "] in: " + text);
      }
    }
    System.out.println(score.markdown(title + " (" + lines.size() + " lines)"));
    misses.forEach(System.out::println);
    return score;
  }

  /** Canonical value for checksum types; NAME and ADDRESS by overlap with the expected text in the line. */
  private static boolean matches(Finding f, String expected, String text) {
    if (f.type() == PiiType.NAME || f.type() == PiiType.ADDRESS) {
      int at = text.indexOf(expected);
      if (at < 0) {
        return false;
      }
      int overlap = Math.min(at + expected.length(), f.end()) - Math.max(at, f.start());
      return overlap * 2 >= expected.length() && overlap * 2 >= f.end() - f.start();
    }
    return f.value().equals(expected);
  }

  private static String expand(String line) {
    Matcher id = ID.matcher(line);
    StringBuilder b = new StringBuilder();
    while (id.find()) {
      id.appendReplacement(b, Engines.id(id.group(1)));
    }
    id.appendTail(b);
    Matcher card = CARD.matcher(b.toString());
    StringBuilder c = new StringBuilder();
    while (card.find()) {
      card.appendReplacement(c, Engines.luhn(card.group(1)));
    }
    card.appendTail(c);
    return c.toString();
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = HeldOutChatTest.class.getResourceAsStream(resource)) {
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    }
  }
}
