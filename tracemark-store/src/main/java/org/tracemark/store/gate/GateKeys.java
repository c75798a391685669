package org.tracemark.store.gate;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PrfSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.tracemark.gate.PassClaims;
import org.tracemark.store.crypto.VaultKeys;

/**
 * The gate's two keysets, kept like the vault's own ({@link VaultKeys#featureKeyset}):
 * <ul>
 *   <li>{@code gate.tink}, HMAC-SHA256 PRF: keyed hashes of one-time codes and pass codes (the database holds no
 *       code, only these), and keyed references of client addresses and flats for rate limits — so the limit tables
 *       hold no IP address and cannot be joined with a stolen owner list without the key.
 *   <li>{@code gate-pass.tink}, Ed25519: signs admission passes. Its public half is written to
 *       {@code keys/gate-pass-public.json}, so a pass token can be checked without any secret.
 * </ul>
 * A separate key from the blind index on purpose: the blind index must stay stable for tracing, these may be
 * rotated once no pass is outstanding. Thread-safe.
 */
public final class GateKeys {
  static final String PRF_PURPOSE = "gate";
  static final String SIGN_PURPOSE = "gate-pass";
  static final String PUBLIC_FILE = "gate-pass-public.json";
  /** Keyed references of flats, clients and groups: 128 bits, like blind-index tokens. */
  static final int REF_BYTES = 16;
  /** Keyed hashes of codes: the full 256 bits. */
  static final int MAC_BYTES = 32;

  private final PrfSet prf;
  private final PublicKeySign signer;
  private final PublicKeyVerify verifier;

  private GateKeys(PrfSet prf, PublicKeySign signer, PublicKeyVerify verifier) {
    this.prf = prf;
    this.signer = signer;
    this.verifier = verifier;
  }

  /**
   * @param mayCreate whether missing keysets may be created: only while no pass exists, since a lost signing key
   *     makes every issued pass unverifiable
   */
  public static GateKeys load(VaultKeys keys, Path home, boolean mayCreate)
      throws IOException, GeneralSecurityException {
    KeysetHandle prf = keys.featureKeyset(PRF_PURPOSE, "HMAC_SHA256_PRF", mayCreate);
    KeysetHandle sign = keys.featureKeyset(SIGN_PURPOSE, "ED25519", mayCreate);
    KeysetHandle publicHalf = sign.getPublicKeysetHandle();
    Path publicFile = home.resolve("keys").resolve(PUBLIC_FILE);
    String json = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicHalf);
    if (!Files.exists(publicFile) || !Files.readString(publicFile, StandardCharsets.UTF_8).equals(json)) {
      Files.writeString(publicFile, json, StandardCharsets.UTF_8);
    }
    return new GateKeys(prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class),
        sign.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class),
        publicHalf.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class));
  }

  /** A keyed reference of a value of some kind ({@code unit}, {@code client}, {@code group}). */
  byte[] ref(String kind, String value) throws GeneralSecurityException {
    return prf.computePrimary(input("ref", kind, value.getBytes(StandardCharsets.UTF_8)), REF_BYTES);
  }

  /** The keyed hash of a one-time code, bound to its row and flat so a hash copied to another row is worthless. */
  byte[] codeMac(long codeId, byte[] unitRef, String code) throws GeneralSecurityException {
    ByteBuffer bound = ByteBuffer.allocate(8 + unitRef.length);
    bound.putLong(codeId).put(unitRef);
    return prf.computePrimary(input("code", code, bound.array()), MAC_BYTES);
  }

  /** The keyed hash of a pass's short code (canonical form). */
  byte[] passCodeMac(String canonicalCode) throws GeneralSecurityException {
    return prf.computePrimary(input("pass", canonicalCode, new byte[0]), MAC_BYTES);
  }

  byte[] sign(PassClaims claims) throws GeneralSecurityException {
    return signer.sign(claims.signedBytes());
  }

  boolean signatureValid(PassClaims claims, byte[] signature) {
    try {
      verifier.verify(signature, claims.signedBytes());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Length-prefixed so that no two (label, text, extra) triples share an input. */
  private static byte[] input(String label, String text, byte[] extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    for (byte[] part : new byte[][] {label.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8),
        extra}) {
      out.write(part.length >>> 8);
      out.write(part.length);
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
