package org.tracemark.synth;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.ResidentId;

/**
 * Generates a realistic homeowner list for one community, deterministically from a seed.
 *
 * <p>Each building draws a height, a unit count and a number of flats per floor per unit; each flat position has a
 * fixed floor plan (so the flats above each other share a floor area); about nine in ten flats are sold. Owners get a
 * surname drawn by its population share, a one- or two-character given name, a mobile number in a real number
 * segment that libphonenumber accepts, and an 18-digit resident ID with a real region code, a birth date that makes
 * them 25–70 at purchase and a valid GB 11643 check character.
 *
 * <p>Rows are produced lazily by {@link #iterator()}, so a million-row list needs no more memory than one row. Not
 * thread-safe: one iterator per generator run; create another generator for another thread.
 */
public final class OwnerListGenerator implements Iterable<SyntheticOwner> {
  /** Three-digit mobile prefixes in use on the mainland, weighted roughly by how many subscribers hold them. */
  private static final String[] MOBILE_PREFIXES = {
      "130", "131", "132", "133", "134", "135", "135", "136", "136", "137", "137", "138", "138", "139", "139",
      "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
      "180", "181", "182", "183", "184", "185", "186", "186", "187", "188", "189", "191", "193", "195", "198", "199"};
  private static final int[] BUILDING_HEIGHTS = {6, 11, 18, 18, 26, 26, 33};
  private static final char[] MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳毅博文东亮峰建国志海晨晓成瑞泽轩皓然睿楠凡".toCharArray();
  private static final char[] FEMALE_CHARS = "芳娜敏静丽艳娟霞燕玲婷雪慧莉梅琳颖倩洁欣怡晶丹萍红英琴云月妍佳蕾璐嘉诗雨梦涵瑶琪悦薇彤".toCharArray();
  private static final LocalDate FIRST_HANDOVER = LocalDate.of(2023, 6, 1);

  private final SynthSpec spec;
  private final ChineseSurnames surnames;
  private final double[] surnameWeights;
  private final List<String> counties;
  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

  public OwnerListGenerator(SynthSpec spec, ChineseSurnames surnames, RegionCodes regions) {
    this.spec = spec;
    this.surnames = surnames;
    this.surnameWeights = surnames.cumulativeWeights();
    this.counties = regions.countyCodes();
  }

  /** A fresh pass over the rows; every pass yields the same rows. */
  @Override
  public Iterator<SyntheticOwner> iterator() {
    return new Rows(new SplittableRandom(spec.seed()));
  }

  private final class Rows implements Iterator<SyntheticOwner> {
    private final SplittableRandom random;
    private final LocalDate handover;
    private final String homeProvince;
    private long produced;
    private int building;
    private int floors;
    private int units;
    private int flatsPerFloor;
    private BigDecimal[] plans;
    private int unit;
    private int floor;
    private int flat;
    private SyntheticOwner next;

    Rows(SplittableRandom random) {
      this.random = random;
      this.handover = FIRST_HANDOVER.plusDays(random.nextInt(900));
      this.homeProvince = counties.get(random.nextInt(counties.size())).substring(0, 2);
      startBuilding();
      advance();
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public SyntheticOwner next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      SyntheticOwner current = next;
      produced++;
      advance();
      return current;
    }

    private void startBuilding() {
      building++;
      floors = BUILDING_HEIGHTS[random.nextInt(BUILDING_HEIGHTS.length)];
      units = floors <= 6 ? 2 + random.nextInt(3) : 1 + random.nextInt(3);
      flatsPerFloor = floors <= 6 ? 2 : 2 + random.nextInt(3);
      plans = new BigDecimal[flatsPerFloor];
      for (int i = 0; i < flatsPerFloor; i++) {
        double area = 60 + random.nextDouble() * 110;
        plans[i] = BigDecimal.valueOf(area).setScale(2, RoundingMode.HALF_UP);
      }
      unit = 1;
      floor = 1;
      flat = 0;
    }

    /** Moves to the next sold flat, or sets {@code next} to null when the community is complete. */
    private void advance() {
      next = null;
      while (next == null) {
        if (spec.rows() > 0 ? produced >= spec.rows() : building > spec.buildings()) {
          return;
        }
        if (flat == flatsPerFloor) {
          flat = 0;
          floor++;
        }
        if (floor > floors) {
          floor = 1;
          unit++;
        }
        if (unit > units) {
          startBuilding();
          continue;
        }
        int position = flat++;
        if (random.nextInt(100) < 92) {
          next = owner(position);
        }
      }
    }

    private SyntheticOwner owner(int position) {
      String room = floor + String.format("%02d", position + 1);
      LocalDate purchase = handover.minusDays(120 + random.nextInt(900));
      boolean male = random.nextBoolean();
      return new SyntheticOwner(
          spec.community(), building, unit, floor, room,
          name(male), mobile(), idNumber(purchase, male), plans[position], purchase,
          handover.plusDays(random.nextInt(60)));
    }

    private String name(boolean male) {
      double pick = random.nextDouble() * surnameWeights[surnameWeights.length - 1];
      int index = 0;
      while (surnameWeights[index] < pick) {
        index++;
      }
      char[] pool = male ? MALE_CHARS : FEMALE_CHARS;
      StringBuilder name = new StringBuilder(surnames.byFrequency().get(index));
      name.append(pool[random.nextInt(pool.length)]);
      if (random.nextInt(100) < 70) {
        name.append(pool[random.nextInt(pool.length)]);
      }
      return name.toString();
    }

    private String mobile() {
      while (true) {
        String candidate = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
            + String.format("%08d", random.nextInt(100_000_000));
        PhoneNumber number = new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(candidate));
        if (phones.isValidNumber(number)) {
          return candidate;
        }
      }
    }

    private String idNumber(LocalDate purchase, boolean male) {
      String region = random.nextInt(100) < 60 ? localCounty() : counties.get(random.nextInt(counties.size()));
      LocalDate birth = purchase.minusYears(25 + random.nextInt(46)).minusDays(random.nextInt(365));
      int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
      String body = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
          + String.format("%03d", sequence);
      return body + ResidentId.checkCharacter(body);
    }

    private String localCounty() {
      for (int tries = 0; tries < 64; tries++) {
        String county = counties.get(random.nextInt(counties.size()));
        if (county.startsWith(homeProvince)) {
          return county;
        }
      }
      return counties.get(random.nextInt(counties.size()));
    }
  }
}
