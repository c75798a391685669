package org.tracemark.store.user;

import java.time.Instant;

/** A registered user. */
public record User(long id, String name, Role role, Instant createdAt, String createdBy) {}
