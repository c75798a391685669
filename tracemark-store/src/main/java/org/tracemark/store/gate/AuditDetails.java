package org.tracemark.store.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;

/**
 * The details of a gate audit event: a small JSON object. Flats and clients appear as the first 6 bytes of their
 * keyed reference (enough to see that the same flat or address keeps coming back, nothing to read a room or an IP
 * from); never a phone, a code or a pass code.
 */
final class AuditDetails {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode node = JSON.createObjectNode();

  AuditDetails put(String name, String value) {
    node.put(name, value);
    return this;
  }

  AuditDetails put(String name, long value) {
    node.put(name, value);
    return this;
  }

  AuditDetails put(String name, boolean value) {
    node.put(name, value);
    return this;
  }

  AuditDetails ref(String name, byte[] ref) {
    node.put(name, HexFormat.of().formatHex(ref, 0, 6));
    return this;
  }

  @Override
  public String toString() {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
