package org.tracemark.server.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final Pattern KEY = Pattern.compile("page\\.[tf]\\(\"([A-Za-z.]+)\"[,)]");

  @Test
  void chineseAndEnglish_defineTheSameKeys() {
    assertThat(Messages.of(Lang.EN).keys()).containsExactlyInAnyOrderElementsOf(Messages.of(Lang.ZH).keys());
  }

  @Test
  void everyKeyATemplateUses_isDefined() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
        Matcher m = KEY.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(Messages.of(Lang.ZH).keys()).containsAll(used);
  }

  @Test
  void placeholders_matchBetweenLanguages() {
    Pattern placeholder = Pattern.compile("%(\\d\\$)?[sd]");
    for (String key : Messages.of(Lang.ZH).keys()) {
      long zh = placeholder.matcher(Messages.of(Lang.ZH).get(key)).results().count();
      long en = placeholder.matcher(Messages.of(Lang.EN).get(key)).results().count();
      assertThat(en).as(key).isEqualTo(zh);
    }
  }

  @Test
  void languageChoice_englishOnlyWhenAsked() {
    assertThat(Lang.of("en")).isEqualTo(Lang.EN);
    assertThat(Lang.of(null)).isEqualTo(Lang.ZH);
    assertThat(Lang.of("fr")).isEqualTo(Lang.ZH);
    assertThat(Messages.of(Lang.EN).format("trace.moreRows", 3, 120)).isEqualTo(
        "About 120 more rows like these would settle release #3.");
    assertThat(Messages.of(Lang.ZH).format("trace.moreRows", 3, 120)).isEqualTo("要判定发布 #3，约还需 120 行同类泄露数据。");
  }
}
