package org.tracemark.store.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A real SMS gateway over HTTP: one JSON POST per message to a configured URL,
 *
 * <pre>{"to": "+86…", "template": "…", "params": {"code": "…", "minutes": "5", "group": "…"}, "text": "…",
 *  "sender": "…"}</pre>
 *
 * authenticated with HTTP Basic (key id and secret) or a bearer token. Any 2xx answer is accepted; anything else,
 * a timeout or a refused connection is an {@link IOException} naming the status only — never the destination or the
 * text. Credentials travel only over HTTPS, except to a loopback address (a local relay or a test stub).
 * Thread-safe.
 */
public final class HttpSmsProvider implements SmsProvider {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final Optional<String> authorization;
  private final String sender;
  private final Duration timeout;
  private final HttpClient client;

  /**
   * @param url the gateway's send endpoint, {@code https://…} ({@code http://} only to a loopback host)
   * @param credentials how to authenticate
   * @param sender the signature/sender name some gateways require ({@code 【…】}), may be empty
   */
  public HttpSmsProvider(URI url, Credentials credentials, String sender, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(url))) {
      throw new IllegalArgumentException("the SMS gateway URL must be https:// (http:// only to a loopback address), "
          + "so the credentials are not sent in clear");
    }
    this.authorization = credentials.header();
    this.sender = sender;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** How the gateway is authenticated: Basic with a key id and secret, a bearer token, or nothing. */
  public record Credentials(Optional<String> user, Optional<String> secret, Optional<String> bearer) {
    public Credentials {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(bearer, "bearer");
    }

    public static Credentials basic(String user, String secret) {
      return new Credentials(Optional.of(user), Optional.of(secret), Optional.empty());
    }

    public static Credentials bearer(String token) {
      return new Credentials(Optional.empty(), Optional.empty(), Optional.of(token));
    }

    Optional<String> header() {
      if (bearer.isPresent()) {
        return Optional.of("Bearer " + bearer.get());
      }
      if (user.isPresent()) {
        String pair = user.get() + ":" + secret.orElse("");
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      }
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "Credentials[" + (bearer.isPresent() ? "bearer" : user.isPresent() ? "basic" : "none") + "]";
    }
  }

  @Override
  public void send(SmsMessage message) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("to", "+86" + message.to());
    body.put("template", message.template());
    ObjectNode params = body.putObject("params");
    new TreeMap<>(message.params()).forEach(params::put);
    body.put("text", message.text());
    body.put("sender", sender);
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "tracemark-sms/1")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    authorization.ifPresent(a -> request.header("Authorization", a));
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new IOException("SMS gateway did not answer within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      // The JDK's messages name the host at most; still, say only what kind of failure it was.
      throw new IOException("SMS gateway unreachable (" + e.getClass().getSimpleName() + ")");
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("SMS gateway answered HTTP " + response.statusCode());
    }
  }

  @Override
  public String name() {
    return "http";
  }

  private static boolean isLoopback(URI url) {
    try {
      return url.getHost() != null && InetAddress.getByName(url.getHost()).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
