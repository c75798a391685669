package org.tracemark.spark.trace;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.spark.input.CellText;
import org.tracemark.spark.input.Chunk;
import org.tracemark.spark.input.ChunkReader;
import org.tracemark.spark.input.JobContext;
import org.tracemark.spark.input.Sources;
import org.tracemark.spark.input.Unit;
import org.tracemark.store.crypto.PortableBlindIndex;
import org.tracemark.store.trace.LeakLinker;
import org.tracemark.store.trace.LeakReader;
import org.tracemark.store.trace.LeakRow;

/**
 * The executor side of the trace job: leaked files are read by the store's {@link LeakReader} (the CLI's trace
 * reader: columns by profile and header words, chat lines holding a mobile or ID), and every row's mobile, resident
 * ID and flat are tokenised with the vault's blind-index PRF, ready to be joined against an exported index.
 */
final class TraceTasks implements FlatMapFunction<Chunk, TraceItem>, Sources.ColumnarWork<TraceItem> {
  private static final long serialVersionUID = 1L;
  private final JobContext job;
  private final Broadcast<PortableBlindIndex> index;

  TraceTasks(JobContext job, Broadcast<PortableBlindIndex> index) {
    this.job = job;
    this.index = index;
  }

  @Override
  public Iterator<TraceItem> call(Chunk chunk) throws Exception {
    Unit unit = job.unit(chunk.unit());
    LeakReader reader = new LeakReader(job.pii(), ReadLimits.defaults());
    try {
      return items(unit, 0, reader.read((documents, handler) -> {
        if (unit.local()) {
          documents.read(java.nio.file.Path.of(unit.location()), handler);
        } else {
          ChunkReader.whole(unit, job.hadoop(), handler);
        }
      }));
    } catch (BadInputException e) {
      return List.<TraceItem>of(new TraceItem.Failed(unit.index(), 0, e.file().toString(), e.row().orElse(0L),
          e.column().orElse(0), e.problem())).iterator();
    } catch (IOException e) {
      return List.<TraceItem>of(new TraceItem.Failed(unit.index(), 0, unit.displayPath(), 0, 0,
          "cannot be read (" + e.getClass().getSimpleName() + ")")).iterator();
    }
  }

  /** A partition of a Parquet/ORC leak, read as one document by the same reader. */
  @Override
  public Iterator<TraceItem> apply(Unit unit, int partition, Iterator<Row> rows) throws Exception {
    LeakReader reader = new LeakReader(job.pii(), ReadLimits.defaults());
    DocumentInfo info = ChunkReader.info(unit);
    return items(unit, partition, reader.read((documents, handler) -> {
      handler.startDocument(info);
      handler.header(unit.head().header());
      long n = 0;
      while (rows.hasNext()) {
        handler.row(++n, CellText.cells(rows.next()));
      }
      handler.endDocument(info);
    }));
  }

  private Iterator<TraceItem> items(Unit unit, int part, LeakReader.Leak leak) throws GeneralSecurityException {
    PortableBlindIndex prf = index.value();
    List<TraceItem> out = new ArrayList<>(leak.rows().size() + 1);
    for (LeakRow r : leak.rows()) {
      byte[] mobile = r.mobile().isPresent() ? prf.token("mobile", r.mobile().get()) : null;
      byte[] id = r.idNumber().isPresent() ? prf.token("id_number", r.idNumber().get()) : null;
      var flat = LeakLinker.flatKey(r);
      byte[] flatToken = flat.isPresent() ? prf.token(IndexExport.FLAT_KIND, flat.get()) : null;
      out.add(new TraceItem.Leaked(unit.index(), part, r.number(), mobile, id, flatToken, TraceItem.RowData.of(r)));
    }
    out.add(new TraceItem.Part(unit.index(), part, leak.rows().size(),
        leak.columns().stream().map(TraceItem.ColumnData::of).toList(), List.copyOf(leak.documents())));
    return out.iterator();
  }
}
