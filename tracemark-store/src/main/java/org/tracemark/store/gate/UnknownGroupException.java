package org.tracemark.store.gate;

/** No open group has this join link id (a mistyped or made-up link). */
public final class UnknownGroupException extends Exception {
  public UnknownGroupException() {
    super("no such group (群不存在或链接有误)");
  }
}
