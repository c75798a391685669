package org.tracemark.server.gate;

import java.util.List;
import org.tracemark.store.gate.OwnerGroup;
import org.tracemark.store.gate.PassCheck;

/**
 * The console's groups and verify pages.
 *
 * @param groups every group, with its join URL on this server
 * @param communities the communities a manager may register a group for
 * @param check the answer to a pass just checked (verify page), if any
 */
public record GroupsView(List<Row> groups, List<String> communities, java.util.Optional<PassCheck> check) {
  /** A group and its full join link. */
  public record Row(OwnerGroup group, String joinUrl) {}
}
