package org.tracemark.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {
  @TempDir Path dir;

  @Test
  void createOwnerOnly_newFile_writtenWithOwnerOnlyPermissions() throws Exception {
    Path key = dir.resolve("keys/master.key");
    assertThat(SecretFiles.createOwnerOnly(key, new byte[] {1, 2, 3})).isTrue();
    assertThat(Files.readAllBytes(key)).containsExactly(1, 2, 3);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(Files.list(key.getParent())).containsExactly(key);
  }

  @Test
  void createOwnerOnly_existingFile_keptAndReportedFalse() throws Exception {
    Path key = dir.resolve("pseudonym.key");
    SecretFiles.createOwnerOnly(key, new byte[] {1});
    assertThat(SecretFiles.createOwnerOnly(key, new byte[] {2})).isFalse();
    assertThat(Files.readAllBytes(key)).containsExactly(1);
    assertThat(Files.list(dir)).containsExactly(key);
  }

  @Test
  void replaceOwnerOnly_existingFile_replacedWholeWithOwnerOnlyPermissions() throws Exception {
    Path keyset = dir.resolve("fields.tink");
    Files.write(keyset, new byte[] {9, 9, 9, 9});
    SecretFiles.replaceOwnerOnly(keyset, new byte[] {7});
    assertThat(Files.readAllBytes(keyset)).containsExactly(7);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
    assertThat(Files.list(dir)).containsExactly(keyset);
  }
}
