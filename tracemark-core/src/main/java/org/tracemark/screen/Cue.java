package org.tracemark.screen;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule that counts toward a class: every group must have at least one of its words in the normalised message.
 * One group is a keyword; several groups are a conjunction of concepts (a data subject, a data noun and a trade
 * word make personal-data trade), which generalises to wordings the lexicon never saw better than fixed phrases.
 * A word with {@code #} in it stands for a number, in digits or Chinese numerals ({@code 瘦#斤} matches 瘦10斤 and
 * 瘦了十五斤 is matched by {@code 瘦了#斤}); see {@link MessageNormaliser#foldNumbers}.
 *
 * @param messageClass the class it supports
 * @param weight how much it adds to the class score (negative for words that speak against the class); a class
 *     needs {@link MessageScreener#THRESHOLD}
 * @param groups the concept groups, each a list of alternative words
 */
public record Cue(MessageClass messageClass, double weight, List<List<String>> groups) implements Serializable {
  public Cue {
    Objects.requireNonNull(messageClass, "messageClass");
    if (groups.isEmpty() || groups.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a cue needs at least one non-empty group");
    }
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** A cue of one word. */
  static Cue word(MessageClass messageClass, double weight, String word) {
    return new Cue(messageClass, weight, List.of(List.of(word)));
  }

  /** A cue that needs a word of every group. */
  @SafeVarargs
  static Cue allOf(MessageClass messageClass, double weight, List<String>... groups) {
    return new Cue(messageClass, weight, List.of(groups));
  }

  /**
   * The words that matched, one per group, joined with "+", or null when some group has no word in the message.
   */
  String match(String normalised, String numbersFolded) {
    List<String> matched = new ArrayList<>(groups.size());
    for (List<String> group : groups) {
      String hit = null;
      for (String word : group) {
        if ((word.indexOf('#') >= 0 ? numbersFolded : normalised).contains(word)) {
          hit = word;
          break;
        }
      }
      if (hit == null) {
        return null;
      }
      matched.add(hit);
    }
    return String.join("+", matched);
  }
}
