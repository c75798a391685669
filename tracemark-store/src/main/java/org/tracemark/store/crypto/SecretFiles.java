package org.tracemark.store.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes key files: readable and writable by the owner only (0600) where the file system has POSIX permissions, and
 * atomically, so a process reading at the same moment sees either no file or the whole key — never an empty or
 * half-written one, which it would take for a corrupt key.
 */
public final class SecretFiles {
  private SecretFiles() {}

  /**
   * Creates {@code target} with {@code content} unless it exists.
   *
   * @return true if this call created it; false if the file already existed (another process may have won the race),
   *     in which case it is left as it is and the caller should read it
   */
  public static boolean createOwnerOnly(Path target, byte[] content) throws IOException {
    Path tmp = writeTemporary(target, content);
    try {
      // A hard link fails if the target exists, atomically: the no-replace counterpart of an atomic rename.
      Files.createLink(target, tmp);
      return true;
    } catch (FileAlreadyExistsException exists) {
      return false;
    } catch (UnsupportedOperationException noHardLinks) {
      try {
        Files.move(tmp, target);
        return true;
      } catch (FileAlreadyExistsException exists) {
        return false;
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code content} to {@code target}, replacing any existing file in one atomic rename. */
  public static void replaceOwnerOnly(Path target, byte[] content) throws IOException {
    Path tmp = writeTemporary(target, content);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Path writeTemporary(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String prefix = target.getFileName() + ".";
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, prefix, ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      tmp = Files.createTempFile(dir, prefix, ".tmp");
    }
    try {
      Files.write(tmp, content);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return tmp;
  }
}
