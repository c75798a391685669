package org.tracemark.store.user;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Property(tries = 12)
  void verify_ownHash_trueAndAnyChangedPassword_false(@ForAll @StringLength(min = 10, max = 40) String password,
      @ForAll @StringLength(min = 1, max = 3) String suffix) {
    String hash = Passwords.hash(password.toCharArray());
    assertThat(Passwords.verify(password.toCharArray(), hash)).isTrue();
    assertThat(Passwords.verify((password + suffix).toCharArray(), hash)).isFalse();
  }

  @Test
  void hash_samePasswordTwice_differentSaltsBothVerify() {
    String a = Passwords.hash("长城永不倒-password".toCharArray());
    String b = Passwords.hash("长城永不倒-password".toCharArray());
    assertThat(a).isNotEqualTo(b).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(Passwords.verify("长城永不倒-password".toCharArray(), b)).isTrue();
    assertThat(Passwords.needsRehash(a)).isFalse();
  }

  @Test
  void verify_malformedOrForeignHashes_falseWithoutException() {
    char[] pw = "some password".toCharArray();
    assertThat(Passwords.verify(pw, null)).isFalse();
    assertThat(Passwords.verify(pw, "")).isFalse();
    assertThat(Passwords.verify(pw, "$2a$10$abcdefghijklmnopqrstuu5Jq7ZKZ8uR1E7eYb1uWhsIhJ8Yl8oVe")).isFalse();
    assertThat(Passwords.verify(pw, "$argon2id$v=19$m=99999999,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA"))
        .isFalse();
    assertThat(Passwords.verify(pw, "$argon2id$v=19$m=19456,t=2,p=1$!!!!notbase64!!!!!!$AAAAAAAAAAAAAAAAAAAAAA"))
        .isFalse();
  }

  @Test
  void weakerParameters_verifyButNeedRehash() {
    String weak = "$argon2id$v=19$m=4096,t=1,p=1$";
    assertThat(Passwords.needsRehash(weak + "AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")).isTrue();
  }

  @Test
  void problem_shortOrSameAsName_namedAndGoodOneAccepted() {
    assertThat(Passwords.problem("sam", "short".toCharArray())).hasValueSatisfying(m -> assertThat(m).contains("10"));
    assertThat(Passwords.problem("administrator", "Administrator".toCharArray())).isPresent();
    assertThat(Passwords.problem("sam", "四个汉字也不够长".toCharArray())).isPresent();
    assertThat(Passwords.problem("sam", "a long enough passphrase".toCharArray())).isEmpty();
  }
}
