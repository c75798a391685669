package org.tracemark.store.user;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The five roles. Separation of duties: the admin runs the installation (users, keys, imports) but may not unmask
 * or release, so that whoever can create accounts cannot also quietly read the data; stewards own the data
 * (import, unmask, release); investigators unmask to follow up a leak; viewers see masked records only;
 * gatekeepers (owners'-group admins) only check admission passes.
 */
public enum Role {
  ADMIN(EnumSet.of(Permission.VIEW_MASKED, Permission.IMPORT, Permission.READ_AUDIT, Permission.MANAGE_USERS,
      Permission.ROTATE_KEYS, Permission.MANAGE_GROUPS, Permission.VERIFY_PASS)),
  STEWARD(EnumSet.of(Permission.VIEW_MASKED, Permission.IMPORT, Permission.UNMASK, Permission.RELEASE,
      Permission.READ_AUDIT, Permission.MANAGE_GROUPS, Permission.VERIFY_PASS)),
  INVESTIGATOR(EnumSet.of(Permission.VIEW_MASKED, Permission.UNMASK, Permission.READ_AUDIT, Permission.VERIFY_PASS)),
  VIEWER(EnumSet.of(Permission.VIEW_MASKED, Permission.VERIFY_PASS)),
  /**
   * An owners'-group admin (群主) from outside the organisation: checks admission passes and nothing else — no
   * record, masked or not (issue 9).
   */
  GATEKEEPER(EnumSet.of(Permission.VERIFY_PASS));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Set.copyOf(permissions);
  }

  public boolean allows(Permission permission) {
    return permissions.contains(permission);
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  /** The lower-case name users type ({@code admin}, {@code steward}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String text) {
    for (Role role : values()) {
      if (role.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown role '" + text + "' (admin, steward, investigator, viewer, gatekeeper)");
  }
}
