package org.tracemark.assess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * Reassembles records from free text (a chat paste, a text dump): a record is a run of consecutive lines holding one
 * person's fields, e.g. {@code 张三 13812345678 北京市…}, or {@code 姓名：张三} / {@code 电话：…} / {@code 地址：…}.
 *
 * <p>Rules, applied to the findings of each line in order:
 * <ul>
 *   <li>a blank line, a line without findings, a gap in line numbers, or a record already {@value #MAX_LINES} lines
 *       long ends the current record;
 *   <li>a second NAME, MOBILE or ID_CARD (the fields one person has once) starts a new record, so several people on
 *       one line or on successive lines separate;
 *   <li>a run becomes a record if it holds an identifier (phone, e-mail, QQ, WeChat, ID, bank card, passport, plate,
 *       waybill), a name together with an address, or a number shown false; a lone name or address does not;
 *   <li>an 11-digit number starting with 1 that the engine did not accept as a phone, or an 18-character ID-shaped
 *       number it did not accept as an ID, and that no other finding covers, is evidence of a false record.
 * </ul>
 * Category words are looked for in the lines with the personal data cut out.
 *
 * <p>Stateful and not thread-safe: feed one document's lines in order, then call {@link #finish()}.
 */
public final class TextRecordAssembler {
  /** The most lines one record may span: name, phone, address and one more field. */
  public static final int MAX_LINES = 4;

  private static final Pattern MOBILE_SHAPED = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  private static final Set<PiiType> ONCE_PER_PERSON = EnumSet.of(PiiType.NAME, PiiType.MOBILE, PiiType.ID_CARD);
  private static final Set<PiiType> IDENTIFIERS = EnumSet.of(PiiType.MOBILE, PiiType.LANDLINE, PiiType.EMAIL,
      PiiType.QQ, PiiType.WECHAT, PiiType.ID_CARD, PiiType.BANK_CARD, PiiType.PASSPORT, PiiType.PLATE,
      PiiType.WAYBILL);

  private final CategoryClassifier classifier;
  private final RecordKeys keys = new RecordKeys();
  private int samples;
  private RecordBuilder current;
  private int currentLines;
  private long lastLine;
  private boolean currentHasMobileEvidence;
  private boolean currentHasIdEvidence;

  public TextRecordAssembler(CategoryClassifier classifier) {
    this.classifier = classifier;
  }

  /** A field in a line: an engine finding, or a number shown false (then {@code type} is what it pretends to be). */
  private record Token(int start, int end, PiiType type, String value, RecordBuilder.Evidence evidence) {}

  /**
   * @param lineNumber 1-based line number
   * @param findings the engine's findings in the line
   * @return the records this line completed (usually none or one)
   */
  public List<Outcome> accept(long lineNumber, String line, List<Finding> findings) {
    List<Outcome> done = new ArrayList<>(1);
    List<Token> tokens = tokens(line, findings);
    if (current != null && (tokens.isEmpty() || lineNumber != lastLine + 1 || currentLines >= MAX_LINES)) {
      flush(done);
    }
    if (tokens.isEmpty()) {
      return done;
    }
    int signals = classifier.signals(withoutTokens(line, tokens));
    for (Token token : tokens) {
      if (current != null && repeats(token)) {
        flush(done);
      }
      if (current == null) {
        current = new RecordBuilder(lineNumber);
        currentLines = 1;
      }
      if (token.evidence() != null) {
        current.addEvidence(token.evidence().reason(), token.evidence().maskedValue());
        currentHasMobileEvidence |= token.type() == PiiType.MOBILE;
        currentHasIdEvidence |= token.type() == PiiType.ID_CARD;
      } else {
        current.add(token.type(), token.value());
      }
      current.addSignals(signals);
    }
    if (current != null && current.row() != lineNumber) {
      currentLines++;
    }
    lastLine = lineNumber;
    return done;
  }

  /** Completes the last record of the document. */
  public List<Outcome> finish() {
    List<Outcome> done = new ArrayList<>(1);
    flush(done);
    return done;
  }

  private boolean repeats(Token token) {
    if (!ONCE_PER_PERSON.contains(token.type())) {
      return false;
    }
    return current.has(token.type())
        || (token.type() == PiiType.MOBILE && currentHasMobileEvidence)
        || (token.type() == PiiType.ID_CARD && currentHasIdEvidence);
  }

  private void flush(List<Outcome> done) {
    if (current == null) {
      return;
    }
    Set<PiiType> types = current.types();
    boolean identifier = types.stream().anyMatch(IDENTIFIERS::contains);
    boolean nameAndAddress = types.contains(PiiType.NAME) && types.contains(PiiType.ADDRESS);
    if (identifier || nameAndAddress || current.hasEvidence()) {
      Outcome outcome = current.build(classifier, keys, samples < AssessmentTally.SAMPLES_KEPT);
      if (outcome instanceof Outcome.Counted) {
        samples++;
      }
      done.add(outcome);
    }
    current = null;
    currentLines = 0;
    currentHasMobileEvidence = false;
    currentHasIdEvidence = false;
  }

  private static List<Token> tokens(String line, List<Finding> findings) {
    List<Token> tokens = new ArrayList<>();
    for (Finding f : findings) {
      tokens.add(new Token(f.start(), f.end(), f.type(), f.value(), null));
    }
    addEvidence(tokens, line, MOBILE_SHAPED, PiiType.MOBILE);
    addEvidence(tokens, line, ID_SHAPED, PiiType.ID_CARD);
    tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return tokens;
  }

  private static void addEvidence(List<Token> tokens, String line, Pattern pattern, PiiType type) {
    Matcher m = pattern.matcher(line);
    List<Token> found = new ArrayList<>();
    while (m.find()) {
      if (covered(tokens, m.start(), m.end())) {
        continue;
      }
      Optional<RecordBuilder.Evidence> evidence = type == PiiType.MOBILE
          ? Optional.of(FalsityChecks.phoneEvidence(m.group()))
          : FalsityChecks.idShaped(m.group());
      evidence.ifPresent(e -> found.add(new Token(m.start(), m.end(), type, null, e)));
    }
    tokens.addAll(found);
  }

  private static boolean covered(List<Token> tokens, int start, int end) {
    for (Token t : tokens) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  private static String withoutTokens(String line, List<Token> tokens) {
    StringBuilder out = new StringBuilder(line);
    for (Token t : tokens) {
      for (int i = Math.max(0, t.start()); i < Math.min(out.length(), t.end()); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
