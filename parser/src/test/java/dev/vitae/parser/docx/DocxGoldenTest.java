package dev.vitae.parser.docx;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Reader golden files for DOCX ({@link ReaderGolden}): each document is built here with POI, one
 * per class of layout the reader must read faithfully.
 */
class DocxGoldenTest {
  private static final Source SOURCE = Source.named("cv.docx", DocxReader.DOCX);

  @Test
  void svgAndEmfPicturesAreSkippedNotFatal() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.style("Heading1", "heading 1");
      t.styled("Heading1", "Jane Doe");
      // Vector pictures compress far better than POI's zip-bomb ratio allows; they are counted
      // against the package budget, never inflated for their own sake.
      String png = t.doc.addPictureData(tinyPng(), PictureType.PNG);
      String svg =
          t.doc.addPictureData(
              ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                      + "<path d=\"M0 0L10 10\"/>".repeat(20_000)
                      + "</svg>")
                  .getBytes(StandardCharsets.UTF_8),
              PictureType.SVG);
      t.rawRun(t.paragraph("Contact "), drawing(svgBlip(png, svg)));
      String emf = t.doc.addPictureData(new byte[300_000], PictureType.EMF);
      t.rawRun(t.paragraph(""), drawing("<a:blip r:embed=\"" + emf + "\"/>"));
      t.styled("Heading1", "Skills");
      t.paragraph("Java, SQL");
      docx = t.bytes();
    }

    ReaderGolden.assertMatches("docx/svg-emf-pictures", read(docx));
  }

  @Test
  void anchoredShapesAndTextBoxesAreReadInPlaceWithoutTheirOffsets() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.style("Heading1", "heading 1");
      t.styled("Heading1", "Jane Doe");
      t.paragraph("Engineer in Berlin");
      // Word's heading in an anchored shape: positions are numbers in the XML, never text.
      t.rawRun(t.paragraph(""), anchoredShape(429895, 270510, "Skills"));
      t.paragraph("Java, SQL");
      t.rawRun(
          t.paragraph(""),
          "<w:pict><v:shape style=\"position:absolute;margin-left:12pt;margin-top:3pt;"
              + "width:200pt;height:40pt\"><v:textbox><w:txbxContent><w:p><w:r><w:t>Projects"
              + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>");
      t.paragraph("A compiler in Rust");
      docx = t.bytes();
    }

    ReaderGolden.assertMatches("docx/anchored-shapes", read(docx));
  }

  @Test
  void tabAlignedDatesLayoutTablesHeadersAndFooters() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      XWPFHeaderFooterPolicy policy = t.doc.createHeaderFooterPolicy();
      XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
      header.createParagraph().createRun().setText("Jane Doe");
      XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
      XWPFParagraph contact = footer.createParagraph();
      contact.createRun().setText("jane@example.org · +49 30 1234567");
      XWPFParagraph page = footer.createParagraph();
      page.createRun().setText("Page ");
      t.rawRun(page, "<w:fldChar w:fldCharType=\"begin\"/>")
          .rawRun(page, "<w:instrText> PAGE </w:instrText>")
          .rawRun(page, "<w:fldChar w:fldCharType=\"separate\"/>")
          .rawRun(page, "<w:t>1</w:t>")
          .rawRun(page, "<w:fldChar w:fldCharType=\"end\"/>");

      t.style("Heading1", "heading 1");
      t.styled("Heading1", "Experience");
      XWPFParagraph job = t.paragraph("Software Engineer, Acme");
      rightTabStop(job, 9360);
      t.rawRun(job, "<w:tab/><w:t>2019 – 2021</w:t>");
      XWPFParagraph typed = t.paragraph("Intern, Globex");
      t.rawRun(typed, "<w:tab/><w:tab/><w:tab/><w:t>2018</w:t>");
      t.paragraph("Languages:").createRun().addTab();
      t.doc.getLastParagraph().createRun().setText("Java");

      XWPFTable layout = t.doc.createTable(2, 2);
      layout.getRow(0).getCell(0).setText("Data Engineer, Initech");
      layout.getRow(0).getCell(1).setText("2016 – 2018");
      layout.getRow(1).getCell(0).setText("Built pipelines");
      layout.getRow(1).getCell(1).setText("Berlin");
      docx = t.bytes();
    }

    ReaderGolden.assertMatches("docx/tab-dates-tables-header-footer", read(docx));
  }

  private static void rightTabStop(XWPFParagraph p, int twips) {
    var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTTabStop stop = pPr.addNewTabs().addNewTab();
    stop.setVal(STTabJc.RIGHT);
    stop.setPos(BigInteger.valueOf(twips));
  }

  private static String drawing(String blip) {
    return "<w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"914400\"/>"
        + "<wp:docPr id=\"1\" name=\"Graphic 1\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"Graphic 1\"/><pic:cNvPicPr/>"
        + "</pic:nvPicPr><pic:blipFill>"
        + blip
        + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
        + "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"914400\" cy=\"914400\"/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
        + "</a:graphicData></a:graphic></wp:inline></w:drawing>";
  }

  // Recent Word and pandoc: a PNG fallback whose extension list names the SVG part.
  private static String svgBlip(String png, String svg) {
    return "<a:blip r:embed=\""
        + png
        + "\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
        + "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\""
        + " r:embed=\""
        + svg
        + "\"/></a:ext></a:extLst></a:blip>";
  }

  private static String anchoredShape(int x, int y, String text) {
    return "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wp:anchor simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\""
        + " layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>"
        + x
        + "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\">"
        + "<wp:posOffset>"
        + y
        + "</wp:posOffset></wp:positionV><wp:extent cx=\"2000000\" cy=\"300000\"/>"
        + "<wp:wrapNone/><wp:docPr id=\"2\" name=\"Text Box 2\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2000000\" cy=\"300000\"/>"
        + "</a:xfrm></wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>"
        + "</w:pPr><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        + "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        + "</mc:AlternateContent>";
  }

  private static byte[] tinyPng() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
  }

  private static TextDocument read(byte[] docx) throws DocumentException {
    return new DocxReader().read(new ByteArrayInputStream(docx), SOURCE);
  }
}
