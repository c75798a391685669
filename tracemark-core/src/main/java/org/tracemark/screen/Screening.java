package org.tracemark.screen;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The screener's answer for one message.
 *
 * @param messageClass the class the bot should act on
 * @param matchedCues the phrases that matched, for every class, so an admin sees why; counter-cues (words that
 *     speak against spam, such as 违法) are named once with a leading {@code -}
 * @param scores the score of every class that had at least one cue
 */
public record Screening(MessageClass messageClass, List<String> matchedCues, Map<MessageClass, Double> scores) {
  public Screening {
    Objects.requireNonNull(messageClass, "messageClass");
    matchedCues = List.copyOf(matchedCues);
    scores = Map.copyOf(scores);
  }
}
