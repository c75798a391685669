package org.tracemark.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Set;

/**
 * The one way routes are added: every endpoint carries its {@link Access} and {@link RouteDoc}, which the
 * {@link Guard}, the OpenAPI document and the route-walk test read back from Javalin's router.
 */
public final class Router {
  private final RoutesConfig routes;

  public Router(RoutesConfig routes) {
    this.routes = routes;
  }

  public Router get(String path, Access access, RouteDoc doc, Handler handler) {
    return add(HandlerType.GET, path, access, doc, handler);
  }

  public Router post(String path, Access access, RouteDoc doc, Handler handler) {
    return add(HandlerType.POST, path, access, doc, handler);
  }

  private Router add(HandlerType method, String path, Access access, RouteDoc doc, Handler handler) {
    routes.addEndpoint(new Endpoint(method, path, handler, Set.of(access, doc)));
    return this;
  }
}
