package org.tracemark.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The vault's three Tink keysets, kept in {@code <home>/keys/} encrypted under the {@link MasterKey}:
 * <ul>
 *   <li>{@code fields.tink}: AES256_GCM, encrypts personal fields ({@link FieldCipher}); rotated by
 *       {@code tracemark keys rotate}.
 *   <li>{@code index.tink}: HMAC_SHA256_PRF, blind indexes and row digests ({@link BlindIndex}); rotated only on
 *       request ({@code keys rotate --blind-index}), because tokens exported for tracing would stop matching.
 *   <li>{@code audit.tink}: ED25519, signs audit checkpoints; its public half is written to
 *       {@code audit-public.json} so an outside auditor can check checkpoints without any secret.
 *   <li>{@code audit-chain.tink}: HMAC_SHA256 (raw 32-byte tags), links the audit hash chain. Keyed, so that
 *       someone who can write to the database but has no home keys cannot append or rewrite events that verify.
 * </ul>
 * Immutable: a rotation returns a new instance. Thread-safe.
 */
public final class VaultKeys {
  static final String FIELDS_TEMPLATE = "AES256_GCM";
  static final String INDEX_TEMPLATE = "HMAC_SHA256_PRF";
  static final String AUDIT_TEMPLATE = "ED25519";
  static final String CHAIN_TEMPLATE = "HMAC_SHA256_256BITTAG_RAW";

  private final Path dir;
  private final Aead master;
  private final KeysetHandle fields;
  private final KeysetHandle index;
  private final KeysetHandle audit;
  private final KeysetHandle chain;

  private VaultKeys(Path dir, Aead master, KeysetHandle fields, KeysetHandle index, KeysetHandle audit,
      KeysetHandle chain) {
    this.dir = dir;
    this.master = master;
    this.fields = fields;
    this.index = index;
    this.audit = audit;
    this.chain = chain;
  }

  /** Loads the keysets in {@code <home>/keys}; creates any that is missing when {@code mayCreate}. */
  public static VaultKeys loadOrCreate(Path home, Aead master, boolean mayCreate)
      throws IOException, GeneralSecurityException {
    TinkSetup.register();
    Path dir = home.resolve("keys");
    KeysetHandle fields = loadOrCreate(file(dir, "fields"), master, FIELDS_TEMPLATE, mayCreate);
    KeysetHandle index = loadOrCreate(file(dir, "index"), master, INDEX_TEMPLATE, mayCreate);
    KeysetHandle audit = loadOrCreate(file(dir, "audit"), master, AUDIT_TEMPLATE, mayCreate);
    KeysetHandle chain = loadOrCreate(file(dir, "audit-chain"), master, CHAIN_TEMPLATE, mayCreate);
    VaultKeys keys = new VaultKeys(dir, master, fields, index, audit, chain);
    keys.writePublicAuditKey();
    return keys;
  }

  private static KeysetFile file(Path dir, String purpose) {
    return new KeysetFile(dir.resolve(purpose + ".tink"), purpose);
  }

  private static KeysetHandle loadOrCreate(KeysetFile file, Aead master, String template, boolean mayCreate)
      throws IOException, GeneralSecurityException {
    if (file.exists()) {
      return file.read(master);
    }
    if (!mayCreate) {
      throw new GeneralSecurityException("a keyset is missing from the home while the database already holds "
          + "encrypted data: restore the home's keys directory");
    }
    KeysetHandle handle = KeysetHandle.generateNew(com.google.crypto.tink.KeyTemplates.get(template));
    file.write(handle, master);
    return handle;
  }

  private void writePublicAuditKey() throws IOException, GeneralSecurityException {
    String json = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(audit.getPublicKeysetHandle());
    Files.writeString(dir.resolve("audit-public.json"), json, StandardCharsets.UTF_8);
  }

  /**
   * Another keyset of the home, kept like the four above ({@code <home>/keys/<purpose>.tink}, encrypted under the
   * master key with its purpose as associated data), for features that need their own key (the release marks'
   * PRF). Created when missing only if {@code mayCreate}: a missing keyset while data made with it exists means a
   * damaged home, not a fresh one.
   */
  public KeysetHandle featureKeyset(String purpose, String template, boolean mayCreate)
      throws IOException, GeneralSecurityException {
    return loadOrCreate(file(dir, purpose), master, template, mayCreate);
  }

  public FieldCipher fieldCipher() throws GeneralSecurityException {
    return new FieldCipher(fields.getPrimitive(RegistryConfiguration.get(), Aead.class));
  }

  public BlindIndex blindIndex() throws GeneralSecurityException {
    return new BlindIndex(index.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
  }

  /** The blind-index PRF for the workers of a distributed job; see {@link PortableBlindIndex} for its risk. */
  public PortableBlindIndex portableBlindIndex() throws GeneralSecurityException {
    return new PortableBlindIndex(index);
  }

  public PublicKeySign auditSigner() throws GeneralSecurityException {
    return audit.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
  }

  public Mac auditChainMac() throws GeneralSecurityException {
    return chain.getPrimitive(RegistryConfiguration.get(), Mac.class);
  }

  public PublicKeyVerify auditVerifier() throws GeneralSecurityException {
    return audit.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
  }

  /** The Tink key id of the primary field key: what the audit log records for a rotation. */
  public int primaryFieldKeyId() {
    return fields.getPrimary().getId();
  }

  public int primaryIndexKeyId() {
    return index.getPrimary().getId();
  }

  /**
   * Step 1 of a rotation: a new primary field key (and, if asked, a new primary PRF key) is added and written to the
   * home while the old keys stay, so every existing ciphertext stays readable whatever happens next.
   */
  public VaultKeys withNewPrimaries(boolean rotateIndex) throws IOException, GeneralSecurityException {
    KeysetHandle newFields = addPrimary(fields, FIELDS_TEMPLATE);
    KeysetHandle newIndex = rotateIndex ? addPrimary(index, INDEX_TEMPLATE) : index;
    file(dir, "fields").write(newFields, master);
    if (rotateIndex) {
      file(dir, "index").write(newIndex, master);
    }
    return new VaultKeys(dir, master, newFields, newIndex, audit, chain);
  }

  /**
   * Step 3 of a rotation, after every field was re-encrypted (and every token recomputed) and committed: the old
   * keys are destroyed, so a stolen copy of an old keyset no longer opens the current data.
   */
  public VaultKeys withoutOldKeys(boolean rotatedIndex) throws IOException, GeneralSecurityException {
    KeysetHandle newFields = primaryOnly(fields);
    KeysetHandle newIndex = rotatedIndex ? primaryOnly(index) : index;
    file(dir, "fields").write(newFields, master);
    if (rotatedIndex) {
      file(dir, "index").write(newIndex, master);
    }
    return new VaultKeys(dir, master, newFields, newIndex, audit, chain);
  }

  private static KeysetHandle addPrimary(KeysetHandle handle, String template) throws GeneralSecurityException {
    return KeysetHandle.newBuilder(handle)
        .addEntry(KeysetHandle.generateEntryFromParametersName(template).withRandomId().makePrimary())
        .build();
  }

  private static KeysetHandle primaryOnly(KeysetHandle handle) throws GeneralSecurityException {
    KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
    for (int i = builder.size() - 1; i >= 0; i--) {
      if (!builder.getAt(i).isPrimary()) {
        builder.deleteAt(i);
      }
    }
    return builder.build();
  }

  /** Number of keys in the field keyset and how many are enabled; for {@code keys rotate}'s report. */
  public int fieldKeyCount() {
    int enabled = 0;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.getAt(i).getStatus() == KeyStatus.ENABLED) {
        enabled++;
      }
    }
    return enabled;
  }
}
