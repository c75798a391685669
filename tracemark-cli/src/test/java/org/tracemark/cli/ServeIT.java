package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracemark serve} and the password options of {@code user add|passwd}, through the packaged jar. */
class ServeIT {
  @TempDir Path home;

  @Test
  void userAdd_passwordFromStdinOrFile_neverFromArgv_andServeLetsThatUserLogIn() throws Exception {
    var added = CliProcess.runWithInput(home, "first admin password\n", "user", "add", "ada", "--role", "admin",
        "--password-stdin");
    assertThat(added.exitCode()).as(added.stderr()).isZero();
    var noTerminal = CliProcess.run(home, "--user", "ada", "user", "add", "bob", "--role", "viewer", "--password");
    assertThat(noTerminal.exitCode()).isEqualTo(2);
    assertThat(noTerminal.stderr()).contains("--password-stdin");
    var weak = CliProcess.runWithInput(home, "short\n", "--user", "ada", "user", "add", "bob", "--role", "viewer",
        "--password-stdin");
    assertThat(weak.exitCode()).isEqualTo(2);
    assertThat(weak.stderr()).contains("at least 10 characters");
    Path file = Files.writeString(home.resolve("ada.password"), "a changed password\n");
    var changed = CliProcess.run(home, "--user", "ada", "user", "passwd", "ada", "--password-file", file.toString());
    assertThat(changed.exitCode()).as(changed.stderr()).isZero();
    var list = CliProcess.run(home, "--user", "ada", "user", "list", "--json");
    assertThat(list.stdout()).contains("\"name\" : \"ada\"");
    var audit = CliProcess.run(home, "--user", "ada", "audit", "log", "--json");
    assertThat(audit.stdout()).contains("user.password").doesNotContain("a changed password");

    ProcessBuilder builder = new ProcessBuilder(CliProcess.command("serve", "--port", "0"));
    builder.environment().put("TRACEMARK_HOME", home.toString());
    builder.redirectErrorStream(true);
    Process serve = builder.start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String base = null;
      Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/");
      for (String line; base == null && (line = out.readLine()) != null; ) {
        Matcher m = url.matcher(line);
        if (m.find()) {
          base = m.group(1);
        }
      }
      assertThat(base).as("serve printed its address").isNotNull();
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String session = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String csrf = session.replaceAll(".*\"csrf\":\"([^\"]+)\".*", "$1");
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
          .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
          .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"ada\",\"password\":\"a changed password\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      assertThat(login.body()).contains("\"role\":\"admin\"");
      HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create(base + "/api/users")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(users.body()).contains("\"name\":\"ada\"", "\"has_password\":true");
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
  }
}
