package org.tracemark.server.gate;

import io.javalin.http.Context;
import java.io.PrintStream;
import java.util.Optional;
import org.tracemark.gate.GatePolicy;
import org.tracemark.server.ServerOptions;
import org.tracemark.store.gate.Gate;
import org.tracemark.store.gate.JoinGate;
import org.tracemark.store.gate.OutboxSmsProvider;
import org.tracemark.store.gate.SmsConfig;
import org.tracemark.store.gate.SmsDispatcher;
import org.tracemark.store.gate.SmsProvider;
import org.tracemark.store.vault.Vault;

/**
 * The server's resident gate: the vault's {@link Gate}, the public join flow with its SMS dispatcher (provider
 * from {@code TRACEMARK_SMS…}, see {@link SmsConfig}), the in-memory flood guard in front of the public routes, and
 * the public address join links are built on ({@code TRACEMARK_PUBLIC_URL}, else the request's own origin).
 */
public final class GateService implements AutoCloseable {
  /** Queued SMS at most: beyond that a message is dropped (counted) and the applicant asks again. */
  static final int SMS_QUEUE = 1_000;

  private final Gate gate;
  private final JoinGate join;
  private final SmsDispatcher sms;
  private final PublicThrottle throttle;
  private final Optional<String> publicUrl;
  private final boolean trustProxy;

  private GateService(Gate gate, JoinGate join, SmsDispatcher sms, PublicThrottle throttle,
      Optional<String> publicUrl, boolean trustProxy) {
    this.gate = gate;
    this.join = join;
    this.sms = sms;
    this.throttle = throttle;
    this.publicUrl = publicUrl;
    this.trustProxy = trustProxy;
  }

  /** Opens the gate of {@code vault}; warns on {@code warnings} while codes go to the development outbox. */
  public static GateService open(Vault vault, ServerOptions options, PrintStream warnings) throws Exception {
    SmsConfig config = SmsConfig.fromEnv(options.env());
    SmsProvider provider = config.open(options.home(), vault.clock());
    if (provider instanceof OutboxSmsProvider outbox) {
      warnings.println("tracemark serve: SMS codes go to the development outbox " + outbox.directory()
          + " (files, not phones); set TRACEMARK_SMS=http and TRACEMARK_SMS_URL for a real gateway "
          + "(短信验证码写入开发用发件箱目录，并未真正发送)");
    }
    Gate gate = Gate.open(vault, GatePolicy.standard());
    SmsDispatcher sms = new SmsDispatcher(provider, SMS_QUEUE);
    return new GateService(gate, gate.join(sms), sms, new PublicThrottle(vault.clock()),
        Optional.ofNullable(options.env().get("TRACEMARK_PUBLIC_URL")).filter(s -> !s.isBlank()),
        options.trustProxy());
  }

  public Gate gate() {
    return gate;
  }

  public JoinGate join() {
    return join;
  }

  public PublicThrottle throttle() {
    return throttle;
  }

  public SmsDispatcher sms() {
    return sms;
  }

  /** Where the public reaches this server: the configured address, else this request's scheme and host. */
  public String publicBase(Context ctx) {
    return publicUrl.orElseGet(() -> {
      String scheme = trustProxy && ctx.header("X-Forwarded-Proto") != null ? ctx.header("X-Forwarded-Proto")
          : ctx.scheme();
      return scheme + "://" + ctx.host();
    });
  }

  /**
   * The applicant's address for limits: the peer address, or — behind a trusted reverse proxy — the last address
   * that proxy appended to {@code X-Forwarded-For} (earlier entries are whatever the client claimed).
   */
  public String clientAddress(Context ctx) {
    if (trustProxy) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.ip();
  }

  @Override
  public void close() throws InterruptedException {
    sms.close();
  }
}
