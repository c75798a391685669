/**
 * The resident gate for owners' groups (issue 9): the rules, without storage or transport.
 *
 * <p>An applicant names a flat ({@link org.tracemark.gate.UnitAddress}); a one-time code
 * ({@link org.tracemark.gate.OneTimeCode}) goes to the mobile on file; the right code earns an admission pass — a
 * short code a person can type ({@link org.tracemark.gate.PassCode}) and a signed token
 * ({@link org.tracemark.gate.PassToken} over {@link org.tracemark.gate.PassClaims}) that says "resident of building
 * N of this community" and nothing more. {@link org.tracemark.gate.Throttle} decides rate limits and lockouts per
 * client address, per flat and per group under a {@link org.tracemark.gate.GatePolicy}; {@link
 * org.tracemark.gate.PassState} decides what a presented pass is worth. Storage, keys, SMS and the audit trail live in
 * {@code org.tracemark.store.gate}; docs/gate.md has the threat model.
 *
 * <p>Pure: no I/O, no static mutable state; randomness is passed in.
 */
package org.tracemark.gate;
