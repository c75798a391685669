package org.tracemark.store.gate;

import java.io.IOException;

/**
 * Delivers SMS. Two implementations: {@link OutboxSmsProvider} (development: each message becomes a file in the
 * home) and {@link HttpSmsProvider} (a real gateway by URL and credentials). Implementations must never put the
 * destination or the text in an exception message or a log line.
 */
public interface SmsProvider {
  /** Sends one message; returns when the gateway accepted it. */
  void send(SmsMessage message) throws IOException, InterruptedException;

  /** A short name for logs and status pages ({@code outbox}, {@code http}). */
  String name();
}
