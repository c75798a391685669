package org.tracemark.pii.recognizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.internal.AdminNames;
import org.tracemark.pii.internal.HanNames;
import org.tracemark.pii.internal.MobileSegments;

/**
 * The recognizers an engine runs, one per enabled type, built over shared tables (regions, surnames, phone
 * metadata, HanLP). Immutable and thread-safe.
 */
public final class RecognizerRegistry {
  private final List<Recognizer> recognizers;
  private final Map<PiiType, Recognizer> byType;
  private final HanNames hanlp;

  private RecognizerRegistry(List<Recognizer> recognizers, HanNames hanlp) {
    this.recognizers = List.copyOf(recognizers);
    Map<PiiType, Recognizer> map = new EnumMap<>(PiiType.class);
    for (Recognizer r : recognizers) {
      map.put(r.type(), r);
    }
    this.byType = map;
    this.hanlp = hanlp;
  }

  /** Every built-in recognizer whose type is in {@code enabled}, with the bundled tables. */
  public static RecognizerRegistry builtIn(Set<PiiType> enabled, LocalDate today) {
    RegionCodes regions = RegionCodes.bundled();
    ChineseSurnames surnames = ChineseSurnames.bundled();
    HanNames hanlp = new HanNames();
    List<Recognizer> all = new ArrayList<>();
    for (PiiType type : PiiType.values()) {
      if (!enabled.contains(type)) {
        continue;
      }
      all.add(switch (type) {
        case MOBILE -> new MobileRecognizer(new MobileSegments());
        case LANDLINE -> new LandlineRecognizer();
        case ID_CARD -> new IdCardRecognizer(regions, today);
        case BANK_CARD -> new BankCardRecognizer();
        case NAME -> new NameRecognizer(surnames, hanlp);
        case ADDRESS -> new AddressRecognizer(new AdminNames(regions), surnames);
        case EMAIL -> new EmailRecognizer();
        case PLATE -> new PlateRecognizer();
        case QQ -> new QqRecognizer();
        case WECHAT -> new WechatRecognizer();
        case PASSPORT -> new PassportRecognizer();
        case WAYBILL -> new WaybillRecognizer();
      });
    }
    return new RecognizerRegistry(all, hanlp);
  }

  /** In a fixed order (the {@link PiiType} order). */
  public List<Recognizer> all() {
    return recognizers;
  }

  public Optional<Recognizer> get(PiiType type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The shared HanLP segmenter, for column profiling. */
  public HanNames hanlp() {
    return hanlp;
  }
}
