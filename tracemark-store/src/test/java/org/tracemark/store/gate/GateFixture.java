package org.tracemark.store.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tracemark.gate.GatePolicy;
import org.tracemark.gate.UnitAddress;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.store.vault.Backend;
import org.tracemark.store.vault.ColumnSuggester;
import org.tracemark.store.vault.OwnerImporter;
import org.tracemark.store.vault.Rows;
import org.tracemark.store.vault.Vault;
import org.tracemark.synth.SyntheticOwner;

/**
 * A vault with a synthetic owner list of one community, a group for it, the development SMS outbox and a clock the
 * test moves. The owners' phone numbers come from the synthetic generator and live only in the test's temp home.
 */
final class GateFixture implements AutoCloseable {
  static final String COMMUNITY = "阳光花园";
  static final Actor STEWARD = new Actor("sam", Role.STEWARD, false);
  static final Actor GATEKEEPER = new Actor("gina", Role.GATEKEEPER, false);

  final Path home;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  final Vault vault;
  final Gate gate;
  final OutboxSmsProvider outbox;
  final SmsDispatcher sms;
  final JoinGate join;
  final OwnerGroup group;
  /** The synthetic rows: index 1 building, 2 unit, 4 room, 6 mobile (see {@link SyntheticOwner#HEADERS}). */
  final List<List<String>> owners;

  GateFixture(Backend backend, Path home, int rows, GatePolicy policy) throws Exception {
    this.home = home;
    Optional<String> url = backend.newDatabaseUrl();
    this.vault = Vault.open(home, url, Map.of(), clock, System.err);
    this.owners = Rows.synth(COMMUNITY, rows, 11);
    new OwnerImporter(vault, STEWARD, new OwnerImporter.ImportRequest(Path.of("owners.csv"), COMMUNITY, Map.of()),
        RegionCodes.bundled(), ColumnSuggester.headerWords()).run(Rows.synthSource(owners));
    this.gate = Gate.open(vault, policy);
    this.outbox = new OutboxSmsProvider(home, clock);
    this.sms = new SmsDispatcher(outbox, 1_000);
    this.join = gate.join(sms);
    this.group = gate.addGroup(COMMUNITY, "阳光花园业主群", STEWARD);
  }

  /** The flat of owner row {@code i}, as an applicant types it ("3栋", "2单元", "1201"). */
  UnitAddress flat(int i) {
    List<String> row = owners.get(i);
    return UnitAddress.parse(row.get(1), row.get(2), row.get(4));
  }

  String mobile(int i) {
    return owners.get(i).get(6);
  }

  /** Flats of the community's buildings that hold no owner record (vacant rooms the generator skipped). */
  List<UnitAddress> vacantFlats(int max) {
    Set<String> taken = new HashSet<>();
    for (List<String> row : owners) {
      taken.add(UnitAddress.parse(row.get(1), row.get(2), row.get(4)).naturalKey());
    }
    List<UnitAddress> out = new ArrayList<>();
    for (List<String> row : owners) {
      for (int position = 1; position <= 6 && out.size() < max; position++) {
        String room = row.get(3) + String.format("%02d", position);
        UnitAddress flat = UnitAddress.parse(row.get(1), row.get(2), room);
        if (taken.add(flat.naturalKey())) {
          out.add(flat);
        }
      }
    }
    return out;
  }

  private final Map<Path, Map<String, String>> read = new java.util.HashMap<>();

  /** Outbox messages sent so far, oldest first, each as read by {@link OutboxSmsProvider#read}. */
  List<Map<String, String>> sent() throws Exception {
    sms.drain(10_000);
    if (!Files.isDirectory(outbox.directory())) {
      return List.of();
    }
    List<Map<String, String>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(outbox.directory())) {
      for (Path f : files.sorted(Comparator.comparing(Path::getFileName)).toList()) {
        Map<String, String> message = read.get(f);
        if (message == null) {
          message = OutboxSmsProvider.read(f);
          read.put(f, message);
        }
        out.add(message);
      }
    }
    return out;
  }

  /** The code of the newest message to {@code mobile}. */
  String codeSentTo(String mobile) throws Exception {
    List<Map<String, String>> mine = sent().stream().filter(m -> m.get("to").equals(mobile)).toList();
    if (mine.isEmpty()) {
      throw new AssertionError("no SMS to the owner's phone in the outbox");
    }
    return mine.get(mine.size() - 1).get("param.code");
  }

  @Override
  public void close() throws InterruptedException, IOException {
    sms.close();
  }
}
