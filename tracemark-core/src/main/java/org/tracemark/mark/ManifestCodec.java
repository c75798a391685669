package org.tracemark.mark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * The compact, versioned byte form of a {@link ReleaseManifest}, for the store to keep (encrypted) in one column.
 *
 * <p>Layout (big-endian, strings as modified UTF-8): format byte 1; release id; recipient id; released-at epoch
 * milliseconds; policy version, marked-field bitmask, canaries per thousand; key id; the record bitmap in Roaring's
 * portable format (run-optimised); canary count and each canary's id and values. In memory only; no I/O.
 */
public final class ManifestCodec {
  private static final int FORMAT = 1;

  private ManifestCodec() {}

  public static byte[] encode(ReleaseManifest m) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(FORMAT);
      out.writeUTF(m.releaseId());
      out.writeUTF(m.recipientId());
      out.writeLong(m.releasedAt().toEpochMilli());
      out.writeByte(m.policy().version());
      int mask = 0;
      for (MarkField f : m.policy().marked()) {
        mask |= 1 << f.ordinal();
      }
      out.writeInt(mask);
      out.writeByte(m.policy().canariesPerThousand());
      out.writeUTF(m.keyId());
      RoaringBitmap records = m.recordsCopy();
      records.runOptimize();
      records.serialize(out);
      out.writeInt(m.canaries().size());
      for (Canary c : m.canaries()) {
        out.writeInt(c.id());
        writeValues(out, c.values());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @throws IllegalArgumentException when the bytes are not a manifest of a known format */
  public static ReleaseManifest decode(byte[] data) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("unknown manifest format " + format);
      }
      String releaseId = in.readUTF();
      String recipientId = in.readUTF();
      Instant at = Instant.ofEpochMilli(in.readLong());
      int version = in.readUnsignedByte();
      int mask = in.readInt();
      Set<MarkField> marked = EnumSet.noneOf(MarkField.class);
      for (MarkField f : MarkField.values()) {
        if ((mask & (1 << f.ordinal())) != 0) {
          marked.add(f);
        }
      }
      MarkPolicy policy = new MarkPolicy(version, marked, in.readUnsignedByte());
      String keyId = in.readUTF();
      RoaringBitmap records = new RoaringBitmap();
      records.deserialize(in);
      int n = in.readInt();
      List<Canary> canaries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        canaries.add(new Canary(in.readInt(), readValues(in)));
      }
      return new ReleaseManifest(releaseId, recipientId, at, policy, keyId, records, canaries);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated or corrupt manifest", e);
    }
  }

  private static void writeValues(DataOutputStream out, OwnerValues v) throws IOException {
    out.writeUTF(v.community());
    out.writeInt(v.building());
    out.writeInt(v.unit());
    out.writeInt(v.floor());
    out.writeUTF(v.room());
    out.writeUTF(v.name());
    out.writeUTF(v.mobile());
    out.writeUTF(v.idNumber());
    out.writeUTF(v.floorArea().toPlainString());
    out.writeLong(v.purchaseDate().toEpochDay());
    out.writeLong(v.handoverDate().toEpochDay());
  }

  private static OwnerValues readValues(DataInputStream in) throws IOException {
    return new OwnerValues(in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readUTF(), in.readUTF(),
        in.readUTF(), in.readUTF(), new BigDecimal(in.readUTF()), LocalDate.ofEpochDay(in.readLong()),
        LocalDate.ofEpochDay(in.readLong()));
  }
}
