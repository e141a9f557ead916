package dev.vitae.parser.pdf;

import dev.vitae.parser.MemoryBudget;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The bytes PDFBox loads a document from, with a {@link MemoryBudget} checkpoint in its reading:
 * the loader (cross-reference tables and streams, object streams, the objects text extraction asks
 * for) allocates as it reads, and it has no hook of its own. Views (stream data) are budgeted too,
 * so that a filter inflating an object stream is checked as it reads its input.
 */
final class BudgetedRead implements RandomAccessRead {
  // Single bytes are read by the million: a checkpoint every this many keeps the cost unseen.
  private static final int BYTES_PER_CHECK = 4096;

  private final RandomAccessRead in;
  private int untilCheck = BYTES_PER_CHECK;

  BudgetedRead(RandomAccessRead in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read() throws IOException {
    if (--untilCheck <= 0) {
      untilCheck = BYTES_PER_CHECK;
      MemoryBudget.check();
    }
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    MemoryBudget.check();
    return in.read(b, off, len);
  }

  @Override
  public long getPosition() throws IOException {
    return in.getPosition();
  }

  @Override
  public void seek(long position) throws IOException {
    in.seek(position);
  }

  @Override
  public long length() throws IOException {
    return in.length();
  }

  @Override
  public boolean isClosed() {
    return in.isClosed();
  }

  @Override
  public boolean isEOF() throws IOException {
    return in.isEOF();
  }

  @Override
  public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
    RandomAccessReadView view = in.createView(startPosition, streamLength);
    return new RandomAccessReadView(new BudgetedRead(view), 0, streamLength, true);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
