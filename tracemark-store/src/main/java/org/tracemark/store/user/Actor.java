package org.tracemark.store.user;

import java.util.Objects;

/**
 * Who is acting in this run. {@code bootstrap} is true while no user is registered: the OS user then acts as admin
 * so that the first admin can be created, and the audit log records the actor as {@code bootstrap:<name>}.
 */
public record Actor(String name, Role role, boolean bootstrap) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** The name the audit log records. */
  public String auditName() {
    return bootstrap ? "bootstrap:" + name : name;
  }

  /** @throws AccessDeniedException unless the role allows {@code permission} */
  public void require(Permission permission) throws AccessDeniedException {
    if (!role.allows(permission)) {
      throw new AccessDeniedException("user '" + name + "' (" + role.id() + ") may not "
          + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + "; 角色 " + role.id() + " 无此权限");
    }
  }
}
