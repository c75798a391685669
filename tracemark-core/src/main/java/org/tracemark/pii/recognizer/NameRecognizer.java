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
 * Chinese personal names, from four kinds of evidence: a label or a group role right before the name (业主王建国,
 * 收件人：李娜, 顾问邹敏, @陈静), a courtesy title right after a surname or a whole name (汪先生, 司马云飞先生, 王总: the
 * whole form is the finding), the shape of a pasted record (a name standing in its own field beside an address or a
 * number: …1302 何冬梅, 王芳 138…; free text only), and, in free text, HanLP's person-name recognition restricted to
 * names that start with a known surname and do not read as a function word, a predicate or a count. Every candidate
 * must start with a surname from {@link ChineseSurnames}. In a column profiled as NAME every 2–4-character Chinese cell
 * is a name.
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
      "租户", "房东", "车主", "持卡人", "名字", "购房人", "我叫", "本人", "户名", "开户名", "账户名", "收方", "收：", "收:",
      "寄：", "寄:", "@", "＠");
  /**
   * Roles written right before a person in group chat (团长孔繁星, 顾问邹敏, 主任章宏伟). Weaker than the labels above:
   * a two-character common word after them (主任会议, 中介费用) is not a name.
   */
  static final List<String> ROLES = List.of("团长", "群主", "楼长", "家长", "收款人", "付款人", "买家", "卖家", "中介",
      "主任", "队长", "顾问", "管家", "经纪人", "前台", "保安", "司机", "快递员", "邻居", "同事", "店长", "老板");
  /** A name written as the first field of a record, right before a phone number (王芳 138…): a leaked-list shape. */
  static final double RECORD_SCORE = 0.7;
  private static final List<String> CONTEXT = List.of("姓名", "业主", "户主", "收件人", "收货人", "联系人", "寄件人",
      "客户", "租户", "房东", "车主", "持卡人", "名字", "购房人", "我叫", "本人", "户名", "电话", "手机");
  private static final List<String> HEADERS = List.of("姓名", "名字", "业主", "业主姓名", "户主", "收件人", "收货人",
      "联系人", "客户姓名", "客户", "租户", "寄件人", "持卡人", "购房人", "买受人", "name");
  private static final List<String> TITLES = List.of("先生", "女士", "小姐", "太太", "老师", "师傅", "阿姨", "经理",
      "总", "姐");
  /** 总 after a surname is a boss (王总) unless it begins a word: 总价, 总计, 周总结. */
  private static final String NOT_BOSS_AFTER = "价计共额部结数量算体局站线台和之务署";
  /** Characters after which a full name may start before a title (请司马云飞先生, 的蒲小梅阿姨). */
  private static final String BEFORE_FULL_NAME = "请是的找问叫和与跟同给让被把向对由位将@＠";
  /** Characters that are surnames but, right before a title, are almost always a function word (我和先生). */
  private static final String NOT_SURNAME_BEFORE_TITLE = "和与及跟同的是在有位个给对找问请叫让被把那这各诸老小大";
  /** Words that may follow a name directly; a name candidate must end at one of them or at a non-Chinese char. */
  private static final List<String> FOLLOWERS = List.of("电话", "手机", "身份", "地址", "住", "先生", "女士", "性别",
      "男", "女", "的", "在", "是", "于", "联系", "已", "要", "说", "和", "与", "等", "家", "号", "微信", "证", "收",
      "签", "购", "业主", "电", "手", "请", "来", "去", "让", "也", "都", "就", "还", "又", "被", "把", "对", "给",
      "买", "卖", "回", "到", "打", "发", "有", "卡", "账", "身", "户", "车", "房", "今", "明", "昨");
  /** Two-character words right after a label that are not names although they start with a surname character. */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("资料", "信息", "服务", "大会", "委员",
      "名单", "经理", "专员", "朋友", "自己", "本人", "姓名", "电话", "手机", "地址", "群里", "们", "方面", "代表",
      "房号", "楼号", "单元", "门牌", "房间", "车位", "某某");
  /**
   * Words of owner and sales lists that stand in a field of their own like a name and start with a surname
   * character: status, payment, fitting-out, kind of property.
   */
  private static final java.util.Set<String> RECORD_WORDS = java.util.Set.of("全款", "全包", "毛坯", "简装", "车位",
      "车库", "商铺", "门面", "满五", "满二", "唯一", "公积金", "公寓", "别墅", "顶楼", "双证", "单价", "总价", "原价",
      "均价", "房东", "房主", "房号", "楼号", "单元", "门牌", "房间", "关注", "包邮", "包月", "包年");
  /** Surname characters that as the first character of a statistical (HanLP-only) name are a function word. */
  private static final String FUNCTION_SURNAMES = "都就还也才又只把被向于";

  private static final String PLACE_SUFFIXES = "园苑庭府城居阁湾郡村区县市省路街";
  /** Last characters of a field that make it a place, not a person: villages, groups, towns, divisions, roads. */
  private static final String PLACE_END = "村组社镇乡区县市省路街巷";
  /** Function words and verbs that never stand in a given name (原住, 都在). */
  private static final String NOT_GIVEN = "住的在是了于已要说和与等请让也都就还又被把对给到";

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
    if (view.deep()) {
      fields(s, view.hasDigit(), out);
    }
    int rules = out.size();
    if (view.deep()) {
      for (HanNames.Word w : hanlp.words(s.toString())) {
        int n = w.end() - w.start();
        if (w.person() && !overlapsAny(out, before, rules, w.start(), w.end()) && !inPlaceName(s, w.start(), w.end())
            && n >= 2 && n <= 4 && surnameAt(s, w.start()) > 0 && surnameAt(s, w.start()) < n
            && plausibleStatistical(s, w.start(), w.end())) {
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

  /**
   * 汪先生, 欧阳女士, 司马云飞先生, 王总: a surname, or a whole name after a boundary, directly before a courtesy title;
   * the whole form is the finding.
   */
  private void titled(CharSequence s, List<Finding> out) {
    for (String title : TITLES) {
      for (int at = indexOf(s, title, 1); at >= 0; at = indexOf(s, title, at + 1)) {
        boolean boss = title.equals("总");
        if (boss && NOT_BOSS_AFTER.indexOf(AddressParts.at(s, at + 1)) >= 0) {
          continue;
        }
        int start = fullNameBefore(s, at);
        if (start < 0) {
          start = at - 1;
          if (start >= 1 && surnames.surnameLengthAt(s, start - 1) == 2) {
            start--;
          } else if (surnames.surnameLengthAt(s, start) != 1
              || NOT_SURNAME_BEFORE_TITLE.indexOf(s.charAt(start)) >= 0) {
            continue;
          }
          if (boss && !nameMayStartAt(s, start)) {
            continue;
          }
        }
        out.add(finding(s, start, at + title.length(), TITLE_SCORE, Optional.empty()));
      }
    }
  }

  /** Start of a surname plus one or two given characters ending at {@code at}, after a boundary; else -1. */
  private int fullNameBefore(CharSequence s, int at) {
    for (int len = 4; len >= 2; len--) {
      int start = at - len;
      if (start < 0 || !allHan(s, start, at) || !nameMayStartAt(s, start)) {
        continue;
      }
      int surname = surnames.surnameLengthAt(s, start);
      int given = len - surname;
      if (surname > 0 && given >= 1 && given <= 2 && !hanlp.commonWord(s.subSequence(start, start + 2).toString())
          && !NOT_NAMES.contains(s.subSequence(start + surname, at).toString())) {
        return start;
      }
    }
    return -1;
  }

  /** A name can start here: at the start, after a non-Chinese character, or after a word that precedes persons. */
  private static boolean nameMayStartAt(CharSequence s, int start) {
    return start == 0 || !Chars.isHan(s.charAt(start - 1)) || BEFORE_FULL_NAME.indexOf(s.charAt(start - 1)) >= 0;
  }

  /**
   * 业主王建国, 收件人：李娜, 业主：张伟、李娜, 顾问邹敏: a label, optional punctuation, then surname + one or two given
   * characters; further names may follow after 、 or 和.
   */
  private void labelled(CharSequence s, List<Finding> out) {
    for (String label : LABELS) {
      for (int at = indexOf(s, label, 0); at >= 0; at = indexOf(s, label, at + 1)) {
        afterLabel(s, at + label.length(), label, false, out);
      }
    }
    for (String role : ROLES) {
      for (int at = indexOf(s, role, 0); at >= 0; at = indexOf(s, role, at + 1)) {
        afterLabel(s, at + role.length(), role, true, out);
      }
    }
  }

  private void afterLabel(CharSequence s, int p, String label, boolean weak, List<Finding> out) {
    while (p < s.length() && (s.charAt(p) == '：' || s.charAt(p) == ':' || s.charAt(p) == ' '
        || s.charAt(p) == '是' || s.charAt(p) == '为')) {
      p++;
    }
    for (int names = 0; names < 4; names++) {
      int end = labelledName(s, p, weak);
      if (end < 0) {
        return;
      }
      out.add(finding(s, p, end, LABELLED_SCORE, Optional.of(label)));
      if (end + 1 < s.length() && (s.charAt(end) == '、' || s.charAt(end) == '和')) {
        p = end + 1;
      } else {
        return;
      }
    }
  }

  /** The end of a name starting at {@code p} right after a label, or -1. */
  private int labelledName(CharSequence s, int p, boolean weak) {
    int surname = surnames.surnameLengthAt(s, p);
    if (surname == 0) {
      return -1;
    }
    for (int given = 2; given >= 1; given--) {
      int end = p + surname + given;
      if (end <= s.length() && allHan(s, p + surname, end) && boundary(s, end) && !isTitleAt(s, p + surname)
          && !NOT_NAMES.contains(s.subSequence(p, end).toString())
          && !NOT_NAMES.contains(s.subSequence(p + surname, end).toString())
          && !(weak && hanlp.commonWord(s.subSequence(p, end).toString()))) {
        return end;
      }
    }
    return -1;
  }

  /**
   * A name standing as a field of a pasted record (01 王建军 碧桂园…, …1302 何冬梅, 5-1502王芳 三房, 刘洋1栋502，…):
   * surname plus one or two given characters with a field boundary on both sides (line edge, space, punctuation, a
   * digit before it, a flat number after it), on a line that holds a record. Free text only.
   */
  private void fields(CharSequence s, boolean lineHasDigit, List<Finding> out) {
    int n = s.length();
    for (int p = 0; p < n - 1; p++) {
      char before = p > 0 ? s.charAt(p - 1) : ' ';
      if (!Chars.isHan(s.charAt(p)) || Chars.isHan(before) || Chars.isAsciiLetter(before)
          || (Chars.isDigit(before) && "万千百亿毛角块元".indexOf(s.charAt(p)) >= 0)) {
        continue;
      }
      int surname = surnameAt(s, p);
      if (surname == 0) {
        continue;
      }
      for (int given = 2; given >= 1; given--) {
        int end = p + surname + given;
        if (end > n || !allHan(s, p + surname, end) || isTitleAt(s, p + surname)) {
          continue;
        }
        int stop = fieldEnd(s, end, surname == 2);
        if (stop < 0) {
          continue;
        }
        String name = s.subSequence(p, end).toString();
        if (NOT_NAMES.contains(name) || RECORD_WORDS.contains(name) || name.indexOf('某') >= 0 || name.endsWith("收")
            || NOT_NAMES.contains(name.substring(surname)) || PLACE_END.indexOf(name.charAt(name.length() - 1)) >= 0
            || functionCharIn(name, surname)) {
          // 陆巷村, 汪湾组: a place in a record; 原住: a verb.
          continue;
        }
        if (stop < n && Chars.isDigit(s.charAt(stop)) && (PLACE_SUFFIXES.indexOf(s.charAt(end - 1)) >= 0
            || s.charAt(end - 1) == '里' || hanlp.functionOrPredicate(name.substring(0, 2)))) {
          // 幸福里8号楼302: before a flat, a place name is likelier than a person.
          continue;
        }
        boolean strong = recordBefore(s, p) || recordAfter(s, end);
        if (surname == 1 && !strong && (!lineHasDigit || hanlp.commonWord(name))) {
          continue;
        }
        out.add(finding(s, p, stop, RECORD_SCORE, Optional.empty()));
        break;
      }
    }
  }

  /**
   * Where a field name ending at {@code end} stops: at the line's end, a space or punctuation, a digit that starts a
   * flat (刘洋1栋502), 收 (姜涛收); a transliterated name continues after · (艾力·买买提). A compound surname also
   * stops before a follower word (欧阳娜娜和她老公). -1 when {@code end} is no field boundary.
   */
  private static int fieldEnd(CharSequence s, int end, boolean compound) {
    if (end == s.length()) {
      return end;
    }
    char c = s.charAt(end);
    if (c == '·' || c == '•') {
      int e = end + 1;
      while (e < s.length() && Chars.isHan(s.charAt(e)) && e - end <= 6) {
        e++;
      }
      return e - end >= 3 && e - end <= 7 && (e == s.length() || !Chars.isHan(s.charAt(e))) ? e : -1;
    }
    if (Chars.isDigit(c)) {
      return flatFollows(s, end) ? end : -1;
    }
    if (!Chars.isHan(c)) {
      return Chars.isAsciiLetter(c) ? -1 : end;
    }
    if (c == '收' && (end + 1 == s.length() || !Chars.isHan(s.charAt(end + 1)))) {
      return end;
    }
    if (Chars.startsWith(s, end, "您好") || Chars.startsWith(s, end, "你好")) {
      return end;
    }
    return compound && boundary(s, end) ? end : -1;
  }

  private static boolean functionCharIn(String name, int surname) {
    for (int i = surname; i < name.length(); i++) {
      if (NOT_GIVEN.indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** 1栋, 3-2-1502, 12#1102, 5号楼: digits that start a flat rather than a price or a count. */
  private static boolean flatFollows(CharSequence s, int at) {
    int e = at;
    while (e < s.length() && Chars.isDigit(s.charAt(e))) {
      e++;
    }
    char c = AddressParts.at(s, e);
    return "栋幢座#-".indexOf(c) >= 0 || (c == '号' && AddressParts.at(s, e + 1) == '楼')
        || (c == '单' && AddressParts.at(s, e + 1) == '元');
  }

  /** The field before the name ends a record's address or number: …1803 王建军, …下河村 张建华, 5-1502王芳. */
  private static boolean recordBefore(CharSequence s, int p) {
    int i = p - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return Chars.isDigit(c) || "室号房楼层组社户栋幢座村F〇零一二三四五六七八九".indexOf(c) >= 0
        || (c >= 'A' && c <= 'Z' && i == p - 1);
  }

  /** The field after the name starts an address or a phone: 诸葛明 浙江省…, 王芳 138…, 李娜 3-1-601. */
  private static boolean recordAfter(CharSequence s, int end) {
    int i = end;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i == end || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    if (Chars.isDigit(c)) {
      return true;
    }
    for (int k = i; k < Math.min(s.length(), i + 4); k++) {
      char d = s.charAt(k);
      if (!Chars.isHan(d)) {
        return false;
      }
      if ("省市区县".indexOf(d) >= 0 && k > i) {
        return true;
      }
    }
    return false;
  }

  /**
   * HanLP alone tags some words as names: 李某某 (a placeholder), 都在群 (都 the adverb), 高兴得 (an adjective
   * first). Such readings are dropped; names with a label, a title or a record shape never come here.
   */
  private boolean plausibleStatistical(CharSequence s, int start, int end) {
    String name = s.subSequence(start, end).toString();
    if (start > 0 && "一二三四五六七八九十两".indexOf(s.charAt(start - 1)) >= 0) {
      return false; // 三房两卫: a count, then a noun
    }
    if (name.indexOf('某') >= 0 || NOT_NAMES.contains(name) || functionCharIn(name, surnameAt(s, start))
        || (surnameAt(s, start) == 1 && FUNCTION_SURNAMES.indexOf(s.charAt(start)) >= 0)) {
      return false;
    }
    return end - start < 3 || !hanlp.functionOrPredicate(name.substring(0, 2));
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
            && !NOT_NAMES.contains(s.subSequence(p + surname, end).toString())
            && !RECORD_WORDS.contains(s.subSequence(p, end).toString())) {
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
