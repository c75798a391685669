package org.tracemark.server.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Uploaded files, streamed to disk and never held in memory: Jetty's multipart parser writes each part to the
 * server's temporary directory as it arrives (the in-memory threshold is tiny), and we move it into a private
 * per-request directory (0700) under a cleaned name that keeps the extension, because the readers choose the
 * format by it. The size limit is enforced by the parser (HTTP 413 past it).
 *
 * <p>Uploads hold personal data (owner lists, leaked lists): {@link Batch#close()} deletes them as soon as the
 * request is done with them.
 */
public final class Uploads {
  /** Extensions the readers understand. */
  public static final Set<String> SUPPORTED = Set.of("csv", "tsv", "txt", "text", "xlsx", "xls", "jsonl", "json",
      "ndjson", "zip");
  public static final int MAX_FILES = 20;

  private final Path root;
  private final long maxBytes;

  /** @param maxBytes the largest request body accepted (the multipart parser enforces the same per file) */
  public Uploads(Path root, long maxBytes) throws IOException {
    this.root = Files.createDirectories(root);
    this.maxBytes = maxBytes;
  }

  /** The directory Jetty's multipart parser streams parts into. */
  public Path root() {
    return root;
  }

  /** A request's uploaded files, in a private directory deleted on close. */
  public final class Batch implements AutoCloseable {
    private final Path dir;
    private final List<Path> files;

    private Batch(Path dir, List<Path> files) {
      this.dir = dir;
      this.files = List.copyOf(files);
    }

    public List<Path> files() {
      return files;
    }

    public Path first() {
      return files.get(0);
    }

    /** The uploaded names, as the user chose them (cleaned), for results that name their inputs. */
    public java.util.List<String> names() {
      return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    /**
     * {@code text} with this batch's private directory removed from every path in it, so results name the files
     * as the user uploaded them and never reveal the server's file system.
     */
    public String relativize(String text) {
      return text == null ? null : text.replace(dir.toString() + java.io.File.separator, "")
          .replace(dir.toString(), "");
    }

    /** The prefix {@link #relativize(String)} removes, for streamed output. */
    public String prefix() {
      return dir.toString() + java.io.File.separator;
    }

    /** The same for every string in a JSON tree, in place. */
    public com.fasterxml.jackson.databind.JsonNode relativize(com.fasterxml.jackson.databind.JsonNode node) {
      if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
        var names = new java.util.ArrayList<String>();
        o.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          com.fasterxml.jackson.databind.JsonNode child = o.get(name);
          if (child.isTextual()) {
            o.put(name, relativize(child.asText()));
          } else {
            relativize(child);
          }
        }
      } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i).isTextual()) {
            a.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(relativize(a.get(i).asText())));
          } else {
            relativize(a.get(i));
          }
        }
      }
      return node;
    }

    /** Total size in bytes. */
    public long bytes() throws IOException {
      long total = 0;
      for (Path f : files) {
        total += Files.size(f);
      }
      return total;
    }

    @Override
    public void close() {
      delete(dir);
    }
  }

  /**
   * Saves the request's file parts (form field {@code file}, one or more) into a new private directory.
   *
   * @throws ApiException 400 without a file, 415 for a file type the readers do not know
   */
  public Batch receive(Context ctx) throws IOException {
    if (!ctx.isMultipartFormData()) {
      throw new ApiException(400, "no_file", "send the file as multipart/form-data, field 'file' (请上传文件)");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes + 1024 * 1024) {
      // Refused before a byte is stored.
      throw tooLarge();
    }
    Path dir = Files.createTempDirectory(root, "upload-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    List<Path> saved = new ArrayList<>();
    try {
      // Javalin applies the server's multipart limits and spool directory to the parse.
      List<UploadedFile> parts;
      try {
        parts = ctx.uploadedFiles("file");
      } catch (Exception e) {
        // Jetty refuses a part past the size limit, or a body cut off or malformed, with a servlet exception
        // (thrown through Kotlin code, so undeclared).
        throw declared > maxBytes || mentionsSize(e) ? tooLarge()
            : new ApiException(400, "bad_upload", "the upload is not valid multipart/form-data or was broken off "
                + "(上传内容不完整或格式错误)");
      }
      if (parts.size() > MAX_FILES) {
        throw new ApiException(400, "too_many_files", "at most " + MAX_FILES + " files per request");
      }
      for (UploadedFile part : parts) {
        String name = cleanName(part.filename(), saved.size());
        Path target = dir.resolve(name);
        try (InputStream in = part.content(); OutputStream out = Files.newOutputStream(target)) {
          in.transferTo(out);
        }
        saved.add(target);
      }
      if (saved.isEmpty()) {
        throw new ApiException(400, "no_file", "no file in the request: field 'file' (没有收到文件)");
      }
      return new Batch(dir, saved);
    } catch (IOException | RuntimeException e) {
      delete(dir);
      throw e;
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "too_large", "file too large: the limit is " + (maxBytes / (1024 * 1024))
        + " MB (文件过大，上限 " + (maxBytes / (1024 * 1024)) + " MB)");
  }

  private static boolean mentionsSize(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("max") || m.contains("size") || m.contains("too large") || m.contains("exceed")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A safe file name that keeps the original's extension: letters, digits, CJK, dot, dash and underscore only;
   * numbered so two parts with the same name do not collide.
   *
   * @throws ApiException 415 for an extension the readers do not support
   */
  static String cleanName(String submitted, int index) {
    String base = submitted.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!SUPPORTED.contains(ext)) {
      throw new ApiException(415, "unsupported_type", "unsupported file type"
          + (ext.isEmpty() ? "" : " '." + ext.replaceAll("[^a-z0-9]", "") + "'")
          + ": use CSV, TSV, XLSX, XLS, JSON lines, text or ZIP (不支持的文件类型)");
    }
    String stem = base.substring(0, dot).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    if (stem.isBlank() || stem.length() > 80) {
      stem = stem.isBlank() ? "upload" : stem.substring(0, 80);
    }
    return (index == 0 ? "" : index + "-") + stem + "." + ext;
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Best effort; the next start clears the directory (see TracemarkServer).
        }
      });
    } catch (IOException e) {
      // As above.
    }
  }

  /** Removes leftovers of an earlier run (a crash between upload and cleanup). */
  public void clearLeftovers() throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      entries.forEach(Uploads::delete);
    }
  }
}
