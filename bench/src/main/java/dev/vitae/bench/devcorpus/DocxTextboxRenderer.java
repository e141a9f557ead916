package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Escapes.xml;

import dev.vitae.bench.devcorpus.Outline.Contact;
import dev.vitae.bench.devcorpus.Outline.Entry;
import dev.vitae.bench.devcorpus.Outline.Fact;
import dev.vitae.bench.devcorpus.Outline.Part;
import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlToken;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * {@code docx-poi-textbox}: a Word document whose header block (name, title, contacts) and section
 * headings sit in text boxes: DrawingML shapes ({@code wps:wsp} with a {@code wps:txbx}) anchored
 * in their own paragraphs ({@code wp:anchor}, wrapped top and bottom), as Word draws a designed
 * template. The rest is normal paragraphs: each entry's title, a TAB and its dates against a right
 * tab stop ({@code Title, Employer<TAB>Jan 2019 – Present}), and typed dash bullets.
 */
final class DocxTextboxRenderer implements Renderer {
  private static final DateFormat ENGLISH = new DateFormat(DateStyle.MON_YEAR, " – ", "Present");
  private static final DateFormat CHINESE = new DateFormat(DateStyle.DOT, " - ", "至今");

  private static final String NAMESPACES =
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

  /** A line of text in a text box: its text, size in half-points, and weight. */
  private record BoxLine(String text, int halfPoints, boolean bold) {}

  @Override
  public String name() {
    return "docx-poi-textbox";
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public byte[] render(Gold gold) {
    Words words = Words.of(gold, 3);
    DateFormat dates = gold.chinese() ? CHINESE : ENGLISH;
    Outline outline = Outline.of(gold, words, PhoneStyle.INTERNATIONAL);
    XWPFDocument doc = Docx.newDocument(gold.chinese());
    int boxes = 0;
    List<BoxLine> header = new ArrayList<>();
    header.add(new BoxLine(outline.header().name(), 40, true));
    if (outline.header().label() != null) {
      header.add(new BoxLine(outline.header().label(), 24, false));
    }
    for (Contact contact : outline.header().contacts()) {
      header.add(new BoxLine(contact.label() + words.colon() + contact.text(), 20, false));
    }
    textBox(doc, header, "DCE6F0", ++boxes);
    for (Part part : outline.parts()) {
      textBox(doc, List.of(new BoxLine(part.heading(), 26, true)), "1F3864", ++boxes);
      if (part.prose() != null) {
        Docx.run(doc.createParagraph(), part.prose(), false, false);
      }
      for (Entry entry : part.entries()) {
        if (part.section().oneLine()) {
          XWPFParagraph line = doc.createParagraph();
          line.setSpacingAfter(40);
          if (entry.title().isEmpty() || entry.value() == null) {
            Docx.run(line, Phrases.line(part.section(), entry, words), false, false);
          } else {
            Docx.run(line, entry.title() + words.colon(), true, false);
            Docx.run(line, entry.value(), false, false);
          }
        } else {
          entry(doc, part.section(), entry, words, dates);
        }
      }
    }
    return Docx.bytes(doc);
  }

  private static void entry(
      XWPFDocument doc, Section section, Entry entry, Words words, DateFormat dates) {
    XWPFParagraph head = doc.createParagraph();
    head.setSpacingBefore(120);
    head.setSpacingAfter(20);
    // the spacing above made the paragraph's properties; a second pPr would be ignored
    CTTabStop stop = head.getCTP().getPPr().addNewTabs().addNewTab();
    stop.setVal(STTabJc.RIGHT);
    stop.setPos(BigInteger.valueOf(Docx.TEXT_WIDTH_TWIPS));
    Docx.run(head, Phrases.leadLine(section, entry, false, words), true, false);
    String when = dates.format(entry.period());
    if (when != null) {
      Docx.run(head, "", false, false).addTab();
      Docx.run(head, when, false, false);
    }
    if (entry.place() != null) {
      Docx.run(doc.createParagraph(), entry.place(), false, true);
    }
    for (Fact fact : entry.facts()) {
      Docx.run(doc.createParagraph(), words.labelled(fact.label(), fact.value()), false, false);
    }
    if (entry.url() != null) {
      Docx.run(doc.createParagraph(), entry.url(), false, false);
    }
    if (entry.text() != null) {
      Docx.run(doc.createParagraph(), entry.text(), false, false);
    }
    for (String bullet : entry.bullets()) {
      XWPFParagraph item = doc.createParagraph();
      item.setIndentationLeft(360);
      item.setIndentationHanging(240);
      item.setSpacingAfter(20);
      Docx.run(item, "–\t" + bullet, false, false);
    }
  }

  // a paragraph that holds only a text box: a rectangle anchored to it, as wide as the text
  private static void textBox(XWPFDocument doc, List<BoxLine> lines, String fill, int id) {
    boolean dark = fill.equals("1F3864");
    long width = (long) Docx.TEXT_WIDTH_TWIPS * Docx.EMU_PER_TWIP;
    long height = 91440L; // the insets; each line adds its height
    StringBuilder content = new StringBuilder();
    for (BoxLine line : lines) {
      height += line.halfPoints() * 6350L * 14 / 10; // half-points → EMU, at 1.4 line spacing
      content
          .append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr><w:r><w:rPr>")
          .append(line.bold() ? "<w:b/>" : "")
          .append(dark ? "<w:color w:val=\"FFFFFF\"/>" : "")
          .append("<w:sz w:val=\"")
          .append(line.halfPoints())
          .append("\"/></w:rPr><w:t xml:space=\"preserve\">")
          .append(xml(line.text()))
          .append("</w:t></w:r></w:p>");
    }
    String anchor =
        "<wp:anchor"
            + NAMESPACES
            + " distT=\"0\" distB=\"91440\" distL=\"0\" distR=\"0\" simplePos=\"0\""
            + " relativeHeight=\""
            + id
            + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\">"
            + "<wp:simplePos x=\"0\" y=\"0\"/>"
            + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
            + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset>"
            + "</wp:positionV>"
            + "<wp:extent cx=\""
            + width
            + "\" cy=\""
            + height
            + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
            + "<wp:docPr id=\""
            + id
            + "\" name=\"Text Box "
            + id
            + "\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData"
            + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr>"
            + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\""
            + width
            + "\" cy=\""
            + height
            + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
            + "<a:solidFill><a:srgbClr val=\""
            + fill
            + "\"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>"
            + "<wps:txbx><w:txbxContent>"
            + content
            + "</w:txbxContent></wps:txbx>"
            + "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\""
            + " rIns=\"91440\" bIns=\"45720\" anchor=\"t\"><a:spAutoFit/></wps:bodyPr>"
            + "</wps:wsp></a:graphicData></a:graphic></wp:anchor>";
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setSpacingAfter(0);
    try {
      paragraph.createRun().getCTR().addNewDrawing().set(XmlToken.Factory.parse(anchor));
    } catch (XmlException e) {
      throw new IllegalStateException("a text box's drawing XML does not parse", e);
    }
  }
}
