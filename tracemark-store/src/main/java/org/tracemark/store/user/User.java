package org.tracemark.store.user;

import java.time.Instant;

/**
 * A registered user.
 *
 * @param hasPassword whether a server login password is set (the hash itself never leaves {@link Users})
 */
public record User(long id, String name, Role role, Instant createdAt, String createdBy, boolean hasPassword) {}
