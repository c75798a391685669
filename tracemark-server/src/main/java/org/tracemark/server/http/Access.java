package org.tracemark.server.http;

import io.javalin.router.EndpointMetadata;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tracemark.store.user.Permission;
import org.tracemark.store.user.Role;

/**
 * Who may call a route, attached to every endpoint as Javalin metadata and enforced by {@link Guard} before the
 * handler runs. A route without it is refused (fail closed), and the route-walk test reads it from the router.
 *
 * @param permission the store permission a role needs, for {@link Kind#PERMISSION}
 */
public record Access(Kind kind, Optional<Permission> permission) implements EndpointMetadata {
  /** The kinds of access. */
  public enum Kind {
    /** Anyone: the login page, static assets, the OpenAPI document. */
    PUBLIC,
    /** Any logged-in user, whatever the role (the dashboard, logging out, one's own password). */
    USER,
    /** A logged-in user whose role allows {@link #permission}. */
    PERMISSION,
    /** A telephony provider, authenticated by an HMAC signature instead of a session. */
    WEBHOOK
  }

  public static final Access PUBLIC = new Access(Kind.PUBLIC, Optional.empty());
  public static final Access USER = new Access(Kind.USER, Optional.empty());
  public static final Access WEBHOOK = new Access(Kind.WEBHOOK, Optional.empty());

  public Access {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(permission, "permission");
    if ((kind == Kind.PERMISSION) != permission.isPresent()) {
      throw new IllegalArgumentException("a permission goes with Kind.PERMISSION only");
    }
  }

  public static Access of(Permission permission) {
    return new Access(Kind.PERMISSION, Optional.of(permission));
  }

  /** Whether a logged-in user of {@code role} passes (webhooks and public routes do not depend on a role). */
  public boolean allows(Role role) {
    return switch (kind) {
      case PUBLIC, USER -> true;
      case PERMISSION -> role.allows(permission.orElseThrow());
      case WEBHOOK -> false;
    };
  }

  /** Whether a session is needed. */
  public boolean needsSession() {
    return kind == Kind.USER || kind == Kind.PERMISSION;
  }

  /** How the OpenAPI document and error messages name it: {@code public}, {@code user}, {@code unmask}... */
  public String label() {
    return kind == Kind.PERMISSION ? permission.orElseThrow().name().toLowerCase(Locale.ROOT)
        : kind.name().toLowerCase(Locale.ROOT);
  }
}
