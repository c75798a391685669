package org.tracemark.pii.recognizer;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.Chars;
import org.tracemark.pii.internal.HanNames;

/**
 * Chinese personal names, from three kinds of evidence: a label right before the name (业主王建国, 收件人：李娜), a
 * courtesy title right after a surname (汪先生, 李女士: the whole form is the finding), and, in free text, HanLP's
 * person-name recognition restricted to names that start with a known surname. Every candidate must start with a
 * surname from {@link ChineseSurnames}. In a column profiled as NAME every 2–4-character Chinese cell is a name.
 */
public final class NameRecognizer implements Recognizer {
  static final double LABELLED_SCORE = 0.85;
  static final double TITLE_SCORE = 0.75;
  /** HanLP alone: a three-character name is usually right, a two-character one needs context. */
  static final double HANLP_SCORE_3 = 0.55;
  static final double HANLP_SCORE_2 = 0.4;
  static final double COLUMN_SCORE = 0.85;
  static final double COLUMN_SCORE_UNKNOWN_SURNAME = 0.7;

  /** Labels that introduce a name; also the enhancer's context words. */
  static final List<String> LABELS = List.of("姓名", "业主", "户主", "收件人", "收货人", "联系人", "寄件人", "客户",
      "租户", "房东", "车主", "持卡人", "名字", "购房人", "我叫", "本人", "户名", "开户名", "账户名");
  /** A name written as the first field of a record, right before a phone number (王芳 138…): a leaked-list shape. */
  static final double RECORD_SCORE = 0.7;
  private static final List<String> CONTEXT = List.of("姓名", "业主", "户主", "收件人", "收货人", "联系人", "寄件人",
      "客户", "租户", "房东", "车主", "持卡人", "名字", "购房人", "我叫", "本人", "户名", "电话", "手机");
  private static final List<String> HEADERS = List.of("姓名", "名字", "业主", "业主姓名", "户主", "收件人", "收货人",
      "联系人", "客户姓名", "客户", "租户", "寄件人", "持卡人", "购房人", "买受人", "name");
  private static final List<String> TITLES = List.of("先生", "女士", "小姐", "太太", "老师", "师傅", "阿姨");
  /** Characters that are surnames but, right before a title, are almost always a function word (我和先生). */
  private static final String NOT_SURNAME_BEFORE_TITLE = "和与及跟同的是在有位个给对找问请叫让被把那这各诸老小大";
  /** Words that may follow a name directly; a name candidate must end at one of them or at a non-Chinese char. */
  private static final List<String> FOLLOWERS = List.of("电话", "手机", "身份", "地址", "住", "先生", "女士", "性别",
      "男", "女", "的", "在", "是", "于", "联系", "已", "要", "说", "和", "与", "等", "家", "号", "微信", "证", "收",
      "签", "购", "业主", "电", "手", "请", "来", "去", "让", "也", "都", "就", "还", "又", "被", "把", "对", "给",
      "买", "卖", "回", "到", "打", "发", "有", "卡", "账", "身", "户", "车", "房", "今", "明", "昨");
  /** Two-character words right after a label that are not names although they start with a surname character. */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("资料", "信息", "服务", "大会", "委员",
      "名单", "经理", "专员", "朋友", "自己", "本人", "姓名", "电话", "手机", "地址", "群里", "们", "方面", "代表");

  private static final String PLACE_SUFFIXES = "园苑庭府城居阁湾郡村区县市省路街";

  private final ChineseSurnames surnames;
  private final HanNames hanlp;
  /** Single-character surnames and first characters of compound ones, by char, for the per-cell fast path. */
  private final BitSet single = new BitSet(65536);
  private final BitSet compoundFirst = new BitSet(65536);

  public NameRecognizer(ChineseSurnames surnames, HanNames hanlp) {
    this.surnames = surnames;
    this.hanlp = hanlp;
    for (String s : surnames.byFrequency()) {
      (s.length() == 1 ? single : compoundFirst).set(s.charAt(0));
    }
  }

  /** Same answer as {@link ChineseSurnames#surnameLengthAt}, without allocating in the common case. */
  private int surnameAt(CharSequence s, int at) {
    if (at >= s.length()) {
      return 0;
    }
    char c = s.charAt(at);
    if (compoundFirst.get(c) && surnames.surnameLengthAt(s, at) == 2) {
      return 2;
    }
    return single.get(c) ? 1 : 0;
  }

  @Override
  public PiiType type() {
    return PiiType.NAME;
  }

  @Override
  public List<String> contextWords() {
    return CONTEXT;
  }

  @Override
  public List<String> headerWords() {
    return HEADERS;
  }

  /** Labels precede names; a word after a candidate (业主 in 康桥华庭业主) says nothing about it. */
  @Override
  public int contextWindowAfter() {
    return 0;
  }

  @Override
  public void analyze(TextView view, List<Finding> out) {
    if (!view.hasHan()) {
      return;
    }
    CharSequence s = view.text();
    int before = out.size();
    titled(s, out);
    labelled(s, out);
    if (view.hasDigit()) {
      beforePhone(s, out);
    }
    int rules = out.size();
    if (view.deep()) {
      for (HanNames.Word w : hanlp.words(s.toString())) {
        int n = w.end() - w.start();
        if (w.person() && !overlapsAny(out, before, rules, w.start(), w.end()) && !inPlaceName(s, w.start(), w.end()) && n >= 2 && n <= 4 && surnameAt(s, w.start()) > 0
            && surnameAt(s, w.start()) < n) {
          out.add(finding(s, w.start(), w.end(), n == 2 ? HANLP_SCORE_2 : HANLP_SCORE_3, Optional.empty()));
        }
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int n = end - start;
    if (n < 2 || n > 10) {
      return Optional.empty();
    }
    int han = 0;
    for (int i = start; i < end; i++) {
      char c = cell.charAt(i);
      if (Chars.isHan(c)) {
        han++;
      } else if (c != '·' && c != '•') {
        return Optional.empty();
      }
    }
    if (han < 2 || (han > 4 && han == n)) {
      return Optional.empty();
    }
    double score = surnameAt(cell, start) > 0 ? COLUMN_SCORE : COLUMN_SCORE_UNKNOWN_SURNAME;
    String value = start == 0 && end == cell.length() ? cell : cell.substring(start, end);
    return Optional.of(new Finding(PiiType.NAME, value, start, end, score, Map.of(), Optional.empty()));
  }

  /** 汪先生, 欧阳女士: a surname directly before a courtesy title. */
  private void titled(CharSequence s, List<Finding> out) {
    for (String title : TITLES) {
      for (int at = indexOf(s, title, 1); at >= 0; at = indexOf(s, title, at + 1)) {
        int start = at - 1;
        if (start >= 1 && surnames.surnameLengthAt(s, start - 1) == 2) {
          start--;
        } else if (surnames.surnameLengthAt(s, start) != 1
            || NOT_SURNAME_BEFORE_TITLE.indexOf(s.charAt(start)) >= 0) {
          continue;
        }
        out.add(finding(s, start, at + title.length(), TITLE_SCORE, Optional.empty()));
      }
    }
  }

  /** 业主王建国, 收件人：李娜: a label, optional punctuation, then surname + one or two given characters. */
  private void labelled(CharSequence s, List<Finding> out) {
    for (String label : LABELS) {
      for (int at = indexOf(s, label, 0); at >= 0; at = indexOf(s, label, at + 1)) {
        int p = at + label.length();
        while (p < s.length() && (s.charAt(p) == '：' || s.charAt(p) == ':' || s.charAt(p) == ' '
            || s.charAt(p) == '是' || s.charAt(p) == '为')) {
          p++;
        }
        int surname = surnames.surnameLengthAt(s, p);
        if (surname == 0) {
          continue;
        }
        for (int given = 2; given >= 1; given--) {
          int end = p + surname + given;
          if (end <= s.length() && allHan(s, p + surname, end) && boundary(s, end) && !isTitleAt(s, p + surname)
              && !NOT_NAMES.contains(s.subSequence(p, end).toString())
              && !NOT_NAMES.contains(s.subSequence(p + surname, end).toString())) {
            out.add(finding(s, p, end, LABELLED_SCORE, Optional.of(label)));
            break;
          }
        }
      }
    }
  }

  /** 王芳 13812345678: a record's first field, one to two characters after a surname, then a number. */
  private void beforePhone(CharSequence s, List<Finding> out) {
    int n = s.length();
    for (int p = 0; p < n - 3; p++) {
      if (p > 0 && " ，,;；|：:\t".indexOf(s.charAt(p - 1)) < 0) {
        continue;
      }
      int surname = surnameAt(s, p);
      if (surname == 0) {
        continue;
      }
      for (int given = 2; given >= 1; given--) {
        int end = p + surname + given;
        if (end + 1 < n && allHan(s, p + surname, end) && (s.charAt(end) == ' ' || s.charAt(end) == '，'
            || s.charAt(end) == ',' || s.charAt(end) == '\t')
            && (Chars.isDigit(s.charAt(end + 1)) || s.charAt(end + 1) == '+')
            && !NOT_NAMES.contains(s.subSequence(p + surname, end).toString())) {
          out.add(finding(s, p, end, RECORD_SCORE, Optional.empty()));
          break;
        }
      }
    }
  }

  /** 康桥雅(居), 江华庭: HanLP reads parts of community names as person names; a place suffix gives them away. */
  private static boolean inPlaceName(CharSequence s, int start, int end) {
    return PLACE_SUFFIXES.indexOf(s.charAt(end - 1)) >= 0
        || (end < s.length() && PLACE_SUFFIXES.indexOf(s.charAt(end)) >= 0);
  }

  /** Rule-based evidence (label, title) decides the extent of a name; HanLP only adds names the rules missed. */
  private static boolean overlapsAny(List<Finding> out, int from, int to, int start, int end) {
    for (int i = from; i < to; i++) {
      if (out.get(i).start() < end && start < out.get(i).end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTitleAt(CharSequence s, int at) {
    for (String t : TITLES) {
      if (Chars.startsWith(s, at, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(CharSequence s, int end) {
    if (end >= s.length() || !Chars.isHan(s.charAt(end))) {
      return true;
    }
    for (String f : FOLLOWERS) {
      if (Chars.startsWith(s, end, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allHan(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence s, String word, int from) {
    return Chars.indexOfIgnoreAsciiCase(s, word, from, s.length());
  }

  private static Finding finding(CharSequence s, int start, int end, double score, Optional<String> word) {
    return new Finding(PiiType.NAME, s.subSequence(start, end).toString(), start, end, score, Map.of(), word);
  }
}
