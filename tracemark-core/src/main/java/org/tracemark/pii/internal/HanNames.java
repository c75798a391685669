package org.tracemark.pii.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
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

  /**
   * True when {@code word} is in HanLP's core dictionary and never as a person's name there: 金额, 车位, 周末 are
   * words; 张伟 is not in it, 高峰 is both a word and a name.
   */
  public boolean commonWord(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      if (n.toString().startsWith("nr")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code word} is in the core dictionary as an adjective, verb, adverb, pronoun, conjunction,
   * preposition or particle (高兴, 方便, 于是): a name is never read as one of those followed by more characters.
   */
  public boolean functionOrPredicate(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      String tag = n.toString();
      if (tag.startsWith("nr")) {
        return false;
      }
    }
    for (Nature n : a.nature) {
      char first = n.toString().charAt(0);
      if (first == 'a' || first == 'v' || first == 'd' || first == 'c' || first == 'p' || first == 'u'
          || first == 'r') {
        return true;
      }
    }
    return false;
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
