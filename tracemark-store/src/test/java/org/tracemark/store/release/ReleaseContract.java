package org.tracemark.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.audit.Verification;
import org.tracemark.store.trace.LeakLinker;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.store.vault.Backend;
import org.tracemark.store.vault.ColumnSuggester;
import org.tracemark.store.vault.OwnerImporter;
import org.tracemark.store.vault.Rows;
import org.tracemark.store.vault.Vault;
import org.tracemark.synth.SyntheticOwner;
import org.tracemark.trace.Verdict;

/**
 * Release and trace behaviour every backend must show: releases to three recipients, a leak mixing two of their
 * copies (partial, re-sorted, CSV→XLSX, a column dropped, foreign rows) names exactly those two; a list that never
 * left the vault names nobody; the two-person rule; a canary's trap number names its release.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReleaseContract {
  static final String COMMUNITY = "阳光花园";
  static final Actor ADMIN = new Actor("ada", Role.ADMIN, false);
  static final Actor SAM = new Actor("sam", Role.STEWARD, false);
  static final Actor SUE = new Actor("sue", Role.STEWARD, false);
  /** In the unassigned 100 segment: no mainland mobile, never a real person's. */
  static final String TRAP = "10000000017";

  @TempDir Path home;
  @TempDir Path work;
  Backend backend;
  Vault vault;
  Releases releases;
  List<List<String>> owners;

  abstract Backend backend();

  @BeforeEach
  void openVault() throws Exception {
    if (backend == null) {
      backend = backend();
    }
    vault = backend.open(home);
    owners = Rows.synth(COMMUNITY, 900, 11);
    new OwnerImporter(vault, SAM, new OwnerImporter.ImportRequest(Path.of("owners.csv"), COMMUNITY, Map.of()),
        RegionCodes.bundled(), ColumnSuggester.headerWords()).run(Rows.synthSource(owners));
    releases = new Releases(vault, new SplittableRandom(5));
    try (Connection c = vault.database().connect()) {
      c.setAutoCommit(false);
      for (String r : List.of("销售甲", "物业乙", "银行丙")) {
        Recipients.add(c, r, "test", Instant.now());
      }
      releases.trapPool().add(c, TRAP, "test line", "ada", Instant.now());
      c.commit();
    }
  }

  @AfterAll
  void dropSchemas() throws Exception {
    if (backend != null) {
      backend.close();
    }
  }

  ReleaseRequest request(String recipient, int rows, Path out) {
    return new ReleaseRequest(recipient, COMMUNITY, Optional.empty(), List.of(), Optional.of(rows), TableFormat.CSV,
        StandardCharsets.UTF_8, out, MarkPolicy.all());
  }

  @Test
  void release_concurrentRequests_eachGetsItsOwnReleaseAndTheChainHolds() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Releases.Outcome>> futures = new ArrayList<>();
    List<String> to = List.of("销售甲", "物业乙", "银行丙", "销售甲");
    for (int i = 0; i < to.size(); i++) {
      Releases own = new Releases(vault, new SplittableRandom(100 + i));  // one per request, as a server would
      String recipient = to.get(i);
      Path out = work.resolve("concurrent-" + i + ".csv");
      futures.add(pool.submit(() -> own.release(SAM, request(recipient, 50, out))));
    }
    java.util.Set<Long> ids = new java.util.HashSet<>();
    try {
      for (java.util.concurrent.Future<Releases.Outcome> f : futures) {
        ids.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS).release().id());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).hasSize(4);
    assertThat(releases.list()).hasSize(4);
    try (Connection c = vault.database().connect()) {
      assertThat(vault.auditLog().verify(c, Optional.empty()).ok()).isTrue();
    }
  }

  @Test
  void release_threeRecipients_writesMarkedCopiesWithCanariesAndAuditsEach() throws Exception {
    List<Path> files = releaseThree();
    for (Path f : files) {
      List<List<String>> rows = Tables.read(f);
      assertThat(rows.get(0)).isEqualTo(SyntheticOwner.HEADERS);
      assertThat(rows).hasSize(1 + 400 + 1);
    }
    assertThat(Tables.read(files.get(0))).isNotEqualTo(Tables.read(files.get(1)));
    List<ReleaseInfo> list = releases.list();
    assertThat(list).extracting(ReleaseInfo::status).containsOnly(ReleaseInfo.RELEASED);
    assertThat(list).allSatisfy(r -> assertThat(r.auditHashHex()).isPresent());
    try (Connection c = vault.database().connect()) {
      assertThat(vault.auditLog().verify(c, Optional.empty()).ok()).isTrue();
    }
  }

  @Test
  void trace_mixOfTwoCopiesConvertedAndReduced_namesExactlyThoseTwo() throws Exception {
    List<Path> files = releaseThree();
    List<List<String>> leak = new ArrayList<>();
    Random random = new Random(3);
    for (Path f : List.of(files.get(0), files.get(2))) {
      List<List<String>> rows = new ArrayList<>(Tables.read(f).subList(1, 401));
      Collections.shuffle(rows, random);
      leak.addAll(rows.subList(0, 40));
    }
    for (List<String> foreign : Rows.synth("别的小区", 15, 99)) {
      leak.add(foreign);
    }
    Collections.shuffle(leak, random);
    Path xlsx = work.resolve("leak.xlsx");
    try (TableWriter w = TableWriter.open(xlsx, TableFormat.XLSX, StandardCharsets.UTF_8)) {
      w.writeRow(dropColumn(SyntheticOwner.HEADERS, 8));
      for (List<String> r : leak) {
        w.writeRow(dropColumn(r, 8));
      }
    }
    LeakTrace.Outcome out = new LeakTrace(vault, releases, PiiEngine.standard()).trace(SAM, List.of(xlsx), 1e-6);
    assertThat(out.result().rows()).isEqualTo(95);
    assertThat(out.result().verdicts()).extracting(v -> out.release(v).recipient())
        .containsExactlyInAnyOrder("销售甲", "银行丙");
    assertThat(out.result().verdicts()).allSatisfy(v -> assertThat(v.falseAccusationBound()).isLessThanOrEqualTo(1e-6));
    assertThat(out.result().candidates()).noneMatch(Verdict::accused);
  }

  @Test
  void trace_listNeverReleased_accusesNobody() throws Exception {
    releaseThree();
    Path csv = work.resolve("unreleased.csv");
    try (TableWriter w = TableWriter.open(csv, TableFormat.CSV, StandardCharsets.UTF_8)) {
      w.writeRow(SyntheticOwner.HEADERS);
      for (List<String> r : owners.subList(0, 80)) {
        w.writeRow(r);
      }
    }
    LeakTrace.Outcome out = new LeakTrace(vault, releases, PiiEngine.standard()).trace(SAM, List.of(csv), 1e-6);
    assertThat(out.result().linked()).isEqualTo(80);
    assertThat(out.result().verdicts()).isEmpty();
  }

  @Test
  void trace_rowsPastedIntoChatText_linkedAndTracedToTheirCopy() throws Exception {
    List<Path> files = releaseThree();
    List<List<String>> rows = new ArrayList<>(Tables.read(files.get(1)).subList(1, 401));
    Collections.shuffle(rows, new Random(8));
    StringBuilder chat = new StringBuilder("群聊记录\n【出】阳光花园业主资料，需要的私聊\n");
    for (List<String> r : rows.subList(0, 50)) {
      chat.append(r.get(5).strip()).append(' ').append(r.get(6)).append(' ').append(r.get(0)).append(r.get(1))
          .append(r.get(2)).append(r.get(4)).append(' ').append(r.get(8)).append('\n');
      chat.append("好的，收到\n");
    }
    Path txt = work.resolve("chat.txt");
    Files.writeString(txt, chat.toString(), StandardCharsets.UTF_8);
    LeakTrace.Outcome out = new LeakTrace(vault, releases, PiiEngine.standard()).trace(SAM, List.of(txt), 1e-6);
    assertThat(out.result().rows()).isEqualTo(50);
    assertThat(out.linking().links()).hasSize(50);
    assertThat(out.result().verdicts()).extracting(v -> out.release(v).recipient()).containsExactly("物业乙");
  }

  @Test
  void trace_noMobileColumn_linksByNameAtAddressAndById() throws Exception {
    List<Path> files = releaseThree();
    List<List<String>> rows = new ArrayList<>(Tables.read(files.get(0)).subList(1, 401));
    rows.removeIf(r -> r.get(7).isEmpty());
    Collections.shuffle(rows, new Random(4));
    Path byAddress = work.resolve("name-address.csv");
    try (TableWriter w = TableWriter.open(byAddress, TableFormat.CSV, StandardCharsets.UTF_8)) {
      w.writeRow(List.of("姓名", "楼栋", "单元", "房号"));
      for (List<String> r : rows.subList(0, 30)) {
        w.writeRow(List.of(r.get(5), r.get(1), r.get(2), r.get(4)));
      }
    }
    Path byId = work.resolve("name-id.csv");
    try (TableWriter w = TableWriter.open(byId, TableFormat.CSV, StandardCharsets.UTF_8)) {
      w.writeRow(List.of("姓名", "身份证号"));
      for (List<String> r : rows.subList(30, 60)) {
        w.writeRow(List.of(r.get(5), r.get(7)));
      }
    }
    LeakTrace.Outcome out = new LeakTrace(vault, releases, PiiEngine.standard())
        .trace(SAM, List.of(byAddress, byId), 1e-6);
    assertThat(out.linking().links()).hasSize(60);
    assertThat(out.linking().links().stream().filter(l -> l.method() == LeakLinker.Method.NAME_ADDRESS)).hasSize(30);
    assertThat(out.linking().links().stream().filter(l -> l.method() == LeakLinker.Method.ID_NUMBER)).hasSize(30);
    assertThat(out.result().verdicts()).extracting(v -> out.release(v).recipient()).containsExactly("销售甲");
  }

  @Test
  void release_aboveLimit_isPendingUntilASecondStewardApproves() throws Exception {
    releases.setRowLimit(ADMIN, 100);
    Path out = work.resolve("big.csv");
    Releases.Outcome pending = releases.release(SAM, request("物业乙", 300, out));
    assertThat(pending.pending()).isTrue();
    assertThat(out).doesNotExist();
    assertThat(releases.manifests()).isEmpty();
    long id = pending.release().id();
    assertThatThrownBy(() -> releases.approve(SAM, id, Optional.empty())).isInstanceOf(AccessDeniedException.class);
    Releases.Outcome done = releases.approve(SUE, id, Optional.empty());
    assertThat(done.pending()).isFalse();
    assertThat(done.release().approvedBy()).contains("sue");
    assertThat(Tables.read(out)).hasSize(1 + 300 + 1);
    assertThatThrownBy(() -> releases.approve(SUE, id, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void approve_toAnotherFile_theReleaseRecordsWhereItWent() throws Exception {
    releases.setRowLimit(ADMIN, 100);
    long id = releases.release(SAM, request("物业乙", 300, work.resolve("asked.csv"))).release().id();
    Path elsewhere = work.resolve("approved.csv");
    Releases.Outcome done = releases.approve(SUE, id, Optional.of(elsewhere));
    assertThat(done.file()).contains(elsewhere);
    assertThat(done.release().out()).isEqualTo(elsewhere.toString());
    assertThat(releases.get(id).orElseThrow().out()).isEqualTo(elsewhere.toString());
    assertThat(work.resolve("asked.csv")).doesNotExist();
    assertThat(Tables.read(elsewhere)).hasSize(1 + 300 + 1);
  }

  @Test
  void canaryHit_trapNumber_namesTheReleaseThatCarriedIt() throws Exception {
    releaseThree();
    CanaryAlerts.Alert alert = new CanaryAlerts(vault, releases).hit(SAM, "+86 100-0000-0017",
        Optional.of("13800000000"), Instant.parse("2026-11-20T10:00:00Z"), CanaryAlerts.Channel.CALL);
    assertThat(alert.releases()).extracting(ReleaseInfo::recipient).containsExactly("销售甲");
    assertThat(alert.trapLast4()).isEqualTo("0017");
    List<CanaryAlerts.Recorded> listed = new CanaryAlerts(vault, releases).list(SAM, 10);
    assertThat(listed).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(alert.id());
      assertThat(a.trapLast4()).isEqualTo("0017");
      assertThat(a.callerMasked()).contains("138****0000");
      assertThat(a.releaseIds()).containsExactly(alert.releases().get(0).id());
      assertThat(a.channel()).isEqualTo(CanaryAlerts.Channel.CALL);
    });
    assertThatThrownBy(() -> new CanaryAlerts(vault, releases).list(new Actor("vic", Role.VIEWER, false), 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> new CanaryAlerts(vault, releases).hit(SAM, "10000000099", Optional.empty(),
        Instant.now(), CanaryAlerts.Channel.SMS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void release_viewerRole_isRefused() {
    Actor viewer = new Actor("vic", Role.VIEWER, false);
    assertThatThrownBy(() -> releases.release(viewer, request("销售甲", 10, work.resolve("x.csv"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(work.resolve("x.csv")).doesNotExist();
  }

  private List<Path> releaseThree() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String r : List.of("销售甲", "物业乙", "银行丙")) {
      Path out = work.resolve(r + ".csv");
      assertThat(releases.release(SAM, request(r, 400, out)).pending()).isFalse();
      files.add(out);
    }
    return files;
  }

  private static List<String> dropColumn(List<String> row, int column) {
    List<String> out = new ArrayList<>(row);
    out.remove(column);
    return out;
  }

  static boolean verified(Verification v) {
    return v.ok();
  }
}
