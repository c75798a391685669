package org.tracemark.store.user;

/** What a role allows. Kept coarse on purpose: each one maps to commands a person can name. */
public enum Permission {
  /** See owner records masked (list, show, find). */
  VIEW_MASKED,
  /** Import owner lists into a community. */
  IMPORT,
  /** See personal fields in clear, each time with a stated purpose that is audited. */
  UNMASK,
  /** Send copies out of the vault (releases, issue 6). */
  RELEASE,
  /** Read and verify the audit log. */
  READ_AUDIT,
  /** Add users and change roles. */
  MANAGE_USERS,
  /** Rotate keys. */
  ROTATE_KEYS,
  /** Register owners' groups, open or close their join links, revoke admission passes (issue 9). */
  MANAGE_GROUPS,
  /** Check an admission pass: learn "resident of building N of this community" and nothing more (issue 9). */
  VERIFY_PASS
}
