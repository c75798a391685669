package org.tracemark.server.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracemark.io.BadInputException;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.trace.EvidenceReport;
import org.tracemark.report.trace.TraceJson;
import org.tracemark.server.Services;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.results.Results;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;

/**
 * Runs traces on a small pool ({@link #WORKERS} at a time, {@link #QUEUE} waiting; beyond that HTTP 503), so a
 * burst of uploads cannot take every core and all memory. A synchronous request waits for its job; the console
 * starts one asynchronously and polls. The uploaded leak is deleted as soon as its trace ends; the result (the
 * trace JSON, the page view, the masked evidence report) is kept in {@link Results}.
 */
public final class TraceJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TraceJobs.class);
  static final int WORKERS = 2;
  static final int QUEUE = 16;
  /**
   * Heap a trace needs per byte of uploaded text (CSV, TSV, JSON lines, chat): measured 1.5 GB peak for a 98 MB,
   * 953k-row CSV (docs/benchmarks.md), rounded up. Compressed uploads (xlsx, xls, zip) expand several times when
   * read, hence the larger factor. An estimate, so that an upload too large for this heap is refused at once
   * instead of thrashing the collector for minutes and then failing every thread with OutOfMemoryError.
   */
  static final long HEAP_PER_TEXT_BYTE = 16;
  static final long HEAP_PER_COMPRESSED_BYTE = 64;
  /** Share of the maximum heap traces may reserve together; the rest serves everything else. */
  static final double HEAP_SHARE = 0.8;
  private static final PiiEngine ENGINE = PiiEngine.standard();

  private final Services services;
  private final Results<TraceJob> results;
  private final Map<Long, TraceJob> running = new ConcurrentHashMap<>();
  private final long budget;
  private long reserved;
  private final ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(QUEUE), r -> {
        Thread t = new Thread(r, "tracemark-trace");
        t.setDaemon(true);
        return t;
      });

  public TraceJobs(Services services) throws java.io.IOException {
    this.services = services;
    this.results = new Results<>("trace", services.serverDir().resolve("results"));
    this.budget = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
  }

  /** The heap a trace of {@code batch} is estimated to need. */
  static long estimate(Uploads.Batch batch) throws java.io.IOException {
    long need = 0;
    for (java.nio.file.Path f : batch.files()) {
      String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      boolean compressed = name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".zip");
      need += java.nio.file.Files.size(f) * (compressed ? HEAP_PER_COMPRESSED_BYTE : HEAP_PER_TEXT_BYTE);
    }
    return need;
  }

  /** Reserves heap for a trace, or refuses: 507 when it can never fit, 503 while other traces hold the room. */
  private synchronized void reserve(long need) {
    if (need > budget) {
      throw new ApiException(507, "out_of_memory", "this upload needs about " + (need >> 20) + " MB of memory to "
          + "trace and the server may use " + (budget >> 20) + " MB; start it with a larger heap, e.g. "
          + "TRACEMARK_JAVA_OPTS=-Xmx" + Math.max(2, (long) Math.ceil(need / HEAP_SHARE / (1L << 30)) + 1) + "g "
          + "(内存不足，请增大服务器内存)");
    }
    if (reserved + need > budget) {
      throw new ApiException(503, "busy", "other traces are using the memory this one needs; try again when they "
          + "finish (其他溯源任务正在占用内存，请稍后再试)");
    }
    reserved += need;
  }

  private synchronized void release(long need) {
    reserved -= need;
  }

  /** Starts a trace of the uploaded files; the batch is closed (deleted) when it ends. */
  public TraceJob submit(Actor actor, Uploads.Batch batch, double alpha) throws java.io.IOException {
    return start(actor, batch, alpha).job();
  }

  /** Runs a trace and waits for it: the finished job, or the failure as an {@link ApiException}. */
  public TraceJob run(Actor actor, Uploads.Batch batch, double alpha) throws Exception {
    Started s = start(actor, batch, alpha);
    try {
      s.future().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
    return get(s.job().id()).orElseThrow();
  }

  private record Started(TraceJob job, Future<?> future) {}

  private Started start(Actor actor, Uploads.Batch batch, double alpha) throws java.io.IOException {
    if (!(alpha > 0 && alpha < 1)) {
      batch.close();
      throw ApiException.badRequest("alpha must be between 0 and 1, e.g. 1e-6");
    }
    long need;
    try {
      need = estimate(batch);
      reserve(need);
    } catch (java.io.IOException | RuntimeException e) {
      batch.close();
      throw e;
    }
    long id = results.reserve();
    TraceJob job = TraceJob.running(id, actor.name(), services.clock().instant());
    running.put(id, job);
    try {
      Future<?> future = pool.submit(() -> {
        try (batch) {
          compute(job, actor, batch, alpha);
          return null;
        } catch (Exception e) {
          results.put(id, job.user(), job.started(), job.failed(message(e, batch)), null);
          throw e;
        } catch (OutOfMemoryError e) {
          // The leak's rows are held in memory while they are linked and scored: say what to do about it.
          ApiException tooBig = new ApiException(507, "out_of_memory", "not enough memory to trace this much "
              + "data; start the server with a larger heap, e.g. TRACEMARK_JAVA_OPTS=-Xmx4g (内存不足，请增大服务器内存)");
          results.put(id, job.user(), job.started(), job.failed(tooBig.getMessage()), null);
          throw tooBig;
        } finally {
          running.remove(id);
          release(need);
        }
      });
      return new Started(job, future);
    } catch (RejectedExecutionException e) {
      running.remove(id);
      release(need);
      batch.close();
      throw new ApiException(503, "busy", "too many traces running; try again shortly (溯源任务过多，请稍后再试)");
    }
  }

  private void compute(TraceJob job, Actor actor, Uploads.Batch batch, double alpha) throws Exception {
    LeakTrace.Outcome outcome = new LeakTrace(services.vault(), services.releases(), ENGINE)
        .trace(actor, batch.files(), alpha);
    ObjectNode json = TraceJson.of(outcome, "/api/traces/" + job.id() + "/report");
    batch.relativize(json);
    json.put("trace_id", job.id());
    String report = batch.relativize(EvidenceReport.html(outcome, batch.files()));
    TraceView view = TraceView.of(outcome, batch.names());
    results.put(job.id(), job.user(), job.started(), job.done(json, view), report);
  }

  /** The one-line message a failed trace shows; unexpected failures are logged by class only. */
  private static String message(Exception e, Uploads.Batch batch) {
    if (e instanceof BadInputException || e instanceof AccessDeniedException || e instanceof ApiException
        || e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)) {
      return batch.relativize(e.getMessage());
    }
    if (e instanceof NoSuchFileException) {
      return "the uploaded file disappeared";
    }
    LOG.error("trace failed: {}", e.getClass().getName());
    return "internal error (内部错误)";
  }

  public Optional<TraceJob> get(long id) {
    TraceJob r = running.get(id);
    return r != null ? Optional.of(r) : results.get(id).map(Results.Entry::view);
  }

  public Results<TraceJob> results() {
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
