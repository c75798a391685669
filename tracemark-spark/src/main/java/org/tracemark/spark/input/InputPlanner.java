package org.tracemark.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DelimitedSplit;
import org.tracemark.io.read.DocumentFormat;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.PiiEngine;

/**
 * Turns the PATH arguments of a job into {@link Unit}s and {@link Chunk}s, on the driver, in the order the CLI reads
 * them: each argument in turn; a directory recursively, children sorted by path at each level, regular files only;
 * display paths spelled as the CLI spells them. A Parquet or ORC file, or a directory holding only such parts (a data
 * set as Spark writes it), is one columnar unit. A CSV/TSV file larger than the split size is read in byte ranges by
 * several tasks; every other file is read whole by tracemark-io in one task.
 */
public final class InputPlanner {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  /** The planned inputs. */
  public record Plan(List<Unit> units, List<Chunk> chunks) {
    public List<Unit> columnar() {
      return units.stream().filter(u -> u.kind() == Unit.Kind.COLUMNAR).toList();
    }
  }

  private final SparkSession spark;
  private final HadoopConf conf;
  private final PiiEngine engine;
  private final long splitBytes;
  private final List<Unit> units = new ArrayList<>();
  private final List<Chunk> chunks = new ArrayList<>();

  /** @param splitBytes CSV/TSV files larger than this are read in ranges of this size; 0 reads every file whole */
  public InputPlanner(SparkSession spark, HadoopConf conf, PiiEngine engine, long splitBytes) {
    this.spark = spark;
    this.conf = conf;
    this.engine = engine;
    this.splitBytes = splitBytes;
  }

  /**
   * @param strict whether a path that does not exist or cannot be listed stops the job (assess, trace) rather than
   *     being reported in its place (scan)
   * @throws BadInputException a missing or unreadable path, when {@code strict}
   */
  public Plan plan(List<String> paths, boolean strict) throws IOException, BadInputException {
    for (String p : paths) {
      try {
        if (SCHEME.matcher(p).matches()) {
          planHadoop(p);
        } else {
          planLocal(java.nio.file.Path.of(p));
        }
      } catch (NoSuchFileException | AccessDeniedException | java.io.FileNotFoundException e) {
        if (strict) {
          throw new BadInputException(java.nio.file.Path.of(p), 0, 0, "no such file or directory");
        }
        unreadable(java.nio.file.Path.of(p).toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
    return new Plan(List.copyOf(units), List.copyOf(chunks));
  }

  private void unreadable(String display, String problem) {
    String message = new BadInputException(java.nio.file.Path.of(display), 0, 0, problem).getMessage();
    units.add(new Unit(units.size(), Unit.Kind.UNREADABLE, display, display, true, 0, null, null, message));
  }

  // ---- local paths, walked exactly as DocumentReader walks them ----

  private void planLocal(java.nio.file.Path path) throws IOException {
    if (!java.nio.file.Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    if (!java.nio.file.Files.isReadable(path)) {
      throw new AccessDeniedException(path.toString());
    }
    if (java.nio.file.Files.isDirectory(path)) {
      walkLocal(path);
    } else {
      localFile(path);
    }
  }

  private void walkLocal(java.nio.file.Path dir) throws IOException {
    List<java.nio.file.Path> children;
    try (Stream<java.nio.file.Path> listing = java.nio.file.Files.list(dir)) {
      children = listing.sorted().toList();
    }
    Optional<DocumentFormat> dataset = columnarDataset(children.stream().map(c -> c.getFileName().toString())
        .toList(), children.stream().allMatch(c -> java.nio.file.Files.isRegularFile(c)));
    if (dataset.isPresent()) {
      columnar(dir.toString(), dir.toAbsolutePath().toUri().toString(), dataset.get());
      return;
    }
    for (java.nio.file.Path child : children) {
      if (java.nio.file.Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walkLocal(child);
      } else if (java.nio.file.Files.isRegularFile(child)) {
        localFile(child);
      }
    }
  }

  private void localFile(java.nio.file.Path file) throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Optional<DocumentFormat> columnar = columnarFile(name);
    if (columnar.isPresent()) {
      columnar(file.toString(), file.toAbsolutePath().toUri().toString(), columnar.get());
      return;
    }
    long length = java.nio.file.Files.size(file);
    file(new Unit(units.size(), Unit.Kind.WHOLE, file.toString(), file.toString(), true, length, null, null, null),
        name);
  }

  // ---- Hadoop file systems ----

  private void planHadoop(String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = conf.fileSystem(path);
    FileStatus status = fs.getFileStatus(path);
    if (status.isDirectory()) {
      walkHadoop(fs, path, stripSlash(uri));
    } else {
      hadoopFile(status, uri);
    }
  }

  private void walkHadoop(FileSystem fs, Path dir, String display) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    Optional<DocumentFormat> dataset = columnarDataset(Arrays.stream(children).map(s -> s.getPath().getName())
        .toList(), Arrays.stream(children).allMatch(FileStatus::isFile));
    if (dataset.isPresent()) {
      columnar(display, dir.toString(), dataset.get());
      return;
    }
    for (FileStatus child : children) {
      String childDisplay = display + "/" + child.getPath().getName();
      if (child.isDirectory()) {
        walkHadoop(fs, child.getPath(), childDisplay);
      } else if (child.isFile()) {
        hadoopFile(child, childDisplay);
      }
    }
  }

  private void hadoopFile(FileStatus status, String display) throws IOException {
    Optional<DocumentFormat> columnar = columnarFile(status.getPath().getName());
    if (columnar.isPresent()) {
      columnar(display, status.getPath().toString(), columnar.get());
      return;
    }
    file(new Unit(units.size(), Unit.Kind.WHOLE, display, status.getPath().toString(), false, status.getLen(), null,
        null, null), status.getPath().getName());
  }

  private static String stripSlash(String uri) {
    return uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  // ---- what a file is ----

  private static Optional<DocumentFormat> columnarFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".parquet")) {
      return Optional.of(DocumentFormat.PARQUET);
    }
    if (n.endsWith(".orc")) {
      return Optional.of(DocumentFormat.ORC);
    }
    return Optional.empty();
  }

  /** A directory of Parquet (or ORC) parts and nothing else but Spark's markers ("_SUCCESS", ".crc" files). */
  private static Optional<DocumentFormat> columnarDataset(List<String> names, boolean allFiles) {
    if (!allFiles) {
      return Optional.empty();
    }
    DocumentFormat seen = null;
    for (String name : names) {
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      Optional<DocumentFormat> f = columnarFile(name);
      if (f.isEmpty() || (seen != null && seen != f.get())) {
        return Optional.empty();
      }
      seen = f.get();
    }
    return Optional.ofNullable(seen);
  }

  /** A file read whole, or in ranges when it is a large CSV/TSV whose first rows read cleanly. */
  private void file(Unit whole, String name) throws IOException {
    if (splitBytes > 0 && whole.length() > splitBytes) {
      Optional<Unit> split = split(whole, name);
      if (split.isPresent()) {
        Unit u = split.get();
        units.add(u);
        int part = 0;
        for (long start = 0; start < u.length(); start += splitBytes) {
          chunks.add(new Chunk(u.index(), part++, start, Math.min(u.length(), start + splitBytes)));
        }
        return;
      }
    }
    units.add(whole);
    chunks.add(new Chunk(whole.index(), 0, 0, whole.length()));
  }

  private Optional<Unit> split(Unit whole, String name) throws IOException {
    byte[] head = new byte[1 << 16];
    int n;
    try (InputStream in = Files.open(whole, conf, 0)) {
      n = in.readNBytes(head, 0, head.length);
    }
    Optional<DelimitedSplit.Layout> layout = DelimitedSplit.layout(name, head, n, false);
    if (layout.isEmpty()) {
      return Optional.empty();
    }
    HeadReader reader = new HeadReader(Head.SAMPLE_ROWS);
    DocumentReader documents = new DocumentReader(ReadLimits.defaults());
    try {
      if (whole.local()) {
        documents.read(java.nio.file.Path.of(whole.location()), reader);
      } else {
        documents.read(whole.displayPath(), name, () -> Files.open(whole, conf, 0), reader);
      }
    } catch (HeadReader.Enough e) {
      // the sample is complete
    }
    if (!reader.clean()) {
      return Optional.empty();
    }
    Head h = Head.of(whole.displayPath(), reader.info().format(), reader.info().encoding().orElse(null),
        reader.header(), reader.rows(), engine);
    return Optional.of(new Unit(whole.index(), Unit.Kind.SPLIT, whole.displayPath(), whole.location(), whole.local(),
        whole.length(), layout.get(), h, null));
  }

  private void columnar(String display, String location, DocumentFormat format) {
    Dataset<Row> data = spark.read().format(format.name().toLowerCase(Locale.ROOT)).load(location);
    List<String> header = Arrays.asList(data.columns());
    List<List<String>> sample = new ArrayList<>();
    for (Row r : data.limit(Head.SAMPLE_ROWS).collectAsList()) {
      sample.add(CellText.cells(r));
    }
    Head h = Head.of(display, format, null, header, sample, engine);
    units.add(new Unit(units.size(), Unit.Kind.COLUMNAR, display, location, false, 0, null, h, null));
  }
}
