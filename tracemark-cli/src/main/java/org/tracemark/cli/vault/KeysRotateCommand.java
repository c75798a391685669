package org.tracemark.cli.vault;

import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.vault.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark keys rotate}: new field key, every field re-encrypted, old key destroyed. */
@Command(name = "rotate", mixinStandardHelpOptions = true,
    description = {"Rotate the field encryption key and re-encrypt every record (admin).", "轮换字段加密密钥并重新加密全部记录。"})
public final class KeysRotateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--blind-index", description = "Also rotate the blind-index key and recompute every token "
      + "(tokens exported for tracing before the rotation stop matching).")
  boolean blindIndex;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    KeyRotation.Result result;
    try {
      result = new KeyRotation(context.vault(), context.actor()).rotate(blindIndex);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    if (json.enabled()) {
      Json.print(Json.object().put("records", result.records()).put("field_key_id", Integer.toUnsignedLong(result.fieldKeyId()))
          .put("index_key_id", Integer.toUnsignedLong(result.indexKeyId())).put("blind_index_rotated", result.indexRotated()));
    } else {
      System.err.printf("密钥已轮换，重新加密 %d 条记录 / keys rotated, %d records re-encrypted%s%n", result.records(),
          result.records(), result.indexRotated() ? " (blind index recomputed)" : "");
    }
    return 0;
  }
}
