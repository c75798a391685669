package org.tracemark.server.dashboard;

import java.util.List;
import org.tracemark.store.release.CanaryAlerts;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.vault.Communities;

/**
 * What the dashboard shows.
 *
 * @param alertsVisible whether the user's role may read alerts (then {@code alerts} and {@code recentAlerts} count)
 */
public record DashboardView(List<Communities.Community> communities, long owners, int recipients, int releases,
    long pending, long auditEvents, boolean alertsVisible, long alerts, List<CanaryAlerts.Recorded> recentAlerts,
    List<ReleaseInfo> latestReleases) {}
