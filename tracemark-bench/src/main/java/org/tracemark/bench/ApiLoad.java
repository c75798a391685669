package org.tracemark.bench;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load loop against a running {@code tracemark serve}, from its own process on loopback: logs in once,
 * then N client threads send requests back to back for S seconds and the run prints requests/s and latency
 * percentiles. Not a test; the figures go to docs/benchmarks.md (section "Server").
 *
 * <pre>
 * java -cp tracemark-bench/target/benchmarks.jar org.tracemark.bench.ApiLoad URL USER PASSWORD_FILE \
 *     search OWNERS.csv SECONDS THREADS
 * java -cp tracemark-bench/target/benchmarks.jar org.tracemark.bench.ApiLoad URL USER PASSWORD_FILE \
 *     trace LEAK.csv SECONDS THREADS
 * </pre>
 *
 * {@code search} posts {@code /api/owners/search} with a random mobile of the owner list (column 联系电话);
 * {@code trace} uploads the leaked file to {@code /api/traces} and waits for the verdict.
 */
public final class ApiLoad {
  private ApiLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println("usage: ApiLoad URL USER PASSWORD_FILE search|trace FILE SECONDS THREADS");
      System.exit(2);
    }
    String base = args[0].replaceAll("/$", "");
    String user = args[1];
    String password = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).get(0).strip();
    String mode = args[3];
    Path file = Path.of(args[4]);
    long seconds = Long.parseLong(args[5]);
    int threads = Integer.parseInt(args[6]);

    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).build();
    String csrf = login(http, base, user, password);
    List<HttpRequest> requests = switch (mode) {
      case "search" -> searches(base, csrf, file);
      case "trace" -> List.of(upload(base + "/api/traces", csrf, file));
      default -> throw new IllegalArgumentException("mode must be search or trace");
    };

    // One request outside the clock: class loading and caches on both sides.
    http.send(requests.get(0), HttpResponse.BodyHandlers.discarding());
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<List<Long>> latencies = new ArrayList<>();
    List<Map<Integer, Integer>> statuses = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      List<Long> mine = new ArrayList<>();
      Map<Integer, Integer> codes = new TreeMap<>();
      latencies.add(mine);
      statuses.add(codes);
      Thread worker = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          HttpRequest r = requests.get(ThreadLocalRandom.current().nextInt(requests.size()));
          long t0 = System.nanoTime();
          int code;
          try {
            code = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (Exception e) {
            code = -1;
          }
          mine.add(System.nanoTime() - t0);
          codes.merge(code, 1, Integer::sum);
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> all = new ArrayList<>();
    latencies.forEach(all::addAll);
    Collections.sort(all);
    Map<Integer, Integer> codes = new TreeMap<>();
    statuses.forEach(m -> m.forEach((k, v) -> codes.merge(k, v, Integer::sum)));
    System.out.printf("%s: %d requests in %.1f s with %d threads = %.1f req/s; latency ms p50 %.1f p95 %.1f p99 %.1f;"
        + " status %s%n", mode, all.size(), elapsed, threads, all.size() / elapsed, pct(all, 0.50), pct(all, 0.95),
        pct(all, 0.99), codes);
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  private static String login(HttpClient http, String base, String user, String password) throws Exception {
    String pre = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String body = "{\"user\":\"" + user + "\",\"password\":\"" + password.replace("\"", "\\\"") + "\"}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
        .header("Content-Type", "application/json").header("X-CSRF-Token", csrf(pre))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
    }
    return csrf(r.body());
  }

  private static String csrf(String json) {
    Matcher m = Pattern.compile("\"csrf\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no csrf token in " + json);
    }
    return m.group(1);
  }

  /** One search request per mobile of the owner list's 联系电话 column. */
  private static List<HttpRequest> searches(String base, String csrf, Path owners) throws Exception {
    List<String> lines = Files.readAllLines(owners, StandardCharsets.UTF_8);
    int column = List.of(lines.get(0).split(",")).indexOf("联系电话");
    List<HttpRequest> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String phone = line.split(",")[column];
      out.add(HttpRequest.newBuilder(URI.create(base + "/api/owners/search"))
          .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
          .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\"}")).build());
    }
    return out;
  }

  private static HttpRequest upload(String url, String csrf, Path file) throws Exception {
    String boundary = "----apiload" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(Files.readAllBytes(file));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-CSRF-Token", csrf).timeout(Duration.ofMinutes(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }
}
