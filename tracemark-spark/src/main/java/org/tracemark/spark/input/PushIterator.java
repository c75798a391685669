package org.tracemark.spark.input;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns push-style work (a reader calling a handler) into the iterator Spark's {@code flatMap} wants, with bounded
 * memory: the work runs on its own thread and blocks when {@value #CAPACITY} items wait. An exception of the work is
 * rethrown by {@link #hasNext()}. If the consumer stops early (a failed task), the producer thread is interrupted.
 */
public final class PushIterator<T> implements Iterator<T> {
  private static final int CAPACITY = 8192;
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

  public PushIterator(String name, Work<T> work) {
    thread = new Thread(() -> {
      try {
        work.run(item -> put(item));
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
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (next == END) {
      if (failure != null) {
        throw new IllegalStateException(failure.getMessage(), failure);
      }
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }
}
