package org.tracemark.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The key-encryption key that wraps the vault's Tink keysets in the home.
 *
 * <p>Format: standard Base64 (RFC 4648, padding allowed) of exactly 32 random bytes, used as an AES-256-GCM key;
 * e.g. {@code head -c 32 /dev/urandom | base64}. Taken from {@code TRACEMARK_MASTER_KEY} if set, else from
 * {@code master.key} in the home, which is created on first use with permissions 0600 and a warning: a key file
 * next to the data it protects only guards against copies of the database alone; production belongs in a KMS.
 */
public final class MasterKey {
  public static final String ENV = "TRACEMARK_MASTER_KEY";
  public static final String FILE = "master.key";
  private static final int KEY_BYTES = 32;

  private MasterKey() {}

  /** The master AEAD for {@code home}; creates the key file if neither the environment nor the file has a key. */
  public static Aead resolve(Path home, Map<String, String> env, PrintStream warnings)
      throws IOException, GeneralSecurityException {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return aead(decode(fromEnv, ENV));
    }
    Path file = home.resolve(FILE);
    if (Files.exists(file)) {
      return aead(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()));
    }
    byte[] raw = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(raw);
    byte[] encoded = (Base64.getEncoder().encodeToString(raw) + "\n").getBytes(StandardCharsets.US_ASCII);
    if (!SecretFiles.createOwnerOnly(file, encoded)) {
      // Another process created it between our check and now: use theirs.
      return aead(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()));
    }
    warnings.println("tracemark: 警告：已在 " + file + " 创建主密钥文件（权限 0600）。生产环境请使用 KMS 或设置 "
        + ENV + "。");
    warnings.println("tracemark: warning: created master key file " + file
        + " (0600). A key file beside the data is for trials; production keys belong in a KMS (" + ENV + ").");
    return aead(raw);
  }

  private static byte[] decode(String text, String source) throws GeneralSecurityException {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("master key in " + source + " is not Base64");
    }
    if (raw.length != KEY_BYTES) {
      throw new GeneralSecurityException("master key in " + source + " must be Base64 of 32 bytes, got "
          + raw.length + " bytes");
    }
    return raw;
  }

  /** An AEAD over raw key bytes, built through Tink's key objects (no subtle API). */
  static Aead aead(byte[] raw) throws GeneralSecurityException {
    TinkSetup.register();
    AesGcmParameters parameters = AesGcmParameters.builder()
        .setKeySizeBytes(KEY_BYTES)
        .setIvSizeBytes(12)
        .setTagSizeBytes(16)
        .setVariant(AesGcmParameters.Variant.NO_PREFIX)
        .build();
    AesGcmKey key = AesGcmKey.builder()
        .setParameters(parameters)
        .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
        .build();
    KeysetHandle handle = KeysetHandle.newBuilder()
        .addEntry(KeysetHandle.importKey(key).withFixedId(1).makePrimary())
        .build();
    return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
  }
}
