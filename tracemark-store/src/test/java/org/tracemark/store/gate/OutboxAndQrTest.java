package org.tracemark.store.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxAndQrTest {
  @TempDir Path home;

  @Test
  void outbox_writesOneOwnerOnlyFilePerMessage_readableBack() throws Exception {
    OutboxSmsProvider outbox = new OutboxSmsProvider(home, Clock.systemUTC());
    outbox.send(HttpSmsProviderTest.message());
    outbox.send(HttpSmsProviderTest.message());
    try (var files = Files.list(outbox.directory())) {
      var list = files.toList();
      assertThat(list).hasSize(2);
      Path file = list.get(0);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(Files.getPosixFilePermissions(file))
            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      }
      Map<String, String> read = OutboxSmsProvider.read(file);
      assertThat(read).containsEntry("to", "10012345678").containsEntry("param.code", "482913")
          .containsEntry("template", "tracemark_join_code");
      assertThat(read.get("text")).startsWith("验证码 482913");
    }
    assertThat(HttpSmsProviderTest.message().toString()).doesNotContain("10012345678").doesNotContain("482913");
  }

  @Test
  void joinLink_joinsBaseAndPath_refusesOddBases() {
    OwnerGroup group = new OwnerGroup(1, "abcdefghjkmn", 1, "阳光花园", "业主群", OwnerGroup.Status.OPEN,
        Instant.EPOCH, "sam", 0, 0);
    assertThat(JoinLink.of("https://gate.example.com", group)).hasToString("https://gate.example.com/join/abcdefghjkmn");
    assertThat(JoinLink.of("https://example.com/tm/", group)).hasToString("https://example.com/tm/join/abcdefghjkmn");
    assertThatThrownBy(() -> JoinLink.of("ftp://example.com", group)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JoinLink.of("https://example.com/?x=1", group))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JoinLink.of("https://u:p@example.com", group))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The PNG is a real QR code: ZXing's decoder reads the link back from the pixels. */
  @Test
  void qr_decodesBackToTheLink() throws Exception {
    URI link = URI.create("https://gate.example.com/join/abcdefghjkmn");
    byte[] png = JoinQr.png(link, JoinQr.DEFAULT_SIZE);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(JoinQr.DEFAULT_SIZE * 3 / 4,
        JoinQr.DEFAULT_SIZE);
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    Result decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))));
    assertThat(decoded.getText()).isEqualTo(link.toString());
    assertThat(Set.of(pixels[0])).containsExactly(0xFFFFFFFF);
  }
}
