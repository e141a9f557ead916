package dev.vitae.parser.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.Line;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.docx.DocxReader;
import dev.vitae.parser.html.HtmlReader;
import dev.vitae.parser.markdown.MarkdownReader;
import dev.vitae.parser.pdf.PdfReader;
import dev.vitae.parser.text.PlainTextReader;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Jazzer fuzz tests, one per reader: any bytes must end as a document within the limits or as a
 * {@link DocumentException} with a reason; anything else thrown is a finding. {@code mvn verify}
 * runs them in regression mode (JUnit); {@code scripts/fuzz.sh} fuzzes them. The committed crashers
 * under {@code testdata/crashers/<reader>/} go through the same {@link #check} in {@link
 * CrashersTest}.
 */
class ReaderFuzzTest {
  /** Limits small enough that one input stays fast, as a batch's per-document limits would. */
  static final ParseLimits LIMITS = new ParseLimits(4L << 20, 5, 2_000, 1_000);

  /** The readers by the name of their fuzz test and crashers folder. */
  static final Map<String, Supplier<DocumentReader>> READERS =
      Map.of(
          "pdf", () -> new PdfReader(LIMITS),
          "docx", () -> new DocxReader(LIMITS),
          "html", () -> new HtmlReader(LIMITS),
          "markdown", () -> new MarkdownReader(LIMITS),
          "text", () -> new PlainTextReader(LIMITS));

  /** Reads {@code data} with the named reader and checks that the outcome is a typed one. */
  static void check(String reader, byte[] data) {
    DocumentReader read = READERS.get(reader).get();
    Source source = Source.named("fuzz." + reader, read.supportedTypes().iterator().next());
    TextDocument document;
    try {
      document = read.read(new ByteArrayInputStream(data), source);
    } catch (DocumentException e) {
      assertThat(e.reason()).isNotNull();
      return;
    }
    assertThat(document.lines()).hasSizeLessThanOrEqualTo(LIMITS.maxLines());
    assertThat(document.pages()).isPositive();
    for (Line line : document.lines()) {
      assertThat(line.text().length()).isLessThanOrEqualTo(LIMITS.maxLineChars());
    }
  }

  @FuzzTest
  void pdf(byte[] data) {
    check("pdf", data);
  }

  @FuzzTest
  void docx(byte[] data) {
    check("docx", data);
  }

  @FuzzTest
  void html(byte[] data) {
    check("html", data);
  }

  @FuzzTest
  void markdown(byte[] data) {
    check("markdown", data);
  }

  @FuzzTest
  void text(byte[] data) {
    check("text", data);
  }
}
