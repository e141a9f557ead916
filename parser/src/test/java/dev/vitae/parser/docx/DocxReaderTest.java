package dev.vitae.parser.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
  private static final Source SOURCE = Source.named("cv.docx", DocxReader.DOCX);

  @Test
  void supportsDocxAndProtectedOoxml() {
    assertThat(new DocxReader().supportedTypes())
        .contains(DocxReader.DOCX, DocxReader.OOXML_PROTECTED);
  }

  @Test
  void readsHeadingsListsBoldLinksAndTables() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.style("Heading1", "heading 1");
      t.styled("Heading1", "Experience");
      t.bullet(0, "Built a compiler");
      t.bullet(1, "in Rust");
      t.bullet(0, "Led a team");
      XWPFParagraph bold = t.doc.createParagraph();
      XWPFRun run = bold.createRun();
      run.setText("Senior Engineer");
      run.setBold(true);
      run.setFontSize(11);
      XWPFParagraph linked = t.paragraph("Site: ");
      XWPFRun link = linked.createHyperlinkRun("https://example.org/jane");
      link.setText("example.org/jane");
      link.setFontSize(11);
      XWPFTable keyValue = t.doc.createTable(2, 2);
      keyValue.getRow(0).getCell(0).setText("Email");
      keyValue.getRow(0).getCell(1).setText("jane@example.org");
      keyValue.getRow(1).getCell(0).setText("Phone");
      keyValue.getRow(1).getCell(1).setText("+1 555 0100");
      XWPFTable grid = t.doc.createTable(1, 3);
      grid.getRow(0).getCell(0).setText("2019");
      grid.getRow(0).getCell(1).setText("Acme");
      grid.getRow(0).getCell(2).setText("Engineer");
      docx = t.bytes();
    }

    TextDocument doc = read(docx);

    assertThat(texts(doc))
        .containsExactly(
            "Experience",
            "Built a compiler",
            "in Rust",
            "Led a team",
            "Senior Engineer",
            "Site: example.org/jane",
            "Email: jane@example.org",
            "Phone: +1 555 0100",
            "2019 | Acme | Engineer");
    List<Line> lines = doc.lines();
    assertThat(lines.get(0).style().headingLevel()).isEqualTo(1);
    assertThat(lines.get(0).style().bold()).isTrue();
    assertThat(lines.get(0).style().fontSize()).isEqualTo(16f);
    assertThat(lines.get(0).style().relativeSize()).isGreaterThan(1.4f);
    assertThat(lines.subList(1, 4)).extracting(l -> l.style().listDepth()).containsExactly(1, 2, 1);
    assertThat(lines.get(2).style().indent()).isEqualTo(72);
    assertThat(lines.get(4).style().bold()).isTrue();
    assertThat(lines.get(4).style().relativeSize()).isEqualTo(1f);
    assertThat(lines.get(5).style().bold()).isFalse();
    assertThat(lines.get(5).links())
        .containsExactly(new Link("example.org/jane", "https://example.org/jane"));
    assertThat(lines.get(6).style().blockStart()).isTrue();
    assertThat(doc.pages()).isEqualTo(1);
  }

  @Test
  void readsOutlineLevelsAndLocalizedHeadingNames() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.style("berschrift2", "Überschrift 2").style("a1", "Title");
      t.styled("a1", "Jane Doe");
      t.styled("berschrift2", "Ausbildung");
      t.paragraph("Section").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
      t.paragraph("Body text");
      docx = t.bytes();
    }

    List<Line> lines = read(docx).lines();

    assertThat(lines).extracting(l -> l.style().headingLevel()).containsExactly(1, 2, 1, 0);
  }

  @Test
  void readsTextBoxesWhereTheyAreAnchored() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.paragraph("Before");
      XWPFParagraph anchor = t.paragraph("");
      t.rawRun(
          anchor,
          "<w:pict><v:shape style=\"position:absolute;width:200pt;height:40pt\"><v:textbox>"
              + "<w:txbxContent><w:p><w:r><w:t>Boxed line</w:t></w:r></w:p></w:txbxContent>"
              + "</v:textbox></v:shape></w:pict>");
      anchor.createRun().setText("Anchor text");
      t.paragraph("After");
      docx = t.bytes();
    }

    assertThat(texts(read(docx))).containsExactly("Before", "Boxed line", "Anchor text", "After");
  }

  @Test
  void readsOneBranchOfAlternateContentAndJoinsGroupedFragmentsByPosition() throws Exception {
    // A PDF-to-Word conversion: one box per character run, in a group, listed out of order.
    String group =
        "<mc:AlternateContent><mc:Choice Requires=\"wpg\"><w:drawing><wp:inline>"
            + "<a:graphic><a:graphicData uri=\"wpg\"><wpg:wgp>"
            + box(0, 300, "Mail")
            + box(0, 0, "Jane")
            + box(420, 0, "Doe")
            + box(1000, 300, "jane@example.org")
            + "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Fallback"
            + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent>";
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.rawRun(t.paragraph(""), group);
      docx = t.bytes();
    }

    assertThat(texts(read(docx))).containsExactly("JaneDoe", "Mail jane@example.org");
  }

  private static String box(int x, int y, String text) {
    return "<wps:wsp><wps:spPr><a:xfrm><a:off x=\""
        + x
        + "\" y=\""
        + y
        + "\"/>"
        + "<a:ext cx=\"500\" cy=\"200\"/></a:xfrm></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>"
        + "<w:t>"
        + text
        + "</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>";
  }

  @Test
  void countsPageBreaksAndReadsFieldHyperlinksAndSkipsHiddenText() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.paragraph("First page");
      t.rawRun(t.paragraph(""), "<w:br w:type=\"page\"/>");
      XWPFParagraph field = t.paragraph("");
      t.rawRun(field, "<w:fldChar w:fldCharType=\"begin\"/>")
          .rawRun(field, "<w:instrText> HYPERLINK \"https://github.com/jane\" \\h </w:instrText>")
          .rawRun(field, "<w:fldChar w:fldCharType=\"separate\"/>")
          .rawRun(field, "<w:t>github.com/jane</w:t>")
          .rawRun(field, "<w:fldChar w:fldCharType=\"end\"/>")
          .rawRun(field, "<w:rPr><w:vanish/></w:rPr><w:t> secret</w:t>");
      t.paragraph("● Typed bullet");
      docx = t.bytes();
    }

    TextDocument doc = read(docx);

    assertThat(texts(doc)).containsExactly("First page", "github.com/jane", "Typed bullet");
    assertThat(doc.lines()).extracting(Line::page).containsExactly(1, 2, 2);
    assertThat(doc.pages()).isEqualTo(2);
    assertThat(doc.lines().get(1).links())
        .containsExactly(new Link("github.com/jane", "https://github.com/jane"));
    assertThat(doc.lines().get(2).style().listDepth()).isEqualTo(1);
  }

  @Test
  void splitsLinesAtLineBreaks() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      XWPFParagraph p = t.paragraph("Jane Doe");
      XWPFRun run = p.createRun();
      run.addBreak(BreakType.TEXT_WRAPPING);
      run.setText("Berlin");
      docx = t.bytes();
    }

    TextDocument doc = read(docx);

    assertThat(texts(doc)).containsExactly("Jane Doe", "Berlin");
    assertThat(doc.lines()).extracting(l -> l.style().blockStart()).containsExactly(true, false);
  }

  @Test
  void readsTheFirstPageHeaderFirstAndCountsColumnBreaks() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      XWPFHeaderFooterPolicy policy = t.doc.createHeaderFooterPolicy();
      XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
      header.createParagraph().createRun().setText("Jane Doe, jane@example.org");
      t.paragraph("Left column");
      t.rawRun(t.paragraph("Right "), "<w:br w:type=\"column\"/><w:t>column</w:t>");
      docx = t.bytes();
    }

    TextDocument doc = read(docx);

    assertThat(texts(doc))
        .containsExactly("Jane Doe, jane@example.org", "Left column", "Right", "column");
    assertThat(doc.lines()).extracting(l -> l.style().column()).containsExactly(0, 0, 0, 1);
  }

  @Test
  void stopsAtTheLineLimitWithAWarning() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      for (int i = 0; i < 20; i++) {
        t.paragraph("Line " + i);
      }
      docx = t.bytes();
    }

    TextDocument doc = read(docx, new ParseLimits(1 << 20, 10, 5, 100));

    assertThat(doc.lines()).hasSize(5);
    assertThat(doc.warnings()).contains("truncated");
  }

  @Test
  void reportsBytesThatAreNotAZipAsCorrupt() {
    byte[] junk = "this is not a word document".getBytes(StandardCharsets.UTF_8);
    assertThat(reasonOf(junk, ParseLimits.DEFAULT)).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void reportsTruncatedAndPartlessPackagesAsCorrupt() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.paragraph("Jane Doe");
      docx = t.bytes();
    }
    byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
    assertThat(reasonOf(truncated, ParseLimits.DEFAULT)).isEqualTo(Reason.CORRUPT);

    byte[] otherZip = zip("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(reasonOf(otherZip, ParseLimits.DEFAULT)).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void reportsPartsThatInflatePastTheBudgetAsTooLarge() throws Exception {
    byte[] bomb = zip("word/document.xml", new byte[8 << 20]);
    ParseLimits limits = new ParseLimits(1 << 20, 10, 100, 100);

    assertThat(bomb.length).isLessThan(1 << 20);
    assertThat(reasonOf(bomb, limits)).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void reportsPasswordProtectedDocumentsAsEncrypted() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.paragraph("Jane Doe");
      docx = t.bytes();
    }
    byte[] encrypted = encrypt(docx);

    assertThat(reasonOf(encrypted, ParseLimits.DEFAULT)).isEqualTo(Reason.ENCRYPTED);
    assertThatThrownBy(() -> DocumentParser.withDefaults().parse(encrypted, "cv.docx"))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
  }

  @Test
  void parsesDocxThroughTheFacade() throws Exception {
    byte[] docx;
    try (TestDocx t = new TestDocx()) {
      t.paragraph("Jane Doe");
      docx = t.bytes();
    }

    TextDocument doc = DocumentParser.withDefaults().parse(docx, "cv.docx");
    TextDocument unnamed = DocumentParser.withDefaults().parse(docx, "-");

    assertThat(doc.source().mediaType()).isEqualTo(DocxReader.DOCX);
    assertThat(texts(doc)).containsExactly("Jane Doe");
    assertThat(unnamed.source().mediaType()).isEqualTo(DocxReader.DOCX);
  }

  private static byte[] encrypt(byte[] docx) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(docx);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String name, byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static TextDocument read(byte[] docx) throws DocumentException {
    return read(docx, ParseLimits.DEFAULT);
  }

  private static TextDocument read(byte[] docx, ParseLimits limits) throws DocumentException {
    return new DocxReader(limits).read(new ByteArrayInputStream(docx), SOURCE);
  }

  private static Reason reasonOf(byte[] bytes, ParseLimits limits) {
    try {
      read(bytes, limits);
      throw new AssertionError("expected a DocumentException");
    } catch (DocumentException e) {
      return e.reason();
    }
  }

  private static List<String> texts(TextDocument doc) {
    return doc.lines().stream().map(Line::text).toList();
  }
}
