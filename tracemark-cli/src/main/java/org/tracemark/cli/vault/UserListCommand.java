package org.tracemark.cli.vault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark user list}: registered users (any registered user may see who else is). */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List users.", "列出用户。"})
public final class UserListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    List<User> users;
    try (Connection c = context.vault().database().connect()) {
      users = Users.list(c);
    }
    if (json.enabled()) {
      ObjectNode out = Json.object();
      ArrayNode array = out.putArray("users");
      for (User u : users) {
        array.addObject().put("id", u.id()).put("name", u.name()).put("role", u.role().id())
            .put("created_at", u.createdAt().toString()).put("created_by", u.createdBy());
      }
      Json.print(out);
    } else {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println("用户\t角色\t创建时间\t创建者");
      for (User u : users) {
        out.println(u.name() + "\t" + u.role().id() + "\t" + u.createdAt() + "\t" + u.createdBy());
      }
      if (users.isEmpty()) {
        System.err.println("尚无用户：当前操作系统用户以 admin 身份引导 / no users yet: the OS user acts as bootstrap admin");
      }
    }
    return 0;
  }
}
