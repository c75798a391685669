package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracemark.synth.SyntheticOwner;

/** The storage contract on SQLite, plus what only a file database can show. */
class SqliteVaultTest extends VaultContract {
  private static final int MIN_NEEDLE_BYTES = 6;

  @Override
  Backend backend() {
    return new Backend.Sqlite();
  }

  @Test
  void databaseFile_afterImport_holdsNoPhoneIdOrNameInAnyForm() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 1_000, 29);
    importRows(SyntheticOwner.HEADERS, rows);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String file : new String[] {"vault.db", "vault.db-wal"}) {
      Path p = home.resolve(file);
      if (Files.exists(p)) {
        all.write(Files.readAllBytes(p));
      }
    }
    byte[] bytes = all.toByteArray();
    assertThat(bytes.length).isGreaterThan(100_000);
    Map<ByteBuffer, String> needles = new HashMap<>();
    for (List<String> row : rows) {
      for (String value : List.of(row.get(5), row.get(6), row.get(7), row.get(6).substring(3))) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE)) {
          byte[] encoded = value.getBytes(cs);
          // Shorter needles (a two-character name in GB18030 is 4 bytes) match random ciphertext by chance:
          // 2 MB of random bytes hold a given 4-byte string with probability ~5e-4.
          if (encoded.length >= MIN_NEEDLE_BYTES) {
            needles.put(ByteBuffer.wrap(encoded), org.tracemark.pii.Masking.generic(value));
          }
        }
      }
    }
    Set<Integer> lengths = new TreeSet<>();
    needles.keySet().forEach(b -> lengths.add(b.remaining()));
    List<String> found = new ArrayList<>();
    for (int length : lengths) {
      for (int i = 0; i + length <= bytes.length; i++) {
        String hit = needles.get(ByteBuffer.wrap(bytes, i, length).slice());
        if (hit != null) {
          found.add(hit);
        }
      }
    }
    assertThat(found).as("plaintext personal values in the database file").isEmpty();
    // The search itself works: a value we know is stored in clear is found.
    assertThat(indexOf(bytes, COMMUNITY.getBytes(StandardCharsets.UTF_8))).isNotNegative();
    assertThat(needles).hasSizeGreaterThan(2 * 3 * 1_000);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
