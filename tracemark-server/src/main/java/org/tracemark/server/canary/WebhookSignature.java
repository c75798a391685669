package org.tracemark.server.canary;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tracemark.server.http.ApiException;
import org.tracemark.store.crypto.SecretFiles;

/**
 * Authenticates the telephony provider's calls to the canary webhook.
 *
 * <p>The provider signs each request with a secret shared with this home: header {@code X-Tracemark-Timestamp}
 * (Unix seconds) and {@code X-Tracemark-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>}. A
 * request is accepted only when the signature verifies (constant-time), the timestamp is within
 * {@link #TOLERANCE} of our clock, and the same signature was not seen before within that window (a replayed call
 * would record a second alert).
 *
 * <p>The secret is {@code TRACEMARK_WEBHOOK_SECRET} if set, else {@code <home>/server/webhook.secret} (32 random
 * bytes, Base64, mode 0600), created on first start. It is never logged or shown in the console.
 */
public final class WebhookSignature {
  public static final String TIMESTAMP = "X-Tracemark-Timestamp";
  public static final String SIGNATURE = "X-Tracemark-Signature";
  public static final String ENV = "TRACEMARK_WEBHOOK_SECRET";
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final byte[] secret;
  private final Clock clock;
  private final Map<String, Long> seen = new ConcurrentHashMap<>();

  WebhookSignature(byte[] secret, Clock clock) {
    this.secret = secret.clone();
    this.clock = clock;
  }

  /** The secret from the environment, else the home's file (created if missing). */
  public static WebhookSignature load(Path home, Map<String, String> env, Clock clock) throws IOException {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new WebhookSignature(fromEnv.strip().getBytes(StandardCharsets.UTF_8), clock);
    }
    Path file = secretFile(home);
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      SecretFiles.createOwnerOnly(file, (Base64.getEncoder().encodeToString(random) + "\n")
          .getBytes(StandardCharsets.US_ASCII));
    }
    return new WebhookSignature(Files.readString(file, StandardCharsets.US_ASCII).strip()
        .getBytes(StandardCharsets.UTF_8), clock);
  }

  public static Path secretFile(Path home) {
    return home.resolve("server").resolve("webhook.secret");
  }

  /** @throws ApiException 401 unless the request is signed, fresh and new */
  public void verify(Context ctx) {
    String timestamp = ctx.header(TIMESTAMP);
    String signature = ctx.header(SIGNATURE);
    if (timestamp == null || signature == null || !signature.startsWith("v1=")) {
      throw unsigned("missing " + TIMESTAMP + " or " + SIGNATURE + " header");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      throw unsigned("bad timestamp");
    }
    long now = clock.millis();
    if (Math.abs(now - seconds * 1000) > TOLERANCE.toMillis()) {
      throw unsigned("timestamp outside the " + TOLERANCE.toMinutes() + "-minute window");
    }
    byte[] expected = sign(timestamp.strip(), ctx.bodyAsBytes());
    byte[] given;
    try {
      given = HexFormat.of().parseHex(signature.substring(3).strip());
    } catch (IllegalArgumentException e) {
      throw unsigned("signature is not hex");
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw unsigned("signature does not verify");
    }
    seen.entrySet().removeIf(e -> e.getValue() < now - 2 * TOLERANCE.toMillis());
    if (seen.putIfAbsent(HexFormat.of().formatHex(given), now) != null) {
      throw unsigned("replayed request");
    }
  }

  /** The signature a provider sends for {@code body} at {@code timestamp} (Unix seconds as text). */
  public byte[] sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiException unsigned(String why) {
    return new ApiException(401, "bad_signature", "webhook refused: " + why);
  }
}
