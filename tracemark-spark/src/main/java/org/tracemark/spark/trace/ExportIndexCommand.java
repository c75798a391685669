package org.tracemark.spark.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.tracemark.mark.Canary;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.report.ReportJson;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.release.PolicyText;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Permission;
import org.tracemark.spark.SparkCommand;
import org.tracemark.spark.UsageException;
import org.tracemark.spark.VaultAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracemark-spark export-index --out DIR}: writes the vault's blind index, its flats' tokens and the release
 * manifests as Parquet for {@code tracemark-spark trace} (layout: {@link IndexExport}). No plaintext personal data
 * leaves: mobiles, IDs and flats appear only as keyed tokens. Streams row by row with parquet-hadoop's writer (no
 * Spark job), to any Hadoop path. Needs the trace permission (UNMASK) and is recorded in the audit log.
 *
 * <p>It lives in the Spark artifact rather than the CLI because Parquet writing needs the Hadoop client, which Spark
 * brings and the everyday CLI jar should not carry.
 */
@Command(name = "export-index", mixinStandardHelpOptions = true,
    description = {"Write the vault's blind indexes and release manifests as Parquet (tokens only) for Spark trace.",
        "将保管库的盲索引和发布清单导出为 Parquet（仅含密钥化令牌，无明文个人信息），供 Spark 溯源使用。"})
public final class ExportIndexCommand implements Callable<Integer> {
  private static final MessageType BLIND_INDEX = MessageTypeParser.parseMessageType(
      "message blind_index { required binary kind (STRING); required binary token; required int64 record_id; }");
  private static final MessageType FLATS = MessageTypeParser.parseMessageType(
      "message flats { required binary token; required int64 record_id; required int64 community_id; }");
  private static final MessageType CANARIES = MessageTypeParser.parseMessageType(
      "message canaries { required int64 release_id; required int32 canary_id; optional binary trap_token;"
          + " required binary flat_token; }");
  private static final MessageType RELEASES = MessageTypeParser.parseMessageType(
      "message releases { required int64 release_id; required binary recipient_id (STRING);"
          + " optional binary recipient (STRING); required int64 released_at (TIMESTAMP(MILLIS,true));"
          + " required binary key_id (STRING); required binary policy (STRING); required int64 records;"
          + " required int32 canaries; required binary record_ids; }");

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to create (local or Hadoop).")
  String out;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout (docs/cli-json.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    VaultAccess access = VaultAccess.open(SparkCommand.of(spec), err);
    ObjectNode summary = export(access, out);
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (json) {
      stdout.println(ReportJson.text(summary));
    } else {
      stdout.printf("已导出盲索引 %d 条、房屋令牌 %d 条、发布 %d 个、金丝雀 %d 条到 %s（不含明文个人信息）。%n",
          summary.get("blind_index_rows").asLong(), summary.get("flats").asLong(), summary.get("releases").asLong(),
          summary.get("canaries").asLong(), out);
    }
    return 0;
  }

  /** Writes the export and returns its summary (also written as {@link IndexExport#META}). */
  public static ObjectNode export(VaultAccess access, String out) throws Exception {
    access.actor().require(Permission.UNMASK);
    Configuration conf = new Configuration();
    Path dir = new Path(out);
    FileSystem fs = dir.getFileSystem(conf);
    if (fs.exists(dir) && fs.listStatus(dir).length > 0) {
      throw new UsageException("--out " + out + " exists and is not empty");
    }
    BlindIndex index = access.vault().blindIndex();
    Releases releases = access.releases();
    List<ReleaseManifest> manifests = releases.manifests();
    Map<String, ReleaseInfo> infos = new HashMap<>();
    for (ReleaseInfo r : releases.list()) {
      infos.put(Long.toString(r.id()), r);
    }
    long indexRows = 0;
    long flats = 0;
    long canaries = 0;
    try (Connection c = access.vault().database().connect()) {
      try (ParquetWriter<Group> w = writer(conf, dir, IndexExport.BLIND_INDEX, BLIND_INDEX);
          PreparedStatement ps = c.prepareStatement("SELECT kind, token, record_id FROM blind_index ORDER BY kind, token");
          ResultSet rs = ps.executeQuery()) {
        SimpleGroupFactory g = new SimpleGroupFactory(BLIND_INDEX);
        while (rs.next()) {
          w.write(g.newGroup().append("kind", rs.getString(1)).append("token", Binary.fromConstantByteArray(
              rs.getBytes(2))).append("record_id", rs.getLong(3)));
          indexRows++;
        }
      }
      try (ParquetWriter<Group> w = writer(conf, dir, IndexExport.FLATS, FLATS);
          PreparedStatement ps = c.prepareStatement("SELECT id, community_id, natural_key FROM owner_record ORDER BY id");
          ResultSet rs = ps.executeQuery()) {
        SimpleGroupFactory g = new SimpleGroupFactory(FLATS);
        while (rs.next()) {
          w.write(g.newGroup().append("token", token(index, rs.getString(3))).append("record_id", rs.getLong(1))
              .append("community_id", rs.getLong(2)));
          flats++;
        }
      }
    }
    try (ParquetWriter<Group> w = writer(conf, dir, IndexExport.CANARIES, CANARIES)) {
      SimpleGroupFactory g = new SimpleGroupFactory(CANARIES);
      for (ReleaseManifest m : manifests) {
        for (Canary k : m.canaries()) {
          OwnerValues v = k.values();
          Group row = g.newGroup().append("release_id", Long.parseLong(m.releaseId())).append("canary_id", k.id());
          if (k.hasTrapContact()) {
            row.append("trap_token", Binary.fromConstantByteArray(index.token("mobile", v.mobile())));
          }
          w.write(row.append("flat_token", token(index, v.building() + "|" + v.unit() + "|" + v.room())));
          canaries++;
        }
      }
    }
    try (ParquetWriter<Group> w = writer(conf, dir, IndexExport.RELEASES, RELEASES)) {
      SimpleGroupFactory g = new SimpleGroupFactory(RELEASES);
      for (ReleaseManifest m : manifests) {
        ReleaseInfo info = infos.get(m.releaseId());
        Group row = g.newGroup().append("release_id", Long.parseLong(m.releaseId()))
            .append("recipient_id", m.recipientId());
        if (info != null) {
          row.append("recipient", info.recipient());
        }
        w.write(row.append("released_at", m.releasedAt().toEpochMilli()).append("key_id", m.keyId())
            .append("policy", PolicyText.format(m.policy())).append("records", (long) m.recordCount())
            .append("canaries", m.canaries().size()).append("record_ids", Binary.fromConstantByteArray(
                bitmap(m))));
      }
    }
    long seq = access.vault().record(new AuditEntry(access.actor().auditName(), "export-index", out, "",
        "{\"blind_index_rows\":" + indexRows + ",\"flats\":" + flats + ",\"releases\":" + manifests.size()
            + ",\"canaries\":" + canaries + "}"));
    ObjectNode summary = ReportJson.object().put("out", out).put("blind_index_rows", indexRows).put("flats", flats)
        .put("releases", manifests.size()).put("canaries", canaries)
        .put("index_key_id", Integer.toUnsignedLong(access.vault().keys().primaryIndexKeyId()))
        .put("exported_at", access.vault().clock().instant().toString()).put("audit_seq", seq);
    try (OutputStream meta = fs.create(new Path(dir, IndexExport.META), false)) {
      meta.write((ReportJson.text(summary) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return summary;
  }

  private static Binary token(BlindIndex index, String naturalKey) throws java.security.GeneralSecurityException {
    return Binary.fromConstantByteArray(index.token(IndexExport.FLAT_KIND, naturalKey));
  }

  private static byte[] bitmap(ReleaseManifest m) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bytes)) {
      m.recordsCopy().serialize(data);
    }
    return bytes.toByteArray();
  }

  private static ParquetWriter<Group> writer(Configuration conf, Path dir, String table, MessageType schema)
      throws IOException {
    return ExampleParquetWriter.builder(new Path(new Path(dir, table), "part-00000.parquet")).withConf(conf)
        .withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY).build();
  }
}
