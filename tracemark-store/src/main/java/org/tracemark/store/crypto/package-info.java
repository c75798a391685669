/**
 * The vault's keys and the primitives over them, through Tink's high-level API only: the master key that wraps the
 * keysets in the home, field encryption bound to record and field, and keyed blind indexes. See docs/vault.md.
 */
package org.tracemark.store.crypto;
