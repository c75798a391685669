package org.tracemark.pii.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP (portable) segmentation with Chinese person-name recognition, the statistical half of NAME detection.
 *
 * <p>HanLP's dictionaries load on first use (about a second) and are shared by the whole JVM, so an engine builds
 * one instance and keeps it. The segmenter is configured once and only read afterwards, which HanLP documents as
 * safe for concurrent use. Only free text goes through here: table columns are profiled once and then validated
 * without HanLP.
 */
public final class HanNames {
  private volatile Segment segment;

  /** A segmented word: its span in the text and whether HanLP tagged it a Chinese personal name (nr). */
  public record Word(int start, int end, boolean person) {}

  /** The words of {@code text} in order. */
  public List<Word> words(String text) {
    List<Term> terms = segment().seg(text);
    List<Word> words = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String nature = t.nature == null ? "" : t.nature.toString();
      words.add(new Word(t.offset, t.offset + t.word.length(), nature.equals("nr")));
    }
    return words;
  }

  private Segment segment() {
    Segment s = segment;
    if (s == null) {
      synchronized (this) {
        s = segment;
        if (s == null) {
          s = HanLP.newSegment()
              .enableNameRecognize(true)
              .enableTranslatedNameRecognize(false)
              .enableJapaneseNameRecognize(false)
              .enablePlaceRecognize(false)
              .enableOrganizationRecognize(false)
              .enableOffset(true);
          segment = s;
        }
      }
    }
    return s;
  }
}
