/**
 * Users, roles and permissions, the CLI's identity rule (an asserted name, bootstrap admin while no user exists),
 * and the Argon2id password hashes the server authenticates with ({@link org.tracemark.store.user.Passwords}).
 */
package org.tracemark.store.user;
