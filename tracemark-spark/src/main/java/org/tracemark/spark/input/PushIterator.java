package org.tracemark.spark.input;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns push-style work (a reader calling a handler) into the iterator Spark's {@code flatMap} wants, with bounded
 * memory: the work runs on its own thread and hands items over in batches of {@value #BATCH}, blocking when
 * {@value #CAPACITY} batches wait (one hand-over per item would cost a thread wake-up per row). An exception of the
 * work is rethrown by {@link #hasNext()}. If the consumer stops early (a failed task), the producer is interrupted.
 */
public final class PushIterator<T> implements Iterator<T> {
  private static final int CAPACITY = 16;
  private static final int BATCH = 1024;
  private static final Object END = new Object();

  /** Work that pushes items to a sink. */
  @FunctionalInterface
  public interface Work<T> {
    void run(Consumer<T> sink) throws Exception;
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread thread;
  private volatile Throwable failure;
  private Object next;
  private java.util.ArrayList<Object> batch = new java.util.ArrayList<>(BATCH);
  private Iterator<Object> current = java.util.Collections.emptyIterator();

  public PushIterator(String name, Work<T> work) {
    thread = new Thread(() -> {
      try {
        work.run(item -> {
          batch.add(item);
          if (batch.size() == BATCH) {
            put(batch);
            batch = new java.util.ArrayList<>(BATCH);
          }
        });
        if (!batch.isEmpty()) {
          put(batch);
        }
      } catch (Throwable t) {
        failure = t;
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("consumer stopped", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (next == END) {
        if (failure != null) {
          throw new IllegalStateException(failure.getMessage(), failure);
        }
        return false;
      }
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      if (next != END) {
        current = ((java.util.List<Object>) next).iterator();
      }
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return (T) current.next();
  }
}
