package org.tracemark.cli.vault;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Passwords;
import org.tracemark.store.user.Permission;
import org.tracemark.store.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark user passwd NAME [--password | --password-stdin | --password-file F]}: sets a user's server
 * login password (admins; the CLI identity is asserted, so only an admin may set anyone's). Audited.
 */
@Command(name = "passwd", mixinStandardHelpOptions = true,
    description = {"Set a user's login password for tracemark serve (admin; prompts unless told otherwise).",
        "设置用户的网页登录密码（管理员）。"})
public final class UserPasswdCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "User name.")
  String name;

  @Mixin PasswordInput password;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (!password.prompt && !password.stdin && password.file == null) {
      password.prompt = true;
    }
    char[] secret = password.read().orElseThrow();
    Optional<String> problem = Passwords.problem(name, secret);
    if (problem.isPresent()) {
      throw new UsageException(problem.get());
    }
    String hash = Passwords.hash(secret);
    Arrays.fill(secret, '\0');
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.MANAGE_USERS);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    try {
      context.vault().inTransaction((c, audit) -> {
        Users.setPasswordHash(c, name, hash, Instant.ofEpochMilli(context.vault().clock().millis()));
        return audit.append(c, new AuditEntry(context.actor().auditName(), "user.password", "user:" + name, "",
            "{}"));
      });
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (json.enabled()) {
      Json.print(Json.object().put("name", name).put("password_set", true));
    } else {
      System.err.printf("已设置用户 %s 的登录密码 / login password set for %s%n", name, name);
    }
    return 0;
  }
}
