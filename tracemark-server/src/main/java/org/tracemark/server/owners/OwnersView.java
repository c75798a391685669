package org.tracemark.server.owners;

import java.util.List;
import java.util.Optional;
import org.tracemark.store.vault.Communities;
import org.tracemark.store.vault.OwnerRecord;

/**
 * The owners page: a page of masked records, the community filter, and where the next page starts.
 *
 * @param next the id to continue after, empty on the last page
 */
public record OwnersView(List<OwnerRecord> records, List<Communities.Community> communities,
    Optional<String> community, long after, Optional<Long> next) {}
