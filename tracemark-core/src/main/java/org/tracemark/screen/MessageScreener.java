package org.tracemark.screen;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies a message posted in an owners' group: personal-data trade, fake crowdfunding, diet ads, QR invitations,
 * other ads, or nothing to act on.
 *
 * <p>Each class scores the weights of its matching cues; a class with at least {@link #THRESHOLD} is a candidate, and
 * the most specific candidate wins in the order of {@link MessageClass} (a diet ad with a QR code is a diet ad).
 * A rule list rather than a trained model because the labelled data a group admin has is tiny and the cues must be
 * explainable; the matched phrases are returned for that reason. Immutable and thread-safe.
 */
public final class MessageScreener implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The score a class needs: one strong cue, or two weak ones. */
  public static final double THRESHOLD = 1.0;

  private final CueLexicon lexicon;

  public MessageScreener(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static MessageScreener standard() {
    return new MessageScreener(CueLexicon.standard());
  }

  public Screening screen(String message) {
    String normalised = MessageNormaliser.normalise(message);
    String numbersFolded = MessageNormaliser.foldNumbers(normalised);
    Map<MessageClass, Double> scores = new EnumMap<>(MessageClass.class);
    java.util.Set<String> matched = new java.util.LinkedHashSet<>();
    for (Cue cue : lexicon.cues()) {
      String words = cue.match(normalised, numbersFolded);
      if (words != null) {
        scores.merge(cue.messageClass(), cue.weight(), Double::sum);
        // A counter-cue subtracts from several classes; name it once, marked, so an admin reads it as "against".
        matched.add(cue.weight() < 0 ? "-" + words : words);
      }
    }
    MessageClass verdict = MessageClass.OK;
    for (MessageClass candidate : MessageClass.values()) {
      if (scores.getOrDefault(candidate, 0.0) >= THRESHOLD) {
        verdict = candidate;
        break;
      }
    }
    return new Screening(verdict, List.copyOf(matched), scores);
  }
}
