package org.tracemark.store.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP SMS provider against a stub gateway on 127.0.0.1 (the JDK's HTTP server): what it sends, how it
 * authenticates, what it does with refusals and silence — and that no failure message carries the number or text.
 * The destination is a number in the unassigned 100 segment: no real phone.
 */
class HttpSmsProviderTest {
  private static final String NOBODY = "10012345678";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private volatile long delayMillis;

  record Request(String method, String path, String contentType, String authorization, JsonNode body) {}

  @BeforeEach
  void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/sms/send", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(body)));
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status.get(), answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopStub() {
    server.stop(0);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send");
  }

  static SmsMessage message() {
    return new SmsMessage(NOBODY, "验证码 482913，用于加入「阳光花园业主群」", JoinGate.SMS_TEMPLATE,
        Map.of("code", "482913", "minutes", "5", "group", "阳光花园业主群"));
  }

  @Test
  void send_postsJsonWithBasicAuth() throws Exception {
    new HttpSmsProvider(url(), HttpSmsProvider.Credentials.basic("key-id", "s3cret"), "物业通知", Duration.ofSeconds(5))
        .send(message());
    assertThat(requests).hasSize(1);
    Request r = requests.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.authorization()).isEqualTo("Basic "
        + Base64.getEncoder().encodeToString("key-id:s3cret".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.body().get("to").asText()).isEqualTo("+86" + NOBODY);
    assertThat(r.body().get("template").asText()).isEqualTo("tracemark_join_code");
    assertThat(r.body().get("params").get("code").asText()).isEqualTo("482913");
    assertThat(r.body().get("text").asText()).contains("阳光花园业主群");
    assertThat(r.body().get("sender").asText()).isEqualTo("物业通知");
  }

  @Test
  void send_bearerToken() throws Exception {
    new HttpSmsProvider(url(), HttpSmsProvider.Credentials.bearer("tok-123"), "", Duration.ofSeconds(5))
        .send(message());
    assertThat(requests.get(0).authorization()).isEqualTo("Bearer tok-123");
  }

  @Test
  void refusalAndTimeout_areErrorsThatNameNeitherNumberNorCode() {
    status.set(503);
    HttpSmsProvider provider = new HttpSmsProvider(url(), HttpSmsProvider.Credentials.bearer("t"), "",
        Duration.ofMillis(3_000));
    assertThatThrownBy(() -> provider.send(message())).isInstanceOf(IOException.class)
        .hasMessage("SMS gateway answered HTTP 503");
    status.set(200);
    delayMillis = 6_000;
    assertThatThrownBy(() -> provider.send(message())).isInstanceOf(IOException.class)
        .hasMessageNotContaining(NOBODY).hasMessageNotContaining("482913")
        .hasMessage("SMS gateway did not answer within 3000 ms");
  }

  @Test
  void unreachableGateway_isAnErrorWithoutTheNumber() throws Exception {
    URI dead = url();
    server.stop(0);
    HttpSmsProvider provider = new HttpSmsProvider(dead, HttpSmsProvider.Credentials.bearer("t"), "",
        Duration.ofSeconds(2));
    assertThatThrownBy(() -> provider.send(message())).isInstanceOf(IOException.class)
        .hasMessageStartingWith("SMS gateway unreachable").hasMessageNotContaining(NOBODY);
    startStub();
  }

  @Test
  void credentials_neverGoInClearToAnotherHost() {
    assertThatThrownBy(() -> new HttpSmsProvider(URI.create("http://sms.example.com/send"),
        HttpSmsProvider.Credentials.bearer("t"), "", Duration.ofSeconds(1)))
        .hasMessageContaining("https://");
    assertThat(new HttpSmsProvider(URI.create("https://sms.example.com/send"),
        HttpSmsProvider.Credentials.bearer("t"), "", Duration.ofSeconds(1)).name()).isEqualTo("http");
    assertThat(HttpSmsProvider.Credentials.basic("u", "secret").toString()).doesNotContain("secret");
  }

  @Test
  void config_fromEnvironment_selectsTheProvider() {
    assertThat(SmsConfig.fromEnv(Map.of()).kind()).isEqualTo("outbox");
    SmsConfig http = SmsConfig.fromEnv(Map.of("TRACEMARK_SMS", "http", "TRACEMARK_SMS_URL", url().toString(),
        "TRACEMARK_SMS_TOKEN", "abc"));
    assertThat(http.open(java.nio.file.Path.of("."), java.time.Clock.systemUTC())).isInstanceOf(HttpSmsProvider.class);
    assertThatThrownBy(() -> SmsConfig.fromEnv(Map.of("TRACEMARK_SMS", "http")))
        .hasMessageContaining("TRACEMARK_SMS_URL");
    assertThatThrownBy(() -> SmsConfig.fromEnv(Map.of("TRACEMARK_SMS", "pigeon"))).hasMessageContaining("outbox");
  }

  /** The dispatcher drives the HTTP provider end to end: queued sends reach the stub, failures are counted. */
  @Test
  void dispatcher_sendsThroughTheGateway_countsFailures() throws Exception {
    HttpSmsProvider provider = new HttpSmsProvider(url(), HttpSmsProvider.Credentials.bearer("t"), "",
        Duration.ofSeconds(5));
    try (SmsDispatcher dispatcher = new SmsDispatcher(provider, 10)) {
      dispatcher.submit(java.util.Optional.of(message()));
      dispatcher.submit(java.util.Optional.empty());
      assertThat(dispatcher.drain(10_000)).isTrue();
      status.set(500);
      dispatcher.submit(java.util.Optional.of(message()));
      assertThat(dispatcher.drain(10_000)).isTrue();
      assertThat(dispatcher.sent()).isEqualTo(1);
      assertThat(dispatcher.failed()).isEqualTo(1);
    }
    assertThat(requests).hasSize(2);
  }
}
