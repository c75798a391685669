/**
 * The tamper-evident audit log: a keyed hash chain of events with Ed25519-signed checkpoints and a per-home
 * witness of the last head seen. Events carry ids and counts, never personal values.
 */
package org.tracemark.store.audit;
