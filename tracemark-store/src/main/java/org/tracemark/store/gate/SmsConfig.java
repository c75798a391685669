package org.tracemark.store.gate;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which SMS provider the gate uses, from the environment (secrets do not belong on a command line):
 *
 * <table>
 *   <caption>variables</caption>
 *   <tr><td>{@code TRACEMARK_SMS}</td><td>{@code outbox} (default) or {@code http}</td></tr>
 *   <tr><td>{@code TRACEMARK_SMS_URL}</td><td>the gateway's send endpoint (http)</td></tr>
 *   <tr><td>{@code TRACEMARK_SMS_USER}, {@code TRACEMARK_SMS_SECRET}</td><td>HTTP Basic credentials</td></tr>
 *   <tr><td>{@code TRACEMARK_SMS_TOKEN}</td><td>a bearer token instead</td></tr>
 *   <tr><td>{@code TRACEMARK_SMS_SENDER}</td><td>the signature the gateway shows, default {@code Tracemark}</td></tr>
 * </table>
 *
 * @param kind {@code outbox} or {@code http}
 */
public record SmsConfig(String kind, Optional<URI> url, HttpSmsProvider.Credentials credentials, String sender) {
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** @throws IllegalArgumentException for an unknown kind or an http provider without a URL */
  public static SmsConfig fromEnv(Map<String, String> env) {
    String kind = env.getOrDefault("TRACEMARK_SMS", "outbox").strip().toLowerCase(java.util.Locale.ROOT);
    Optional<URI> url = Optional.ofNullable(env.get("TRACEMARK_SMS_URL")).filter(s -> !s.isBlank()).map(URI::create);
    HttpSmsProvider.Credentials credentials = new HttpSmsProvider.Credentials(
        nonBlank(env, "TRACEMARK_SMS_USER"), nonBlank(env, "TRACEMARK_SMS_SECRET"), nonBlank(env,
        "TRACEMARK_SMS_TOKEN"));
    String sender = nonBlank(env, "TRACEMARK_SMS_SENDER").orElse("Tracemark");
    switch (kind) {
      case "outbox" -> { }
      case "http" -> {
        if (url.isEmpty()) {
          throw new IllegalArgumentException("TRACEMARK_SMS=http needs TRACEMARK_SMS_URL");
        }
      }
      default -> throw new IllegalArgumentException("TRACEMARK_SMS must be outbox or http, not '" + kind + "'");
    }
    return new SmsConfig(kind, url, credentials, sender);
  }

  /** The provider this configuration names. */
  public SmsProvider open(Path home, Clock clock) {
    return kind.equals("http")
        ? new HttpSmsProvider(url.orElseThrow(), credentials, sender, TIMEOUT)
        : new OutboxSmsProvider(home, clock);
  }

  private static Optional<String> nonBlank(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank());
  }
}
