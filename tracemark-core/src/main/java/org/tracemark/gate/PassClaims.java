package org.tracemark.gate;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an admission pass vouches for, and all it says: the holder proved they receive the SMS of the mobile on file
 * for a flat in {@code building} of {@code community}, for the group {@code groupId}. No room, no unit, no name, no
 * phone — the admin learns "resident of building 3 of 阳光花园" and nothing more.
 *
 * @param passId the pass's public id (random, base 32), how the store finds its status
 * @param groupId the group's public id (the one in its join link)
 * @param community the community's name
 * @param building the canonical building
 * @param issuedAt when it was issued (second precision)
 * @param expiresAt after this it no longer admits
 */
public record PassClaims(String passId, String groupId, String community, String building, Instant issuedAt,
    Instant expiresAt) {
  /** Domain separation: these bytes are signed for nothing else. */
  static final String CONTEXT = "tracemark admission pass v1";
  private static final int MAX_FIELD = 200;

  public PassClaims {
    Objects.requireNonNull(passId, "passId");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    issuedAt = Instant.ofEpochSecond(issuedAt.getEpochSecond());
    expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    for (String field : List.of(passId, groupId, community, building)) {
      if (field.getBytes(StandardCharsets.UTF_8).length > MAX_FIELD) {
        throw new IllegalArgumentException("pass field too long");
      }
    }
  }

  /** The canonical bytes a pass signature covers: context, then length-prefixed fields and the two times. */
  public byte[] signedBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeField(out, CONTEXT);
      writeBody(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The payload carried in a token: the fields without the context. */
  byte[] payload() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeBody(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void writeBody(DataOutputStream out) throws IOException {
    writeField(out, passId);
    writeField(out, groupId);
    writeField(out, community);
    writeField(out, building);
    out.writeLong(issuedAt.getEpochSecond());
    out.writeLong(expiresAt.getEpochSecond());
  }

  private static void writeField(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeShort(utf8.length);
    out.write(utf8);
  }
}
