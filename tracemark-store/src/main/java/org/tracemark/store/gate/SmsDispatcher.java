package org.tracemark.store.gate;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS off the request thread, so a join request takes the same time whether a message goes out (the flat has
 * a phone on file) or not: both hand one task to this queue — a send, or nothing. One sender thread, a bounded
 * queue; when it is full the message is dropped and counted (the applicant asks again) rather than letting a flood
 * grow memory. Failures are logged by provider and cause, never with the destination or the text.
 */
public final class SmsDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SmsDispatcher.class);

  private final SmsProvider provider;
  private final ThreadPoolExecutor executor;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  public SmsDispatcher(SmsProvider provider, int capacity) {
    this.provider = provider;
    this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
        r -> {
          Thread t = new Thread(r, "tracemark-sms");
          t.setDaemon(true);
          return t;
        },
        (r, e) -> dropped.incrementAndGet());
  }

  /** Queues a message, or an empty task when there is none to send; returns at once either way. */
  public void submit(Optional<SmsMessage> message) {
    executor.execute(() -> message.ifPresent(this::deliver));
  }

  private void deliver(SmsMessage message) {
    try {
      provider.send(message);
      sent.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed.incrementAndGet();
    } catch (Exception e) {
      failed.incrementAndGet();
      LOG.warn("SMS delivery failed (provider {}): {}", provider.name(), e.getMessage());
    }
  }

  public String providerName() {
    return provider.name();
  }

  public long sent() {
    return sent.get();
  }

  public long failed() {
    return failed.get();
  }

  public long dropped() {
    return dropped.get();
  }

  /**
   * Waits until every message queued before this call was handed to the provider (up to {@code millis}): a marker
   * task queued behind them runs only after them, as there is one sender thread. True if it ran in time.
   */
  public boolean drain(long millis) throws InterruptedException {
    java.util.concurrent.CountDownLatch marker = new java.util.concurrent.CountDownLatch(1);
    executor.execute(marker::countDown);
    return marker.await(millis, TimeUnit.MILLISECONDS);
  }

  /** Sends what is queued (waiting up to 30 s), then stops the sender thread. */
  @Override
  public void close() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
