package org.tracemark.server.release;

import java.util.List;
import org.tracemark.store.release.ReleaseInfo;

/** The releases page: every release and the two-person row limit. */
public record ReleasesView(List<ReleaseInfo> releases, long rowLimit) {}
