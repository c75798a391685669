package org.tracemark.cli.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.report.gate.GateJson;
import org.tracemark.cli.UsageException;
import org.tracemark.io.BadInputException;
import org.tracemark.screen.MessageClass;
import org.tracemark.screen.MessageScreener;
import org.tracemark.screen.Screening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracemark screen MESSAGE | --file F}: what a group bot would do with a message — personal-data trade, fake
 * crowdfunding, a diet ad, a QR invitation, another ad, or nothing — and the cues that decided. No vault needed.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Classify owners'-group messages (PII_TRADE, SCAM_CROWDFUNDING, DIET_AD, QR_INVITE, AD, OK).",
        "业主群消息分类：倒卖个人信息、虚假筹款、减肥广告、扫码拉群、其他广告或正常。"})
public final class ScreenCommand implements Callable<Integer> {
  /** Messages longer than this are refused: a chat message is short, and the screener's work grows with length. */
  static final int MAX_CHARS = 4_000;

  @Parameters(arity = "0..*", paramLabel = "MESSAGE", description = "The message (words are joined by spaces).")
  List<String> words;

  @Option(names = "--file", paramLabel = "F",
      description = "Screen every non-empty line of F (UTF-8) as one message; '-' reads standard input.")
  Path file;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    boolean hasWords = words != null && !words.isEmpty();
    if (hasWords == (file != null)) {
      throw new UsageException("give a MESSAGE or --file F, not both or neither");
    }
    MessageScreener screener = MessageScreener.standard();
    if (hasWords) {
      String message = String.join(" ", words);
      if (message.length() > MAX_CHARS) {
        throw new UsageException("the message is longer than " + MAX_CHARS + " characters");
      }
      Screening s = screener.screen(message);
      if (json.enabled()) {
        Json.print(json(s));
      } else {
        GateSupport.OUT.println(line(s));
      }
      return 0;
    }
    Map<MessageClass, Integer> counts = new EnumMap<>(MessageClass.class);
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("messages");
    try (BufferedReader reader = open(file)) {
      long number = 0;
      for (String text; (text = reader.readLine()) != null; ) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        if (text.length() > MAX_CHARS) {
          throw new BadInputException(file, number, 0, "line longer than " + MAX_CHARS + " characters");
        }
        Screening s = screener.screen(text);
        counts.merge(s.messageClass(), 1, Integer::sum);
        if (json.enabled()) {
          items.add(json(s).put("line", number));
        } else {
          GateSupport.OUT.println(number + "\t" + line(s));
        }
      }
    }
    if (json.enabled()) {
      ObjectNode c = out.putObject("counts");
      for (MessageClass k : MessageClass.values()) {
        c.put(k.name(), counts.getOrDefault(k, 0));
      }
      Json.print(out);
    } else {
      GateSupport.ERR.println("合计 totals: " + counts);
    }
    return 0;
  }

  private static BufferedReader open(Path file) throws IOException, BadInputException {
    if (file.toString().equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file, 0, 0, "not a readable file");
    }
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  static ObjectNode json(Screening s) {
    return GateJson.screening(s);
  }

  private static String line(Screening s) {
    return s.messageClass().name() + (s.matchedCues().isEmpty() ? "" : "\t" + String.join(", ", s.matchedCues()));
  }
}
