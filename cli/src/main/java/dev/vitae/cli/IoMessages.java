package dev.vitae.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in words for a terminal: "permission denied", "no such file or
 * folder", never a Java exception's class name.
 */
final class IoMessages {
  private IoMessages() {}

  /** The reason of {@code e} in a few lower-case words. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      // The operating system's own words ("Not a directory", "No space left on device").
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    // Otherwise the operating system's or vitae's own words ("stdin is closed"), not a class name.
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }
}
