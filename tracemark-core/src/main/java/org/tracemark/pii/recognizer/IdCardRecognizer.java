package org.tracemark.pii.recognizer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.ResidentId;
import org.tracemark.pii.internal.LazyAttributes;
import org.tracemark.pii.internal.NumberGroups;

/**
 * Resident identity numbers (GB 11643): 18 characters with a valid check character, known province and prefecture
 * and a real birth date not after today, or 15-digit legacy numbers (converted to 18). Spaced forms (6-8-4) count.
 * Attributes: {@code birth_date} (yyyy-MM-dd), {@code sex} (M/F), {@code region} (place of first registration).
 */
public final class IdCardRecognizer implements Recognizer {
  /** Checksum, region and date together leave about one random 18-digit string in 2,000 accepted. */
  static final double VALIDATED_SCORE = 0.95;
  /** 15-digit legacy numbers have no check digit, so only the region and date vouch for them. */
  static final double LEGACY_SCORE = 0.6;

  private static final List<String> CONTEXT = List.of("身份证", "证件", "身份号", "公民身份", "ID", "id");
  private static final List<String> HEADERS = List.of(
      "身份证", "身份证号", "身份证号码", "证件号", "证件号码", "公民身份号码", "idcard", "id_card", "id_no", "sfz");

  private final RegionCodes regions;
  private final LocalDate today;
  /** Region descriptions of every county in the table, built once; IDs from abolished counties are described on use. */
  private final Map<String, String> regionNames;

  public IdCardRecognizer(RegionCodes regions, LocalDate today) {
    this.regions = regions;
    this.today = today;
    Map<String, String> names = new java.util.HashMap<>();
    for (String code : regions.countyCodes()) {
      names.put(code, regions.describe(code).orElse(""));
    }
    this.regionNames = Map.copyOf(names);
  }

  @Override
  public PiiType type() {
    return PiiType.ID_CARD;
  }

  @Override
  public List<String> contextWords() {
    return CONTEXT;
  }

  @Override
  public List<String> headerWords() {
    return HEADERS;
  }

  @Override
  public Validation validate(String canonical) {
    return ResidentId.parse(canonical, regions, today).isPresent() ? Validation.VALID : Validation.INVALID;
  }

  @Override
  public void analyze(TextView text, List<Finding> out) {
    if (!text.hasDigit()) {
      return;
    }
    for (NumberGroups.Candidate c : text.numbers()) {
      int n = c.digits().length();
      if ((n == 18 || n == 15) && !c.latinBefore() && !c.latinAfter() && !c.plus()) {
        ResidentId.parse(c.digits(), regions, today).ifPresent(id -> out.add(finding(id, n, c.start(), c.end())));
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int n = end - start;
    if (n == 18 || n == 15) {
      CharSequence value = n == cell.length() ? cell : cell.subSequence(start, end);
      return ResidentId.parse(value, regions, today).map(id -> finding(id, n, start, end));
    }
    TextView view = new TextView(cell.substring(start, end), false);
    for (NumberGroups.Candidate c : view.numbers()) {
      if (c.start() == 0 && c.end() == view.length()) {
        return ResidentId.parse(c.digits(), regions, today).map(id -> finding(id, c.digits().length(), start, end));
      }
    }
    return Optional.empty();
  }

  private Finding finding(ResidentId id, int length, int start, int end) {
    return new Finding(PiiType.ID_CARD, id.value(), start, end, length == 18 ? VALIDATED_SCORE : LEGACY_SCORE,
        LazyAttributes.of(() -> attributes(id)), Optional.empty());
  }

  /** Birth date, sex and region: derived only when a finding is shown, never on a counting scan. */
  private Map<String, String> attributes(ResidentId id) {
    String value = id.value();
    String code = value.substring(0, 6);
    String region = regionNames.get(code);
    if (region == null) {
      region = regions.describe(code).orElse("");
    }
    String birth = new String(new char[] {value.charAt(6), value.charAt(7), value.charAt(8), value.charAt(9), '-',
        value.charAt(10), value.charAt(11), '-', value.charAt(12), value.charAt(13)});
    return region.isEmpty()
        ? Map.of("birth_date", birth, "sex", sex(id))
        : Map.of("birth_date", birth, "sex", sex(id), "region", region);
  }

  private static String sex(ResidentId id) {
    return id.sex() == ResidentId.Sex.MALE ? "M" : "F";
  }
}
