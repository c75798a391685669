package org.tracemark.gate;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The long half of an admission pass: {@code TMP1.<payload>.<signature>}, both parts URL-safe Base64 without
 * padding. The payload is {@link PassClaims} in its canonical binary form; the signature (Ed25519, made by the store
 * with the home's pass key) covers {@link PassClaims#signedBytes()}. Anyone holding the public key
 * ({@code keys/gate-pass-public.json}) can check a token offline; the store adds whether it was revoked or already
 * presented. Pure; thread-safe.
 */
public final class PassToken {
  public static final String PREFIX = "TMP1.";
  /** Tokens longer than this are refused before decoding: a real one is about 200 characters. */
  static final int MAX_LENGTH = 1_000;

  private PassToken() {}

  /** A parsed token: the claims, and the signature to check over {@link PassClaims#signedBytes()}. */
  public record Parsed(PassClaims claims, byte[] signature) {}

  public static String encode(PassClaims claims, byte[] signature) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return PREFIX + b64.encodeToString(claims.payload()) + "." + b64.encodeToString(signature);
  }

  /** Whether {@code text} looks like a token rather than a short code. */
  public static boolean looksLikeToken(String text) {
    return text.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** The claims and signature of a well-formed token; empty for anything else (the signature is not checked here). */
  public static Optional<Parsed> decode(String token) {
    String t = token.strip();
    if (t.length() > MAX_LENGTH || !looksLikeToken(t)) {
      return Optional.empty();
    }
    String[] parts = t.substring(PREFIX.length()).split("\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      byte[] payload = b64.decode(parts[0]);
      byte[] signature = b64.decode(parts[1]);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
      PassClaims claims = new PassClaims(readField(in), readField(in), readField(in), readField(in),
          Instant.ofEpochSecond(in.readLong()), Instant.ofEpochSecond(in.readLong()));
      if (in.available() != 0 || signature.length == 0) {
        return Optional.empty();
      }
      return Optional.of(new Parsed(claims, signature));
    } catch (IllegalArgumentException | IOException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String readField(DataInputStream in) throws IOException {
    int length = in.readUnsignedShort();
    byte[] utf8 = in.readNBytes(length);
    if (utf8.length != length) {
      throw new IOException("truncated");
    }
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
