package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Font dictionaries whose few bytes state huge ranges: each must end as a document or a typed
 * failure, without allocating per code of the range (before the bound, each of these allocated
 * until the JVM died).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PdfBoundsTest {
  private static final String HUGE_W = "/W [0 2147483647 500]";

  @Test
  void readsDeferredFontWithTwoBillionWidths() throws DocumentException {
    byte[] pdf = HostilePdfs.cidFont(HUGE_W, true);
    assertThat(pdf.length).isLessThan(2048);

    assertThat(read(pdf).text()).contains("AAAA");
  }

  @Test
  void readsPdfboxFontWithTwoBillionWidths() throws DocumentException {
    assertThat(read(HostilePdfs.cidFont(HUGE_W, false)).text()).contains("AAAA");
  }

  @Test
  void readsFontWithTwoBillionVerticalMetrics() throws DocumentException {
    byte[] pdf = HostilePdfs.cidFont("/W2 [0 2147483647 -1000 500 880]", false);

    assertThat(read(pdf).lines()).isNotEmpty();
  }

  @Test
  void readsFontWithNegativeAndRepeatedRanges() throws DocumentException {
    String ranges = "/W [-2147483648 -1 500 " + "0 65535 500 ".repeat(5_000) + "]";

    assertThat(read(HostilePdfs.cidFont(ranges, true)).text()).contains("AAAA");
  }

  @Test
  void failsTooLargeWhenFontsTogetherStateTooManyWidths() throws DocumentException {
    String full = "/W [0 65535 500]";
    assertThat(read(HostilePdfs.cidFonts(16, full, true)).text()).contains("AAAA");

    DocumentException failure =
        catchThrowableOfType(
            DocumentException.class, () -> read(HostilePdfs.cidFonts(17, full, true)));

    assertThat(failure).isNotNull();
    assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void failsTooLargeWhenStreamsInflatePastTheBudget() {
    byte[] pdf = HostilePdfs.inflating(Inflation.BUDGET + 1, 2);
    assertThat(pdf.length).isLessThan(4096);

    DocumentException failure = catchThrowableOfType(DocumentException.class, () -> read(pdf));

    assertThat(failure).isNotNull();
    assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(failure.getMessage()).contains("inflate");
  }

  @Test
  void failsTooLargeWhenAFormThePageDrawsInflatesPastTheBudget() {
    byte[] pdf = HostilePdfs.inflating(Inflation.BUDGET + 1, 2, HostilePdfs.Where.FORM);

    DocumentException failure = catchThrowableOfType(DocumentException.class, () -> read(pdf));

    assertThat(failure).isNotNull();
    assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void readsTheFormThePageDraws() throws DocumentException {
    byte[] pdf = HostilePdfs.inflating(1 << 20, 1, HostilePdfs.Where.FORM);

    assertThat(read(pdf).text()).contains("Jordan Example");
  }

  @Test
  void failsTooLargeWhenAnObjectStreamInflatesPastTheBudget() {
    byte[] pdf = HostilePdfs.inflatingObjectStream(Inflation.BUDGET + 1);

    DocumentException failure = catchThrowableOfType(DocumentException.class, () -> read(pdf));

    assertThat(failure).isNotNull();
    assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void readsAFontFromAnObjectStream() throws DocumentException {
    assertThat(read(HostilePdfs.inflatingObjectStream(1 << 20)).text()).contains("Jordan Example");
  }

  @Test
  void failsTooLargeWhenTheProgramOfAFontPdfBoxCreatesInflatesPastTheBudget() {
    // Under two filters the program is not read as it goes, so PDFBox creates the font from it.
    byte[] pdf = HostilePdfs.cidFontInflating(Inflation.BUDGET + 1, 2);

    DocumentException failure = catchThrowableOfType(DocumentException.class, () -> read(pdf));

    assertThat(failure).isNotNull();
    assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void neverDecodesTheProgramOfAFontReadOnlyThroughItsMaps() throws DocumentException {
    // A deferred font: its text comes from the ToUnicode map, and its program is never read whole.
    byte[] pdf = HostilePdfs.cidFontInflating(Inflation.BUDGET + 1, 1);

    assertThat(read(pdf).text()).contains("A");
  }

  @Test
  void failsTooLargeWhenAType3GlyphPdfBoxMeasuresInflatesPastTheBudget() {
    for (boolean emptyBox : new boolean[] {true, false}) {
      // An empty box makes PDFBox measure every glyph (widths stated); else a missing width makes
      // it measure the glyph shown.
      byte[] pdf = HostilePdfs.type3Inflating(Inflation.BUDGET + 1, emptyBox, emptyBox);

      DocumentException failure = catchThrowableOfType(DocumentException.class, () -> read(pdf));

      assertThat(failure).as("empty box: %s", emptyBox).isNotNull();
      assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
    }
  }

  @Test
  void neverDecodesType3GlyphsTheFontMeasuresWithoutThem() throws DocumentException {
    byte[] pdf = HostilePdfs.type3Inflating(Inflation.BUDGET + 1, false, true);

    assertThat(read(pdf).text()).contains("A");
  }

  @Test
  void neverDecodesAStreamNoPageReaches() throws DocumentException {
    // Text extraction never reads it, so it spends none of the budget (nor the time to decode it).
    byte[] pdf = HostilePdfs.inflating(Inflation.BUDGET + 1, 2, HostilePdfs.Where.UNREFERENCED);

    assertThat(read(pdf).text()).contains("Jordan Example");
  }

  @Test
  void readsStreamsThatInflateWithinTheBudget() throws DocumentException {
    assertThat(read(HostilePdfs.inflating(1 << 20, 1)).text()).contains("Jordan Example");
  }

  @Test
  void reportsThePagesThereAreNotThePagesClaimed() throws DocumentException {
    TextDocument document = read(HostilePdfs.claimingPages("2147483647"));

    assertThat(document.pages()).isEqualTo(1);
    assertThat(document.warnings()).doesNotContain(PdfReader.TRUNCATED);
  }

  @Test
  void boundsToUnicodeRangeOfTwoBillionCodes() {
    String map = HostilePdfs.toUnicode("1 beginbfrange <00000000> <7FFFFFFF> <0041> endbfrange");

    endsTyped(HostilePdfs.cidFont(HUGE_W, map, false));
  }

  private static void endsTyped(byte[] pdf) {
    DocumentException failure = catchThrowableOfType(DocumentException.class, () -> read(pdf));
    if (failure != null) {
      assertThat(failure.reason()).isNotNull();
    }
  }

  private static TextDocument read(byte[] pdf) throws DocumentException {
    return new PdfReader()
        .read(new ByteArrayInputStream(pdf), Source.named("bomb.pdf", "application/pdf"));
  }

  @Test
  void dropsAToUnicodeMapWhoseRangesCoverMillionsOfCodes() throws Exception {
    String ranges = "<0000><FFFF><0041>\n".repeat(30);
    COSDictionary font = fontWithToUnicode(ranges);

    assertThat(FontBounds.boundToUnicode(font)).isTrue();
    assertThat(font.containsKey(COSName.TO_UNICODE)).isFalse();
  }

  @Test
  void keepsAToUnicodeMapOfRealSize() throws Exception {
    String ranges = "<0003><0040><0020>\n<4E00><9FFF><4E00>\n";
    COSDictionary font = fontWithToUnicode(ranges);

    assertThat(FontBounds.boundToUnicode(font)).isFalse();
    assertThat(font.containsKey(COSName.TO_UNICODE)).isTrue();
  }

  private static COSDictionary fontWithToUnicode(String ranges) throws java.io.IOException {
    String cmap =
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + ranges.lines().count()
            + " beginbfrange\n"
            + ranges
            + "endbfrange\nendcmap end end\n";
    COSStream stream = new COSStream();
    try (java.io.OutputStream out = stream.createOutputStream()) {
      out.write(cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TO_UNICODE, stream);
    return font;
  }
}
