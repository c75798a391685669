package org.tracemark.cli.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.TextEncoding;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.io.write.TableFormat;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.store.release.PolicyText;
import org.tracemark.store.release.ReleaseRequest;
import org.tracemark.store.release.Releases;
import org.tracemark.store.vault.Communities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark release --to RECIPIENT --out FILE}: a fingerprinted copy for one recipient. Above the configured
 * row limit the release is only recorded as pending and a second user must run {@code release approve ID}.
 */
@Command(name = "release", mixinStandardHelpOptions = true, subcommands = ReleaseApproveCommand.class,
    description = {"Send a fingerprinted copy of owner records to a recipient (keyed marks, canaries, audited).",
        "向接收方发布带指纹的名单副本（密钥标记、金丝雀记录，记入审计）；超过行数上限须第二人批准。"})
public final class ReleaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--to", paramLabel = "RECIPIENT", description = "Registered recipient name.")
  String to;

  @Option(names = "--community", paramLabel = "NAME", description = "Community to release (default: the only one).")
  String community;

  @Option(names = "--where", paramLabel = "FILTER", description = "Records to include, e.g. 'building=3 and floor>=10' "
      + "or 'building in (1,2)' (building, unit, floor, room, floor_area, purchase_date, handover_date).")
  String where;

  @Option(names = "--fields", split = ",", paramLabel = "LIST", description = "Columns to include (default all): "
      + "community,building,unit,floor,room,name,mobile,id_number,floor_area,purchase_date,handover_date.")
  List<String> fields = List.of();

  @Option(names = "--rows", paramLabel = "N", description = "At most N records, allocated to overlap earlier "
      + "releases as little as possible (default: all that match).")
  Integer rows;

  @Option(names = "--marks", defaultValue = "all", paramLabel = "LIST", description = "Marked fields: all, none, or "
      + "a list of building,unit,floor,room,mobile,floor_area,purchase_date,handover_date,name_spacing.")
  String marks;

  @Option(names = "--canaries", defaultValue = "3", paramLabel = "N", description = "Canary rows per 1,000 rows "
      + "(default ${DEFAULT-VALUE}; at least one when > 0).")
  int canaries;

  @Option(names = "--format", paramLabel = "csv|xlsx", description = "Output format (default: from --out, else csv).")
  String format;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|gbk", description = "CSV encoding.")
  String encoding;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write.")
  Path out;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (to == null || out == null) {
      throw new UsageException("release needs --to RECIPIENT and --out FILE (or: release approve ID)");
    }
    TableFormat tableFormat = format == null ? TableFormat.fromFileName(out.getFileName().toString())
        : parseFormat(format);
    VaultContext context = VaultContext.open(spec);
    Releases releases = ReleaseSupport.releases(context);
    Releases.Outcome outcome = ReleaseSupport.translate(() -> {
      MarkPolicy policy = new MarkPolicy(MarkPolicy.CURRENT_VERSION, PolicyText.marks(marks), canaries);
      ReleaseRequest request = new ReleaseRequest(to, community(context), Optional.ofNullable(where), fields,
          Optional.ofNullable(rows), tableFormat, TextEncoding.parse(encoding), out.toAbsolutePath(), policy);
      return releases.release(context.actor(), request);
    });
    print(outcome, json.enabled());
    return 0;
  }

  static TableFormat parseFormat(String text) throws UsageException {
    TableFormat f;
    try {
      f = TableFormat.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be csv or xlsx, got '" + text + "'");
    }
    if (f != TableFormat.CSV && f != TableFormat.XLSX) {
      throw new UsageException("--format must be csv or xlsx, got '" + text + "'");
    }
    return f;
  }

  private String community(VaultContext context) throws Exception {
    if (community != null) {
      return community.strip();
    }
    try (Connection c = context.vault().database().connect()) {
      List<Communities.Community> all = Communities.list(c);
      if (all.size() != 1) {
        throw new UsageException("--community is required when the vault holds " + all.size() + " communities");
      }
      return all.get(0).name();
    }
  }

  static void print(Releases.Outcome outcome, boolean json) {
    var r = outcome.release();
    if (json) {
      ObjectNode o = ReleaseSupport.json(r);
      o.put("pending", outcome.pending());
      o.put("row_limit", outcome.limit());
      o.put("out", outcome.file().map(Path::toString).orElse(null));
      Json.print(o);
      return;
    }
    if (outcome.pending()) {
      ReleaseSupport.ERR.printf("待批准：发布 #%d（%d 行）超过 %d 行上限，需要另一位有发布权限的用户批准：%n", r.id(), r.rows(),
          outcome.limit());
      ReleaseSupport.ERR.printf("  tracemark release approve %d --user <另一位用户>%n", r.id());
      ReleaseSupport.ERR.printf("PENDING: release #%d (%d rows) exceeds the %d-row limit; no file was written. A second "
          + "user with release permission must run: tracemark release approve %d%n", r.id(), r.rows(), outcome.limit(),
          r.id());
    } else {
      ReleaseSupport.ERR.printf("已发布 #%d 给「%s」：%d 行 + %d 条金丝雀 → %s%n", r.id(), r.recipient(), r.rows(),
          r.canaries(), outcome.file().orElseThrow());
      ReleaseSupport.ERR.printf("released #%d to %s: %d rows + %d canaries → %s (audit hash %s)%n", r.id(),
          r.recipient(), r.rows(), r.canaries(), outcome.file().orElseThrow(), r.auditHashHex().orElse("?"));
    }
  }
}
