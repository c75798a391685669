package org.tracemark.synth;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.ResidentId;

/**
 * Synthetic personal values and their invalid look-alikes for the labelled corpus, drawn from a shared seeded random.
 * Local test data only: a generated number may belong to a real person and must never be used as a contact.
 */
final class SynthValues {
  private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
      "150", "151", "152", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182",
      "183", "185", "186", "187", "188", "189", "191", "198", "199"};
  private static final char[] GIVEN = ("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙阳毅博文东亮峰建国志海晨晓成瑞"
      + "泽轩皓然睿芳娜敏静丽艳娟霞燕玲婷雪慧莉梅琳颖倩洁欣怡晶丹萍红英琴云月妍佳蕾璐嘉诗雨梦涵瑶琪悦薇彤").toCharArray();
  private static final String[] MAIL_DOMAINS = {"qq.com", "163.com", "126.com", "gmail.com", "sina.com", "foxmail.com"};
  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

  private final SplittableRandom random;
  private final ChineseSurnames surnames;
  private final double[] weights;
  private final List<String> counties;
  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

  SynthValues(SplittableRandom random, ChineseSurnames surnames, RegionCodes regions) {
    this.random = random;
    this.surnames = surnames;
    this.weights = surnames.cumulativeWeights();
    this.counties = regions.countyCodes();
  }

  String surname() {
    double pick = random.nextDouble() * weights[weights.length - 1];
    int i = 0;
    while (weights[i] < pick) {
      i++;
    }
    return surnames.byFrequency().get(i);
  }

  String name() {
    StringBuilder b = new StringBuilder(surname()).append(GIVEN[random.nextInt(GIVEN.length)]);
    if (random.nextInt(100) < 70) {
      b.append(GIVEN[random.nextInt(GIVEN.length)]);
    }
    return b.toString();
  }

  String mobile() {
    while (true) {
      String n = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
          + String.format("%08d", random.nextInt(100_000_000));
      if (phones.getNumberType(new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(n)))
          == PhoneNumberUtil.PhoneNumberType.MOBILE) {
        return n;
      }
    }
  }

  /** 11 digits starting 10, 11 or 12: no mainland mobile segment starts so. */
  String nonMobile11() {
    return "1" + random.nextInt(3) + String.format("%09d", random.nextInt(1_000_000_000));
  }

  /** A Beijing or Shanghai landline, area code included, that libphonenumber accepts. */
  String landline() {
    while (true) {
      String n = (random.nextBoolean() ? "10" : "21") + (2 + random.nextInt(7)) + String.format("%07d",
          random.nextInt(10_000_000));
      PhoneNumber p = new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(n));
      if (phones.getNumberType(p) == PhoneNumberUtil.PhoneNumberType.FIXED_LINE) {
        return "0" + n;
      }
    }
  }

  String id() {
    return body() + ResidentId.checkCharacter(body17);
  }

  private String body17;

  private String body() {
    String county = counties.get(random.nextInt(counties.size()));
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
    body17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth(), random.nextInt(1000));
    return body17;
  }

  /** An ID whose check character is wrong. */
  String badId() {
    String b = body();
    char right = ResidentId.checkCharacter(b);
    char wrong = "0123456789X".charAt(random.nextInt(11));
    while (wrong == right) {
      wrong = "0123456789X".charAt(random.nextInt(11));
    }
    return b + wrong;
  }

  /** A UnionPay card of 16 or 19 digits with a valid Luhn digit. */
  String card() {
    String prefix = "62" + (random.nextBoolean() ? "2202" : "1700") + digits(random.nextBoolean() ? 9 : 12);
    return luhnComplete(prefix);
  }

  /** A card-shaped number whose Luhn digit is wrong. */
  String badCard() {
    String good = card();
    char last = good.charAt(good.length() - 1);
    return good.substring(0, good.length() - 1) + (char) ('0' + (last - '0' + 1 + random.nextInt(9)) % 10);
  }

  String email() {
    StringBuilder local = new StringBuilder();
    int n = 5 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      local.append(i > 0 && random.nextInt(6) == 0 ? '.' : (char) ('a' + random.nextInt(26)));
    }
    if (random.nextBoolean()) {
      local.append(random.nextInt(1000));
    }
    return local + "@" + MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)];
  }

  String qq() {
    return (1 + random.nextInt(9)) + digits(5 + random.nextInt(5));
  }

  String wechat() {
    StringBuilder b = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    int n = 5 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(12);
      b.append(k < 8 ? (char) ('a' + random.nextInt(26)) : k < 11 ? (char) ('0' + random.nextInt(10)) : '_');
    }
    return b.toString();
  }

  String plate() {
    StringBuilder b = new StringBuilder().append(PROVINCES.charAt(random.nextInt(PROVINCES.length())))
        .append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
    if (random.nextInt(4) == 0) {
      b.append(random.nextBoolean() ? 'D' : 'F').append(digits(5));
    } else {
      b.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()))).append(digits(4));
    }
    return b.toString();
  }

  String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  static String luhnComplete(String prefix) {
    for (char d = '0'; d <= '9'; d++) {
      String candidate = prefix + d;
      int sum = 0;
      boolean dbl = false;
      for (int i = candidate.length() - 1; i >= 0; i--) {
        int v = candidate.charAt(i) - '0';
        if (dbl) {
          v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        }
        sum += v;
        dbl = !dbl;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
