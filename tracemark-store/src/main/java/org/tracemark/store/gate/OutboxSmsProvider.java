package org.tracemark.store.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.tracemark.store.crypto.SecretFiles;

/**
 * The development SMS provider: every message is written as a UTF-8 file {@code <home>/sms-outbox/<time>-<rand>.txt}
 * (owner-only, 0600), standing in for the handset. The file holds the destination and the code — that is its
 * point, a developer or a test reads the code there — so it belongs on development machines only; the server warns
 * at start while it is in use.
 *
 * <p>File format: {@code to: <digits>}, {@code template: <name>}, one {@code param.<name>: <value>} line per
 * parameter, a blank line, then the text.
 */
public final class OutboxSmsProvider implements SmsProvider {
  public static final String DIRECTORY = "sms-outbox";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public OutboxSmsProvider(Path home, Clock clock) {
    this.dir = home.resolve(DIRECTORY);
    this.clock = clock;
  }

  @Override
  public void send(SmsMessage message) throws IOException {
    StringBuilder file = new StringBuilder(256);
    file.append("to: ").append(message.to()).append('\n');
    file.append("template: ").append(message.template()).append('\n');
    new TreeMap<>(message.params()).forEach((k, v) -> file.append("param.").append(k).append(": ").append(v)
        .append('\n'));
    file.append('\n').append(message.text()).append('\n');
    byte[] suffix = new byte[4];
    random.nextBytes(suffix);
    Path target = dir.resolve(STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix) + ".txt");
    SecretFiles.createOwnerOnly(target, file.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return "outbox";
  }

  public Path directory() {
    return dir;
  }

  /** Reads one outbox file back: {@code to}, {@code template}, {@code param.*} and {@code text}. For tests and tools. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    String content = Files.readString(file, StandardCharsets.UTF_8);
    int blank = content.indexOf("\n\n");
    for (String line : content.substring(0, blank).split("\n")) {
      int colon = line.indexOf(": ");
      out.put(line.substring(0, colon), line.substring(colon + 2));
    }
    out.put("text", content.substring(blank + 2).stripTrailing());
    return out;
  }
}
