package org.tracemark.bench;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;
import org.tracemark.store.crypto.VaultKeys;

/**
 * The cryptography an import spends on one owner row, at steady state on one thread: three field encryptions
 * (Tink AES-256-GCM, associated data = record id + field) and three PRF tokens (mobile, ID, row digest over ~150
 * characters). The import's lower bound for encryption; see docs/benchmarks.md, "Vault import".
 * Run: {@code java -jar tracemark-bench/target/benchmarks.jar SealBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SealBenchmark {
  private static final String ROW = "1:3" + "1:2" + "2:12" + "4:1201" + "3:何娜悦" + "11:15880059084"
      + "18:220771199507124287" + "6:156.51" + "10:2023-02-21" + "10:2023-07-07" + "x".repeat(80);
  private FieldCipher cipher;
  private BlindIndex index;
  private long recordId;

  @Setup
  public void setUp() throws Exception {
    AeadConfig.register();
    Aead master = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
        .getPrimitive(RegistryConfiguration.get(), Aead.class);
    Path home = Files.createTempDirectory("tracemark-seal-bench");
    VaultKeys keys = VaultKeys.loadOrCreate(home, master, true);
    cipher = keys.fieldCipher();
    index = keys.blindIndex();
  }

  @Benchmark
  public void encryptOneField(Blackhole bh) throws GeneralSecurityException {
    bh.consume(cipher.encrypt("owner_record", ++recordId, "mobile", "15880059084"));
  }

  @Benchmark
  public void tokenOneMobile(Blackhole bh) throws GeneralSecurityException {
    bh.consume(index.token("mobile", "15880059084"));
  }

  /** Everything one new record costs: what {@code RecordSealer.seal} and {@code digest} do. */
  @Benchmark
  public void sealOneRow(Blackhole bh) throws GeneralSecurityException {
    long id = ++recordId;
    bh.consume(cipher.encrypt("owner_record", id, "name", "何娜悦"));
    bh.consume(cipher.encrypt("owner_record", id, "mobile", "15880059084"));
    bh.consume(cipher.encrypt("owner_record", id, "id_number", "220771199507124287"));
    bh.consume(index.token("mobile", "15880059084"));
    bh.consume(index.token("id_number", "220771199507124287"));
    bh.consume(index.token("row", ROW));
  }
}
