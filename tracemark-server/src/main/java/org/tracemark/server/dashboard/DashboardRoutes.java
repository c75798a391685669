package org.tracemark.server.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.store.release.CanaryAlerts;
import org.tracemark.store.release.Recipients;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;

/** The dashboard: counts anyone logged in may see (no personal data), and recent alerts for those who may. */
public final class DashboardRoutes {
  private final Services services;

  public DashboardRoutes(Services services) {
    this.services = services;
  }

  public void register(Router r) {
    r.get("/", Access.USER, RouteDoc.page("dashboard", "Dashboard"), ctx -> {
      Actor actor = Services.actor(ctx);
      services.web().render(ctx, "dashboard.jte", services.web().page(ctx, "dashboard.title", "dashboard"),
          summary(actor));
    });
    r.get("/api/dashboard", Access.USER, RouteDoc.api("dashboard", "Counts: communities, owner records, "
        + "recipients, releases (pending), alerts, audit events"), ctx -> {
          DashboardView v = summary(Services.actor(ctx));
          ObjectNode out = Json.object().put("communities", v.communities().size()).put("owners", v.owners())
              .put("recipients", v.recipients()).put("releases", v.releases()).put("pending", v.pending())
              .put("audit_events", v.auditEvents());
          if (v.alertsVisible()) {
            out.put("alerts", v.alerts());
          } else {
            out.putNull("alerts");
          }
          ctx.json(out);
        });
  }

  private DashboardView summary(Actor actor) throws Exception {
    List<Communities.Community> communities;
    int recipients;
    long auditEvents;
    long alerts;
    try (Connection c = services.vault().database().connect()) {
      communities = Communities.list(c);
      recipients = Recipients.list(c).size();
      auditEvents = count(c, "SELECT count(*) FROM audit_event");
      alerts = count(c, "SELECT count(*) FROM canary_alert");
    }
    List<ReleaseInfo> releases = services.releases().list();
    boolean alertsVisible = actor.role().allows(Permission.READ_AUDIT);
    List<CanaryAlerts.Recorded> recent = alertsVisible
        ? new CanaryAlerts(services.vault(), services.releases()).list(actor, 5) : List.of();
    long pending = releases.stream().filter(ReleaseInfo::pending).count();
    List<ReleaseInfo> latest = releases.stream()
        .sorted(java.util.Comparator.comparingLong(ReleaseInfo::id).reversed()).limit(5).toList();
    return new DashboardView(communities, communities.stream().mapToLong(Communities.Community::records).sum(),
        recipients, releases.size(), pending, auditEvents, alertsVisible, alerts, recent, latest);
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
