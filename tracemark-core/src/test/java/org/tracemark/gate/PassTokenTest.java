package org.tracemark.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PassTokenTest {
  @Property
  void encodeDecode_roundTrips(@ForAll @StringLength(min = 1, max = 30) String community,
      @ForAll @StringLength(min = 1, max = 8) String building, @ForAll @IntRange(min = 0, max = 2_000_000_000) int at,
      @ForAll byte[] signature) {
    if (signature.length == 0) {
      return;
    }
    PassClaims claims = new PassClaims("p0123456789", "g0123456789", community, building, Instant.ofEpochSecond(at),
        Instant.ofEpochSecond(at + 259_200L));
    String token = PassToken.encode(claims, signature);
    assertThat(PassToken.looksLikeToken(token)).isTrue();
    PassToken.Parsed parsed = PassToken.decode(token).orElseThrow();
    assertThat(parsed.claims()).isEqualTo(claims);
    assertThat(parsed.signature()).isEqualTo(signature);
  }

  @Property
  void truncatedOrPadded_isRefused(@ForAll @IntRange(min = 1, max = 40) int cut) {
    PassClaims claims = new PassClaims("p1", "g1", "阳光花园", "3", Instant.ofEpochSecond(1_700_000_000L),
        Instant.ofEpochSecond(1_700_259_200L));
    String token = PassToken.encode(claims, new byte[64]);
    String payload = token.substring(PassToken.PREFIX.length(), token.indexOf('.', PassToken.PREFIX.length()));
    String shorter = PassToken.PREFIX + payload.substring(0, Math.max(0, payload.length() - cut)) + ".AAAA";
    assertThat(PassToken.decode(shorter)).isEmpty();
    assertThat(PassToken.decode(PassToken.PREFIX + payload + "AAAA" + ".AAAA")).isEmpty();
  }

  @Test
  void signedBytes_differFromPayload_andBindEveryField() {
    PassClaims a = new PassClaims("p1", "g1", "阳光花园", "3", Instant.ofEpochSecond(100), Instant.ofEpochSecond(200));
    PassClaims b = new PassClaims("p1", "g1", "阳光花园", "4", Instant.ofEpochSecond(100), Instant.ofEpochSecond(200));
    PassClaims c = new PassClaims("p1", "g1", "阳光花园3", "", Instant.ofEpochSecond(100), Instant.ofEpochSecond(200));
    assertThat(Arrays.equals(a.signedBytes(), b.signedBytes())).isFalse();
    assertThat(Arrays.equals(a.signedBytes(), c.signedBytes())).isFalse();
    assertThat(Arrays.equals(a.signedBytes(), a.payload())).isFalse();
  }

  @Test
  void garbage_isRefused() {
    assertThat(PassToken.decode("")).isEmpty();
    assertThat(PassToken.decode("TMP1.")).isEmpty();
    assertThat(PassToken.decode("TMP1.!!!.AAAA")).isEmpty();
    assertThat(PassToken.decode("TMP1." + "A".repeat(2_000) + ".AAAA")).isEmpty();
    assertThat(PassToken.looksLikeToken("K7Q-M3X-D9P")).isFalse();
  }
}
