package org.tracemark.store.gate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The join link a manager publishes instead of admitting by invitation: the server's public base URL and the
 * group's join path, {@code https://gate.example.com/join/<public id>}. Pure.
 */
public final class JoinLink {
  private JoinLink() {}

  /**
   * @param baseUrl where the public reaches the server, {@code http(s)://host[:port][/prefix]}
   * @throws IllegalArgumentException for anything else (a query, a fragment, credentials, another scheme)
   */
  public static URI of(String baseUrl, OwnerGroup group) {
    URI base;
    try {
      base = new URI(baseUrl.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + baseUrl.strip());
    }
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || base.getHost() == null || base.getRawQuery() != null
        || base.getRawFragment() != null || base.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the public base URL must be http(s)://host[:port][/path], without query, "
          + "fragment or credentials: " + baseUrl.strip());
    }
    String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
    return URI.create(scheme + "://" + base.getRawAuthority() + path + group.joinPath());
  }
}
