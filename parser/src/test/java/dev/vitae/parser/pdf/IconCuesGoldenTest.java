package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cue;
import dev.vitae.parser.Cue.Kind;
import dev.vitae.parser.Line;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Reader golden file for icon fonts in PDF ({@link ReaderGolden}): a contact block whose icons come
 * from a Font Awesome font with a ToUnicode map, from ZapfDingbats, and from a TeX-style Type1 icon
 * font that only names its glyphs.
 */
class IconCuesGoldenTest {
  private static final Source SOURCE = Source.named("cv.pdf", "application/pdf");

  @Test
  void iconFontGlyphsBecomeCuesAndLeaveTheText() throws Exception {
    PDFont awesome =
        iconFont(
            "ABCDEF+FontAwesome5Free-Solid",
            "3 beginbfchar <65> <F0E0> <70> <F095> <6D> <F3C5> endbfchar",
            null);
    PDFont named = iconFont("FontAwesome", null, "/github /linkedin /star");
    byte[] pdf =
        TestPdf.create()
            .bold(72, 72, 20, "Jane Doe")
            .font(awesome, 72, 100, 10, "e")
            .text(86, 100, 10, "jane@example.org")
            .font(awesome, 220, 100, 10, "p")
            .text(234, 100, 10, "+1 555 0100")
            .font(awesome, 330, 100, 10, "m")
            .text(344, 100, 10, "Berlin, Germany")
            .dingbat(72, 116, 10, "\u260E")
            .text(86, 116, 10, "+49 30 1234567")
            .dingbat(220, 116, 10, "\u2709")
            .text(234, 116, 10, "work@example.org")
            .font(named, 72, 132, 10, "A")
            .text(86, 132, 10, "janedoe")
            .font(named, 220, 132, 10, "B")
            .text(234, 132, 10, "jane-doe")
            .font(named, 330, 132, 10, "C")
            .text(344, 132, 10, "Open to relocation")
            .bold(72, 170, 14, "Experience")
            .text(72, 190, 10, "Engineer at Acme, 2019 - 2021")
            .bytes();

    TextDocument doc = new PdfReader().read(new ByteArrayInputStream(pdf), SOURCE);

    ReaderGolden.assertMatches("pdf/icon-contacts", doc);
    Line contact = doc.lines().get(1);
    // Each icon and its value sit apart from the next pair: a row of three cells.
    assertThat(contact.text()).isEqualTo("jane@example.org | +1 555 0100 | Berlin, Germany");
    assertThat(contact.cells()).hasSize(3);
    assertThat(contact.cues())
        .containsExactly(
            new Cue(Kind.EMAIL, 0), new Cue(Kind.PHONE, 19), new Cue(Kind.LOCATION, 33));
    assertThat(contact.style().listDepth()).isZero();
  }

  /**
   * Helvetica under an icon font's name: with a ToUnicode map ({@code bfchar} entries) or, without
   * one, with glyph names for the codes of "A", "B", … as TeX's icon fonts have.
   */
  private static PDFont iconFont(String name, String bfchars, String glyphNames) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    COSDictionary dict = font.getCOSObject();
    dict.setName(COSName.BASE_FONT, name);
    COSArray widths = new COSArray();
    for (int code = 32; code <= 126; code++) {
      widths.add(COSInteger.get(556));
    }
    dict.setInt(COSName.FIRST_CHAR, 32);
    dict.setInt(COSName.LAST_CHAR, 126);
    dict.setItem(COSName.WIDTHS, widths);
    if (bfchars != null) {
      COSStream cmap = new COSStream();
      String program =
          "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Icons def\n"
              + "1 begincodespacerange <00> <FF> endcodespacerange\n"
              + bfchars
              + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
      try (OutputStream out = cmap.createOutputStream()) {
        out.write(program.getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      dict.setItem(COSName.TO_UNICODE, cmap);
    }
    if (glyphNames != null) {
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
      COSArray differences = new COSArray();
      differences.add(COSInteger.get('A'));
      for (String glyph : glyphNames.split(" ")) {
        differences.add(COSName.getPDFName(glyph.substring(1)));
      }
      encoding.setItem(COSName.DIFFERENCES, differences);
      dict.setItem(COSName.ENCODING, encoding);
    }
    return font;
  }
}
