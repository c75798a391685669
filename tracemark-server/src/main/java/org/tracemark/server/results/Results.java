package org.tracemark.server.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.tracemark.server.http.ApiException;

/**
 * Results of scans, assessments or traces run through the server, kept for the server's lifetime so a page can be
 * reloaded and its HTML report downloaded: numbered from 1 per kind, the newest {@link #KEEP} in memory with their
 * reports under {@code <home>/server/results} (masked reports only; cleared at start).
 *
 * @param <T> what a page shows of one result
 */
public final class Results<T> {
  public static final int KEEP = 100;

  /** One stored result. */
  public record Entry<T>(long id, String user, Instant at, T view, Optional<Path> report) {}

  private final String kind;
  private final Path dir;
  private final AtomicLong next = new AtomicLong(1);
  private final Map<Long, Entry<T>> entries = new LinkedHashMap<>();

  public Results(String kind, Path dir) throws IOException {
    this.kind = kind;
    this.dir = Files.createDirectories(dir);
  }

  /** A new id, reserved before the work starts (a running trace has its id at once). */
  public long reserve() {
    return next.getAndIncrement();
  }

  /** Stores a result and its report HTML (may be null). */
  public synchronized Entry<T> put(long id, String user, Instant at, T view, String reportHtml) throws IOException {
    Optional<Path> report = Optional.empty();
    if (reportHtml != null) {
      Path file = dir.resolve(kind + "-" + id + ".html");
      Files.writeString(file, reportHtml, StandardCharsets.UTF_8);
      report = Optional.of(file);
    }
    Entry<T> entry = new Entry<>(id, user, at, view, report);
    entries.put(id, entry);
    while (entries.size() > KEEP) {
      Entry<T> oldest = entries.values().iterator().next();
      entries.remove(oldest.id());
      if (oldest.report().isPresent()) {
        Files.deleteIfExists(oldest.report().get());
      }
    }
    return entry;
  }

  public synchronized Optional<Entry<T>> get(long id) {
    return Optional.ofNullable(entries.get(id));
  }

  public Entry<T> require(long id) {
    return get(id).orElseThrow(() -> ApiException.notFound("no " + kind + " " + id + " (the server keeps the newest "
        + KEEP + " until it restarts)"));
  }

  /** The report file of a result. */
  public Path report(long id) {
    return require(id).report().orElseThrow(() -> ApiException.notFound("no report for " + kind + " " + id));
  }
}
