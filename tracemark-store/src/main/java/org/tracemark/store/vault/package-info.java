/**
 * Owner records: communities, the all-or-nothing idempotent import, reading and finding records (decrypted, to be
 * masked by the caller unless unmasked with a purpose), and key rotation. {@link org.tracemark.store.vault.Vault}
 * is the entry point.
 */
package org.tracemark.store.vault;
