package org.tracemark.store.gate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code of a join link as a PNG, for posters in the lobby and the property office's notices. Encoded by ZXing
 * (error correction M: survives a crease or a smudge; a 4-module quiet zone as the standard asks), drawn black on
 * white at a whole number of pixels per module so scanners see sharp edges.
 */
public final class JoinQr {
  /** Default width and height in pixels. */
  public static final int DEFAULT_SIZE = 512;

  private JoinQr() {}

  public static byte[] png(URI link, int size) throws IOException {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(link.toASCIIString(), BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IOException("the join link is too long for a QR code", e);
    }
    int modules = matrix.getWidth();
    int scale = Math.max(1, size / modules);
    int pixels = modules * scale;
    BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < pixels; y++) {
      for (int x = 0; x < pixels; x++) {
        image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer in this JVM");
    }
    return out.toByteArray();
  }
}
