/**
 * Users, roles and permissions, and the CLI's identity rule (an asserted name, bootstrap admin while no user
 * exists). Authentication is not here yet: see docs/vault.md.
 */
package org.tracemark.store.user;
