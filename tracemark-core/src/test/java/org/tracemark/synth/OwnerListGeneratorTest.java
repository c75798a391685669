package org.tracemark.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.ResidentId;

class OwnerListGeneratorTest {
  private static final ChineseSurnames SURNAMES = ChineseSurnames.bundled();
  private static final RegionCodes REGIONS = RegionCodes.bundled();

  private static List<SyntheticOwner> generate(SynthSpec spec) {
    List<SyntheticOwner> rows = new ArrayList<>();
    new OwnerListGenerator(spec, SURNAMES, REGIONS).forEach(rows::add);
    return rows;
  }

  @Test
  void iterator_sameSeed_sameRows() {
    SynthSpec spec = new SynthSpec("阳光花园", 5, 0, 7);
    assertThat(generate(spec)).isEqualTo(generate(spec));
  }

  @Test
  void iterator_otherSeed_otherRows() {
    assertThat(generate(new SynthSpec("阳光花园", 5, 0, 7)))
        .isNotEqualTo(generate(new SynthSpec("阳光花园", 5, 0, 8)));
  }

  @Test
  void iterator_everyId_passesGb11643WithKnownRegionAndPlausibleBirth() {
    for (SyntheticOwner owner : generate(new SynthSpec("阳光花园", 40, 0, 11))) {
      var id = ResidentId.parse(owner.idNumber(), REGIONS, LocalDate.of(2030, 1, 1));
      assertThat(id).as("ID of %s", owner).isPresent();
      assertThat(REGIONS.isKnownCounty(id.get().regionCode())).isTrue();
      int ageAtPurchase = owner.purchaseDate().getYear() - id.get().birthDate().getYear();
      assertThat(ageAtPurchase).as("age of %s", owner).isBetween(25, 71);
    }
  }

  @Test
  void iterator_everyMobile_isValidMobileForLibphonenumber() {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    for (SyntheticOwner owner : generate(new SynthSpec("阳光花园", 40, 0, 12))) {
      PhoneNumber number = new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(owner.mobile()));
      assertThat(phones.isValidNumber(number)).as("mobile of %s", owner).isTrue();
      assertThat(phones.getNumberType(number)).isEqualTo(PhoneNumberType.MOBILE);
    }
  }

  @Test
  void iterator_rooms_areUniqueAndConsistentWithFloors() {
    Set<String> flats = new HashSet<>();
    Map<String, String> areaByPlan = new HashMap<>();
    for (SyntheticOwner owner : generate(new SynthSpec("阳光花园", 20, 0, 13))) {
      assertThat(flats.add(owner.building() + "-" + owner.unit() + "-" + owner.room())).isTrue();
      assertThat(owner.room()).startsWith(Integer.toString(owner.floor()));
      assertThat(owner.floor()).isBetween(1, 33);
      // Flats stacked above each other share a floor plan, hence an area.
      String plan = owner.building() + "-" + owner.room().substring(owner.room().length() - 2);
      String area = owner.floorArea().toPlainString();
      assertThat(areaByPlan.putIfAbsent(plan, area)).isIn(null, area);
      assertThat(owner.handoverDate()).isAfter(owner.purchaseDate());
    }
  }

  @Test
  void iterator_rowsSet_yieldsExactlyThatMany() {
    assertThat(generate(new SynthSpec("阳光花园", 1, 2_345, 3))).hasSize(2_345);
  }

  @Test
  void iterator_surnames_followFrequencies() {
    List<SyntheticOwner> rows = generate(new SynthSpec("阳光花园", 1, 20_000, 5));
    long wang = rows.stream().filter(o -> o.name().startsWith("王")).count();
    long mao = rows.stream().filter(o -> o.name().startsWith("毛")).count();
    // 王 is about 7% of the population, 毛 about 0.1%.
    assertThat(wang).isBetween(1_000L, 1_900L);
    assertThat(mao).isLessThan(100L);
  }

  @Test
  void toString_hidesPersonalData() {
    SyntheticOwner owner = generate(new SynthSpec("阳光花园", 1, 1, 3)).get(0);
    assertThat(owner.toString()).doesNotContain(owner.name(), owner.mobile(), owner.idNumber());
  }
}
