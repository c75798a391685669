package org.tracemark.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * One Tink keyset stored in a file, encrypted under the master key with the file's purpose as associated data (a
 * field keyset renamed to the index file fails to load). Writes go to a temporary file first and are moved into
 * place atomically, so a crash leaves either the old or the new keyset, never half of one.
 */
final class KeysetFile {
  private final Path path;
  private final byte[] associatedData;

  KeysetFile(Path path, String purpose) {
    this.path = path;
    this.associatedData = ("tracemark keyset " + purpose).getBytes(StandardCharsets.UTF_8);
  }

  boolean exists() {
    return Files.exists(path);
  }

  KeysetHandle read(Aead master) throws IOException, GeneralSecurityException {
    return TinkProtoKeysetFormat.parseEncryptedKeyset(Files.readAllBytes(path), master, associatedData);
  }

  void write(KeysetHandle handle, Aead master) throws IOException, GeneralSecurityException {
    byte[] bytes = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, associatedData);
    SecretFiles.replaceOwnerOnly(path, bytes);
  }
}
