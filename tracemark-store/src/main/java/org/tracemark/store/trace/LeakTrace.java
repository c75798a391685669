package org.tracemark.store.trace;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.pii.PiiEngine;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.release.MarkKeys;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Vault;
import org.tracemark.trace.TraceConfig;
import org.tracemark.trace.TraceInput;
import org.tracemark.trace.TraceResult;
import org.tracemark.trace.Tracer;
import org.tracemark.trace.Verdict;

/**
 * {@code tracemark trace}, below the CLI: read the leaked files, link rows to the vault, score every release with the
 * tracer, and record the trace in the audit log (counts and accused release ids, no personal data).
 *
 * <p>Needs a role that may unmask: tracing decrypts records to compare them with the leak, although nothing it
 * returns for display is unmasked.
 */
public final class LeakTrace {
  /**
   * Everything a report needs.
   *
   * @param releases every release by its manifest id, for names and audit hashes
   * @param auditSeq the trace's own audit event
   */
  public record Outcome(TraceResult result, LeakReader.Leak leak, LeakLinker.Linking linking,
      Map<String, ReleaseInfo> releases, Map<String, ReleaseManifest> manifests, MarkKeys keys, double alpha,
      Instant at, long auditSeq) {

    public ReleaseInfo release(Verdict v) {
      return releases.get(v.releaseId());
    }
  }

  private final Vault vault;
  private final Releases releases;
  private final PiiEngine engine;

  public LeakTrace(Vault vault, Releases releases, PiiEngine engine) {
    this.vault = vault;
    this.releases = releases;
    this.engine = engine;
  }

  public Outcome trace(Actor actor, List<Path> files, double alpha) throws Exception {
    actor.require(Permission.UNMASK);
    Timing timing = new Timing("trace");
    LeakReader.Leak leak = new LeakReader(engine, ReadLimits.defaults()).read(files);
    timing.lap("read");
    return trace(actor, leak, leak.rows().size(), files.size(), null, alpha, timing);
  }

  /**
   * Traces a leak read elsewhere — by a Spark job that read every leaked row, joined them against an exported blind
   * index and kept only the rows that can link — with the same linking, scoring and audit event as
   * {@link #trace(Actor, List, double)}.
   *
   * @param leak the rows that can link (any row the linker could tie to a record or a canary), numbered in leak
   *     order, and every document's columns
   * @param rows all rows of the leak, linkable or not
   * @param files how many paths were traced, for the audit event
   * @param lookup blind-index answers from the join, or null to ask the vault
   */
  public Outcome trace(Actor actor, LeakReader.Leak leak, int rows, int files, LeakLinker.Lookup lookup, double alpha)
      throws Exception {
    actor.require(Permission.UNMASK);
    return trace(actor, leak, rows, files, lookup, alpha, new Timing("trace"));
  }

  private Outcome trace(Actor actor, LeakReader.Leak leak, int rows, int files, LeakLinker.Lookup lookup,
      double alpha, Timing timing) throws Exception {
    TraceConfig config = TraceConfig.defaults().withAlpha(alpha);
    List<ReleaseManifest> manifests = releases.manifests();
    MarkKeys keys = releases.markKeys();
    timing.lap("manifests");
    LeakLinker.Linking linking;
    try (Connection c = vault.database().connect()) {
      LeakLinker linker = new LeakLinker(vault.fieldCipher(), vault.blindIndex());
      linking = lookup == null ? linker.link(c, leak.rows(), manifests) : linker.link(c, leak.rows(), manifests, lookup);
    }
    timing.lap("link");
    Instant now = vault.clock().instant();
    TraceResult result = new Tracer(config, keys).trace(new TraceInput(rows, linking.linkedRows(), now), manifests);
    timing.lap("score");
    Map<String, ReleaseInfo> infos = new HashMap<>();
    for (ReleaseInfo r : releases.list()) {
      infos.put(Long.toString(r.id()), r);
    }
    Map<String, ReleaseManifest> byId = new HashMap<>();
    manifests.forEach(m -> byId.put(m.releaseId(), m));
    String accused = String.join(",", result.verdicts().stream().map(Verdict::releaseId).toList());
    long seq = vault.record(new AuditEntry(actor.auditName(), "trace", "leak:" + files + " file(s)", "",
        "{\"rows\":" + result.rows() + ",\"linked\":" + linking.links().size() + ",\"accused\":[" + accused
            + "],\"alpha\":" + alpha + "}"));
    return new Outcome(result, leak, linking, infos, byId, keys, alpha, now, seq);
  }
}
