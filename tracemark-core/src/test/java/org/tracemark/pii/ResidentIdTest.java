package org.tracemark.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTest {
  private static final RegionCodes REGIONS = RegionCodes.bundled();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // id, input, valid, canonical
      "valid-x-check,        11010519491231002X, true,  11010519491231002X",
      "lowercase-x,          11010519491231002x, true,  11010519491231002X",
      "born-before-1900,     440524188001010014, false, ''",
      "wrong-check,          110105194912310021, false, ''",
      "unknown-province,     990105194912310028, false, ''",
      "february-30,          110105199002300014, false, ''",
      "born-in-future,       110105203001010011, false, ''",
      "too-short,            11010519491231002,  false, ''",
      "letters-inside,       1101051949A231002X, false, ''",
      "legacy-15-digits,     110105491231002,    true,  11010519491231002X",
  })
  void parse_table(String id, String input, boolean valid, String canonical) {
    var parsed = ResidentId.parse(input, REGIONS, TODAY);
    assertThat(parsed.isPresent()).as(id).isEqualTo(valid);
    parsed.ifPresent(p -> assertThat(p.value()).as(id).isEqualTo(canonical));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"11010519491231002X, FEMALE, 1949-12-31", "110105198001010031, MALE, 1980-01-01"})
  void parse_valid_reportsSexAndBirth(String input, ResidentId.Sex sex, LocalDate birth) {
    String body = input.substring(0, 17);
    var parsed = ResidentId.parse(body + ResidentId.checkCharacter(body), REGIONS, TODAY).orElseThrow();
    assertThat(parsed.sex()).isEqualTo(sex);
    assertThat(parsed.birthDate()).isEqualTo(birth);
    assertThat(REGIONS.describe(parsed.regionCode())).hasValue("北京市朝阳区");
  }

  @Property
  void parse_anySingleDigitChange_isRejected(
      @ForAll @IntRange(min = 0, max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String valid = "11010519491231002X";
    char[] chars = valid.toCharArray();
    chars[position] = (char) ('0' + (chars[position] - '0' + delta) % 10);
    String changed = new String(chars);
    // GB 11643's MOD 11-2 check catches every single-digit substitution.
    assertThat(changed.substring(0, 17) + ResidentId.checkCharacter(changed)).isNotEqualTo(changed);
    assertThat(ResidentId.parse(changed, REGIONS, TODAY)).isEmpty();
  }

  @Property
  void toString_neverShowsBirthDate(@ForAll @IntRange(min = 1950, max = 2005) int year) {
    String body = "110105" + year + "0101003";
    var id = ResidentId.parse(body + ResidentId.checkCharacter(body), REGIONS, TODAY).orElseThrow();
    assertThat(id.toString()).doesNotContain(Integer.toString(year)).startsWith("110105");
  }
}
