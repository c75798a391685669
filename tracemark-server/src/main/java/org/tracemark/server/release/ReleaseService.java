package org.tracemark.server.release;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tracemark.io.write.TableFormat;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.server.Services;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Params;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.release.PolicyText;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.ReleaseRequest;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;

/**
 * Releases from the server (tracemark release / release approve): the request is read from JSON or a form with the
 * CLI's option names, the file is written into the server's private release directory ({@code <home>/server/
 * releases}, 0700) and served from there to users who may release; every download is audited.
 */
public final class ReleaseService {
  private final Services services;
  private final Path dir;

  public ReleaseService(Services services) throws IOException {
    this.services = services;
    this.dir = services.serverDir().resolve("releases");
    if (!Files.exists(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
  }

  /** Releases (or records as pending) what the parameters ask, as {@code tracemark release} would. */
  public Releases.Outcome release(Actor actor, Params p) throws Exception {
    actor.require(Permission.RELEASE);
    String to = p.required("to");
    String community = p.text("community").orElse(null);
    if (community == null) {
      community = onlyCommunity();
    }
    TableFormat format = format(p.text("format").orElse("csv"));
    Charset charset = charset(p.text("encoding").orElse("utf-8"));
    List<String> fields = p.text("fields").map(f -> Arrays.stream(f.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    Optional<Integer> rows = p.number("rows").map(n -> {
      if (n < 1 || n > Integer.MAX_VALUE) {
        throw ApiException.badRequest("rows must be at least 1");
      }
      return n.intValue();
    });
    int canaries = Math.toIntExact(p.number("canaries").orElse(3L));
    MarkPolicy policy = new MarkPolicy(MarkPolicy.CURRENT_VERSION, PolicyText.marks(p.text("marks").orElse("all")),
        canaries);
    Path out = newFile(format);
    ReleaseRequest request = new ReleaseRequest(to, community, p.text("where"), fields, rows, format, charset, out,
        policy);
    return services.releases().release(actor, request);
  }

  public Releases.Outcome approve(Actor actor, long id) throws Exception {
    actor.require(Permission.RELEASE);
    ReleaseInfo info = get(id);
    return services.releases().approve(actor, id, Optional.of(newFile(TableFormat.parse(info.format()))));
  }

  public ReleaseInfo get(long id) throws Exception {
    return services.releases().get(id).orElseThrow(() -> ApiException.notFound("no release " + id));
  }

  /**
   * The file of a released release, if the server wrote it (files the CLI wrote elsewhere are not served: the
   * server reads only its own directory). Audited as {@code release.download}.
   */
  public Path download(Actor actor, long id) throws Exception {
    actor.require(Permission.RELEASE);
    ReleaseInfo info = get(id);
    if (info.pending()) {
      throw new ApiException(409, "pending", "release " + id + " waits for approval; no file yet (待批准，尚无文件)");
    }
    Path file = Path.of(info.out()).toAbsolutePath().normalize();
    if (!file.startsWith(dir.toAbsolutePath().normalize()) || !Files.isRegularFile(file)) {
      throw ApiException.notFound("the file of release " + id + " was not written by this server (CLI releases "
          + "stay where the CLI wrote them)");
    }
    services.vault().record(new AuditEntry(actor.auditName(), "release.download", "release:" + id, "", "{}"));
    return file;
  }

  /** The name a browser saves the file under: release number, recipient, extension. */
  public static String downloadName(ReleaseInfo info) {
    String recipient = info.recipient().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return "release-" + info.id() + "-" + recipient + "." + info.format().toLowerCase(Locale.ROOT);
  }

  private Path newFile(TableFormat format) {
    return dir.resolve(UUID.randomUUID() + "." + format.name().toLowerCase(Locale.ROOT));
  }

  private String onlyCommunity() throws Exception {
    try (Connection c = services.vault().database().connect()) {
      List<Communities.Community> all = Communities.list(c);
      if (all.size() != 1) {
        throw ApiException.badRequest("community is required when the vault holds " + all.size()
            + " communities (请选择小区)");
      }
      return all.get(0).name();
    }
  }

  static TableFormat format(String text) {
    TableFormat f;
    try {
      f = TableFormat.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("format must be csv or xlsx");
    }
    if (f != TableFormat.CSV && f != TableFormat.XLSX) {
      throw ApiException.badRequest("format must be csv or xlsx");
    }
    return f;
  }

  static Charset charset(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "gbk" -> Charset.forName("GBK");
      case "gb18030" -> Charset.forName("GB18030");
      default -> throw ApiException.badRequest("encoding must be utf-8 or gbk");
    };
  }
}
