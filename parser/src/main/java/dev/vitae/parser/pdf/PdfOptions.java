package dev.vitae.parser.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * What the PDF reader does beyond reading the text layer.
 *
 * @param ocr whether pages whose text layer is missing or garbage are read by OCR with the {@code
 *     tesseract} command (off by default; nothing leaves the machine)
 * @param ocrLanguages tesseract's language list ({@code chi_sim+eng}); languages that are not
 *     installed are left out
 * @param ocrTimeoutPerPage how long one page's OCR may take before it is stopped
 * @param ocrMaxPages at most this many pages of one document are read by OCR
 */
public record PdfOptions(
    boolean ocr, String ocrLanguages, Duration ocrTimeoutPerPage, int ocrMaxPages) {

  /** No OCR; when turned on, Chinese and English, one minute per page, at most ten pages. */
  public static final PdfOptions DEFAULT =
      new PdfOptions(false, "chi_sim+eng", Duration.ofSeconds(60), 10);

  public PdfOptions {
    Objects.requireNonNull(ocrLanguages, "ocrLanguages");
    Objects.requireNonNull(ocrTimeoutPerPage, "ocrTimeoutPerPage");
    if (!ocrLanguages.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*")) {
      throw new IllegalArgumentException("not a tesseract language list: " + ocrLanguages);
    }
    if (ocrTimeoutPerPage.isNegative() || ocrTimeoutPerPage.isZero() || ocrMaxPages <= 0) {
      throw new IllegalArgumentException("OCR timeout and page count must be positive");
    }
  }

  /** These options with OCR turned on or off. */
  public PdfOptions withOcr(boolean on) {
    return new PdfOptions(on, ocrLanguages, ocrTimeoutPerPage, ocrMaxPages);
  }
}
