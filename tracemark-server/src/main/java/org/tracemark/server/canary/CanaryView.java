package org.tracemark.server.canary;

import java.util.List;
import org.tracemark.store.release.CanaryAlerts;
import org.tracemark.store.release.TrapPool;

/** The canary page: recorded alerts, and the trap pool for users who may release. */
public record CanaryView(List<CanaryAlerts.Recorded> alerts, List<TrapPool.Trap> traps) {}
