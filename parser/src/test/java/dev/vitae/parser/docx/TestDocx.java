package dev.vitae.parser.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** Builds small DOCX documents with POI for reader tests. */
final class TestDocx implements AutoCloseable {
  static final String NAMESPACES =
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
          + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
          + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"";

  // Parsed XML is the content of the element it is set into, not a child of it.
  private static final XmlOptions CONTENTS = new XmlOptions().setLoadReplaceDocumentElement(null);

  final XWPFDocument doc = new XWPFDocument();
  private BigInteger bulletNumId;

  /** Adds a paragraph style, such as {@code ("Heading1", "heading 1")}. */
  TestDocx style(String id, String name) {
    try {
      XWPFStyles styles = doc.createStyles();
      CTStyle style =
          CTStyle.Factory.parse(
              "<w:style"
                  + NAMESPACES
                  + " w:type=\"paragraph\" w:styleId=\""
                  + id
                  + "\">"
                  + "<w:name w:val=\""
                  + name
                  + "\"/><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>"
                  + "</w:style>",
              CONTENTS);
      styles.addStyle(new XWPFStyle(style, styles));
      return this;
    } catch (XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  XWPFParagraph paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    if (!text.isEmpty()) {
      XWPFRun run = p.createRun();
      run.setText(text);
      run.setFontSize(11);
    }
    return p;
  }

  /** A paragraph of a style, whose runs take their size from it. */
  XWPFParagraph styled(String styleId, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
    p.setStyle(styleId);
    return p;
  }

  /** A bulleted paragraph at list level {@code level} (0-based). */
  XWPFParagraph bullet(int level, String text) {
    if (bulletNumId == null) {
      try {
        StringBuilder xml =
            new StringBuilder("<w:abstractNum" + NAMESPACES + " w:abstractNumId=\"7\">");
        for (int lvl = 0; lvl < 2; lvl++) {
          xml.append("<w:lvl w:ilvl=\"")
              .append(lvl)
              .append("\"><w:numFmt w:val=\"bullet\"/>")
              .append("<w:lvlText w:val=\"•\"/><w:pPr><w:ind w:left=\"")
              .append(720 * (lvl + 1))
              .append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }
        xml.append("</w:abstractNum>");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId =
            numbering.addAbstractNum(
                new XWPFAbstractNum(
                    CTAbstractNum.Factory.parse(xml.toString(), CONTENTS), numbering));
        bulletNumId = numbering.addNum(abstractId);
      } catch (XmlException e) {
        throw new IllegalStateException(e);
      }
    }
    XWPFParagraph p = paragraph(text);
    p.setNumID(bulletNumId);
    p.setNumILvl(BigInteger.valueOf(level));
    return p;
  }

  /** Replaces a new run of {@code p} with raw run XML (namespaces are added). */
  TestDocx rawRun(XWPFParagraph p, String innerXml) {
    try {
      CTR ctr = CTR.Factory.parse("<w:r" + NAMESPACES + ">" + innerXml + "</w:r>", CONTENTS);
      p.createRun().getCTR().set(ctr);
      return this;
    } catch (XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
