package org.tracemark.cli.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Main;
import org.tracemark.cli.TracemarkCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracemark demo}: the whole product, end to end, on the embedded default.
 *
 * <p>It runs the same public commands a user would, printing each before it runs so it can be repeated by hand,
 * and stops at the first that fails: synthetic owners, the encrypted vault, three fingerprinted releases, a leak made
 * from two of them, and the trace that names its sources. Capabilities not built yet are named as such, never faked.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run an end-to-end demonstration on synthetic data, printing every command it runs.",
        "在合成数据上演示完整流程，并打印每一条执行的命令。"})
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the demo files (default: HOME/demo).")
  Path dir;

  @Option(names = "--community", defaultValue = "阳光花园", paramLabel = "NAME", description = "Community name (default ${DEFAULT-VALUE}).")
  String community;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws Exception {
    TracemarkCommand root = TracemarkCommand.of(spec);
    Path home = root.home().ensureDir();
    Path work = Files.createDirectories(dir != null ? dir : home.resolve("demo"));

    section("1. 生成一个小区的合成业主名单 / Generate a synthetic owner list");
    Path owners = work.resolve("owners.csv");
    int code = step("synth", "owners", "--community", community, "--buildings", "12", "--seed", "7",
        "--out", owners.toString());
    if (code != 0) {
      return code;
    }
    code = step("synth", "owners", "--community", community, "--buildings", "12", "--seed", "7",
        "--format", "xlsx", "--out", work.resolve("owners.xlsx").toString());
    if (code != 0) {
      return code;
    }

    section("1b. 扫描名单中的个人信息 / Scan the list for personal information");
    code = step("scan", work.resolve("owners.xlsx").toString());
    if (code != 0) {
      return code;
    }

    Path vaultHome = fresh(work, "vault");
    String h = vaultHome.toString();
    List<String> db = System.getenv("TRACEMARK_DB") == null ? List.of()
        : List.of("--db", "jdbc:sqlite:" + vaultHome.resolve("vault.db"));
    out.println();
    out.println("演示使用独立的保管库目录 / the demo uses its own vault home: " + h);
    out.println("（首次运行会在其中创建主密钥文件；生产环境请用 KMS / a master key file is created on first run）");

    section("2. 建立用户并把名单导入加密保管库 / Users, and the list into the encrypted vault");
    out.println("（每位演示用户的网页登录密码随机生成，写在演示目录的 *.password 文件中，权限 0600）");
    Path adaPassword = passwordFile(work, "ada");
    Path samPassword = passwordFile(work, "sam");
    Path suePassword = passwordFile(work, "sue");
    if ((code = vault(h, db, null, "user", "add", "ada", "--role", "admin", "--password-file", adaPassword.toString()))
        != 0
        || (code = vault(h, db, "ada", "user", "add", "sam", "--role", "steward", "--password-file",
            samPassword.toString())) != 0
        || (code = vault(h, db, "ada", "user", "add", "sue", "--role", "steward", "--password-file",
            suePassword.toString())) != 0
        || (code = vault(h, db, "ada", "import", owners.toString(), "--community", community)) != 0) {
      return code;
    }

    section("3. 登记三个接收方，各发一份带指纹的副本 / Three recipients, one fingerprinted copy each");
    out.println("（演示未配置陷阱号码池：金丝雀记录不带联系方式——Tracemark 绝不虚构可能属于真人的号码。");
    out.println(" 生产中请用 tracemark canary pool add 添加机构自有号码。/ No trap pool in the demo: canaries carry no contact.）");
    String[][] recipients = {{"销售-王经理", "release-1-sales.csv"}, {"物业公司", "release-2-property.xlsx"},
        {"合作银行", "release-3-bank.csv"}};
    List<Path> copies = new ArrayList<>();
    for (String[] r : recipients) {
      if ((code = vault(h, db, "sam", "recipient", "add", r[0])) != 0) {
        return code;
      }
    }
    for (String[] r : recipients) {
      Path copy = work.resolve(r[1]);
      copies.add(copy);
      if ((code = vault(h, db, "sam", "release", "--to", r[0], "--rows", "500", "--out", copy.toString())) != 0) {
        return code;
      }
    }
    code = vault(h, db, "sam", "releases", "list");
    if (code != 0) {
      return code;
    }

    section("4. 模拟一次泄露 / A simulated leak");
    DemoLeak.Made leak = DemoLeak.make(copies.get(0), copies.get(2), 60, 25, work.resolve("leaked-list.xlsx"), 7);
    out.printf("已生成 %s：从「%s」的副本取 %d 行、从「%s」的副本取 %d 行，混入另一小区 %d 行，打乱顺序，删去「%s」两列，"
        + "并由 CSV 转存为 Excel。%n", leak.file().getFileName(), recipients[0][0], leak.fromFirst(), recipients[2][0],
        leak.fromSecond(), leak.foreign(), String.join("」「", leak.droppedColumns()));
    out.printf("Wrote %s: %d rows from %s's copy and %d from %s's, %d rows of another community, shuffled, columns %s "
        + "dropped, converted CSV → XLSX.%n", leak.file().getFileName(), leak.fromFirst(), recipients[0][0],
        leak.fromSecond(), recipients[2][0], leak.foreign(), leak.droppedColumns());

    section("5. 溯源：谁泄露了名单？/ Trace: who leaked it?");
    Path report = work.resolve("evidence-report.html");
    if ((code = vault(h, db, "sam", "trace", leak.file().toString(), "--report", report.toString())) != 0
        || (code = vault(h, db, "ada", "audit", "verify")) != 0) {
      return code;
    }
    out.println("证据报告（简体中文，可离线打开）/ evidence report: " + report);

    section("6. 按法释〔2017〕10号评估泄露名单 / Assess the leaked list under 法释〔2017〕10号");
    out.println("（--insider：信息系在履行职责或提供服务中获得，适用第五条第一款第（八）项减半标准）");
    if ((code = step("assess", leak.file().toString(), "--insider")) != 0) {
      return code;
    }

    section("7. 网页控制台 / The web console (not started: run it when you want it)");
    List<String> serve = new ArrayList<>(List.of("tracemark", "--home", h));
    serve.addAll(db);
    serve.add("serve");
    out.println("  " + String.join(" ", serve));
    out.println("  然后打开 http://127.0.0.1:8080/ ，以 sam（数据管理员）登录，密码见 " + samPassword);
    out.println("  then open http://127.0.0.1:8080/ and log in as sam (data steward) with the password in "
        + samPassword + " (ada: admin, sue: second steward for approvals)");

    section("尚未实现 / Not built yet");
    for (String missing : List.of(
        "group — resident verification for owners' groups (issue 9; message screening rules exist in core)",
        "tracemark-spark — scan, assess and trace on Apache Spark (issue 10)")) {
      out.println("  - " + missing);
    }
    out.println();
    out.println("Demo files are in " + work + " (vault home " + h + ").");
    return 0;
  }

  /**
   * A fresh random login password for a demo user, in {@code work/NAME.password} (0600). Random, so that a demo
   * left running on a shared machine is not open to anyone who read this code.
   */
  private static Path passwordFile(Path work, String user) throws java.io.IOException {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    Path file = work.resolve(user + ".password");
    org.tracemark.store.crypto.SecretFiles.replaceOwnerOnly(file,
        (password + "\n").getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** A directory under {@code work} named {@code base}, or base-2, base-3 … if taken: a rerun never reuses a vault. */
  private static Path fresh(Path work, String base) throws java.io.IOException {
    Path p = work.resolve(base);
    for (int n = 2; Files.exists(p); n++) {
      p = work.resolve(base + "-" + n);
    }
    return Files.createDirectories(p);
  }

  /** A vault command with the demo's home (and user), as a user would type it. */
  private int vault(String home, List<String> db, String user, String... args) {
    List<String> all = new ArrayList<>(List.of("--home", home));
    all.addAll(db);
    if (user != null) {
      all.add("--user");
      all.add(user);
    }
    all.addAll(List.of(args));
    return step(all.toArray(String[]::new));
  }

  private void section(String title) {
    out.println();
    out.println("== " + title);
  }

  /** Prints a command as a user would type it, then runs it in this process. */
  private int step(String... args) {
    List<String> shown = new ArrayList<>();
    shown.add("tracemark");
    for (String arg : args) {
      shown.add(arg.contains(" ") ? "'" + arg + "'" : arg);
    }
    out.println("$ " + String.join(" ", shown));
    int code = Main.run(args);
    if (code != 0) {
      out.println("(exit code " + code + ": the demo stops here)");
    }
    return code;
  }
}
