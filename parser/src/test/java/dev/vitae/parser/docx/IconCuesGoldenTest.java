package dev.vitae.parser.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cue;
import dev.vitae.parser.Cue.Kind;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Reader golden file for icons in DOCX ({@link ReaderGolden}): Wingdings symbols ({@code w:sym}),
 * text typed in icon fonts, and emoji label the contact details.
 */
class IconCuesGoldenTest {
  private static final Source SOURCE = Source.named("cv.docx", DocxReader.DOCX);

  @Test
  void symbolsIconFontsAndEmojiBecomeCuesAndLeaveTheText() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.style("Heading1", "heading 1");
      t.styled("Heading1", "Jane Doe");
      XWPFParagraph contact = t.paragraph("");
      t.rawRun(contact, sym("Wingdings", "F02A"));
      contact.createRun().setText(" jane@example.org ");
      t.rawRun(contact, sym("Wingdings", "F028"));
      contact.createRun().setText(" +1 555 0100");
      XWPFParagraph second = t.paragraph("");
      t.rawRun(second, inFont("Wingdings", "("));
      second.createRun().setText(" +49 30 1234567 📍 Berlin, Germany");
      XWPFParagraph third = t.paragraph("");
      t.rawRun(third, inFont("FontAwesome", "\uF09B"));
      third.createRun().setText(" janedoe ");
      t.rawRun(third, sym("Symbol", "F0B7"));
      third.createRun().setText(" Open to relocation");
      t.styled("Heading1", "Experience");
      t.paragraph("Engineer at Acme, 2019 – 2021");
      docx = t.bytes();
    }

    TextDocument doc = new DocxReader().read(new ByteArrayInputStream(docx), SOURCE);

    ReaderGolden.assertMatches("docx/icon-contacts", doc);
    assertThat(doc.lines().get(1).text()).isEqualTo("jane@example.org +1 555 0100");
    assertThat(doc.lines().get(1).cues())
        .containsExactly(new Cue(Kind.EMAIL, 0), new Cue(Kind.PHONE, 17));
  }

  private static String sym(String font, String code) {
    return "<w:sym w:font=\"" + font + "\" w:char=\"" + code + "\"/>";
  }

  private static String inFont(String font, String text) {
    return "<w:rPr><w:rFonts w:ascii=\""
        + font
        + "\" w:hAnsi=\""
        + font
        + "\"/></w:rPr><w:t>"
        + text
        + "</w:t>";
  }
}
