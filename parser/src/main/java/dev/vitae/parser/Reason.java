package dev.vitae.parser;

import java.util.Locale;

/** Why a document could not be read. Each reason says whether a batch skips the file or stops. */
public enum Reason {
  UNSUPPORTED_FORMAT(Category.SKIP_FILE),
  EMPTY_FILE(Category.SKIP_FILE),
  ENCRYPTED(Category.SKIP_FILE),
  CORRUPT(Category.SKIP_FILE),
  TOO_LARGE(Category.SKIP_FILE),
  NO_TEXT(Category.SKIP_FILE),
  TIMEOUT(Category.SKIP_FILE),
  INTERNAL(Category.SKIP_FILE),
  /**
   * The input could not be read (vanished, unreadable); output failures stop a batch separately.
   */
  IO(Category.SKIP_FILE),
  /**
   * An output could not be written: the disk is full or the folder unwritable, so a batch stops.
   */
  OUTPUT(Category.STOP_BATCH);

  /** What a batch does with a file that failed for this reason. */
  public enum Category {
    SKIP_FILE,
    STOP_BATCH
  }

  private final Category category;

  Reason(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }

  /** The reason code as written in error reports: lower case with dashes ({@code no-text}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
