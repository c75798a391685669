package org.tracemark.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A test HTTP client with its own cookie jar and the session's CSRF token. Never follows redirects. */
public final class Client {
  static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf;

  Client(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** A response: status, body as text, headers. */
  public record Response(int status, String body, HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  public Response login(String user, String password) throws Exception {
    csrf = get("/api/session").json().get("csrf").asText();
    Response r = post("/api/session", Map.of("user", user, "password", password));
    if (r.status() == 200) {
      csrf = r.json().get("csrf").asText();
    }
    return r;
  }

  /** Fetches the current CSRF token (the session's, or the pre-login one). */
  public String refreshCsrf() throws Exception {
    csrf = get("/api/session").json().get("csrf").asText();
    return csrf;
  }

  public String csrf() {
    return csrf;
  }

  public List<HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }

  public Response get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String path, Object json) throws Exception {
    return post(path, json, csrf);
  }

  public Response post(String path, Object json, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)));
    if (token != null) {
      b.header("X-CSRF-Token", token);
    }
    return send(b);
  }

  public Response post(String path, Object json, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)));
    headers.forEach(b::header);
    return send(b);
  }

  /** A urlencoded form, with the CSRF token as the form field {@code _csrf} unless {@code withToken} is false. */
  public Response form(String path, Map<String, String> fields, boolean withToken) throws Exception {
    StringBuilder body = new StringBuilder();
    Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    if (withToken && csrf != null) {
      all.put("_csrf", csrf);
    }
    all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
        .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** A multipart upload of {@code files} as field {@code file}, with the CSRF header. */
  public Response upload(String path, Path... files) throws Exception {
    String boundary = "----tm" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Path f : files) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(f));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  public HttpResponse<byte[]> download(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public Response send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = http.send(b.timeout(Duration.ofMinutes(2)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.body(), r.headers());
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  static String query(Map<String, String> params) {
    return params.entrySet().stream().map(e -> e.getKey() + "="
        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
