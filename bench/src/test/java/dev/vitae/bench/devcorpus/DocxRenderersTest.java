package dev.vitae.bench.devcorpus;

import static dev.vitae.bench.devcorpus.Fixtures.chinese;
import static dev.vitae.bench.devcorpus.Fixtures.english;
import static dev.vitae.bench.devcorpus.Fixtures.renderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

class DocxRenderersTest {
  private static final String NAMESPACES =
      "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
          + "declare namespace wp="
          + "'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
          + "declare namespace wps="
          + "'http://schemas.microsoft.com/office/word/2010/wordprocessingShape' ";

  @Test
  void tablesDocumentHasStyledHeadingsAndATablePerEntry() throws IOException {
    try (XWPFDocument doc = read("docx-poi-tables", english())) {
      XWPFParagraph title = doc.getParagraphs().get(0);
      assertThat(title.getStyle()).isEqualTo("Title");
      assertThat(title.getText()).isEqualTo("Ada Example");
      assertThat(styled(doc.getParagraphs(), "Heading1"))
          .containsExactly(
              "Profile", "Work Experience", "Education", "Technical Skills", "Selected Projects");
      // two jobs, one school, one skills table, one project
      assertThat(doc.getTables()).hasSize(5);
      XWPFTable job = doc.getTables().get(0);
      assertThat(job.getRows()).hasSize(1);
      assertThat(texts(job.getRow(0).getCell(0))).containsExactly("Jun 2021 – Present", "Berlin");
      XWPFTableCell right = job.getRow(0).getCell(1);
      assertThat(texts(right))
          .containsExactly(
              "Senior Engineer",
              "Acme & Sons",
              "Cut cloud costs by 30%",
              "Moved <legacy> jobs to k8s_cluster #1");
      assertThat(right.getParagraphs().get(0).getStyle()).isEqualTo("Heading2");
      XWPFParagraph bullet = right.getParagraphs().get(2);
      BigInteger numId = bullet.getNumID();
      assertThat(numId).isNotNull();
      assertThat(right.getParagraphs().get(1).getNumID()).isNull();
      BigInteger abstractId =
          doc.getNumbering().getNum(numId).getCTNum().getAbstractNumId().getVal();
      assertThat(
              doc.getNumbering()
                  .getAbstractNum(abstractId)
                  .getCTAbstractNum()
                  .getLvlArray(0)
                  .getNumFmt()
                  .getVal())
          .isEqualTo(STNumberFormat.BULLET);
      XWPFTable skills = doc.getTables().get(3);
      assertThat(texts(skills.getRow(0).getCell(0))).containsExactly("Languages");
      assertThat(texts(skills.getRow(0).getCell(1))).containsExactly("Java, Go");
      assertThat(job.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
      assertThat(job.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
    }
  }

  @Test
  void tablesDocumentWritesChinese() throws IOException {
    try (XWPFDocument doc = read("docx-poi-tables", chinese())) {
      assertThat(styled(doc.getParagraphs(), "Heading1")).contains("工作经验", "教育经历", "项目经验");
      assertThat(texts(doc.getTables().get(0).getRow(0).getCell(0)))
          .containsExactly("2020.03 – 至今");
      assertThat(texts(doc.getTables().get(0).getRow(0).getCell(1)))
          .startsWith("深圳蓝海科技有限公司", "高级工程师");
    }
  }

  @Test
  void textboxDocumentPutsTheHeaderAndHeadingsInAnchoredTextBoxes() throws IOException {
    try (XWPFDocument doc = read("docx-poi-textbox", english())) {
      XmlObject[] anchored = doc.getDocument().selectPath(NAMESPACES + ".//wp:anchor//wps:txbx");
      // the header block and five section headings
      assertThat(anchored).hasSize(6);
      List<List<String>> boxes = new ArrayList<>();
      for (XmlObject box : anchored) {
        List<String> lines = new ArrayList<>();
        for (XmlObject p : box.selectPath(NAMESPACES + ".//w:p")) {
          StringBuilder text = new StringBuilder();
          for (XmlObject t : p.selectPath(NAMESPACES + ".//w:t")) {
            text.append(t.newCursor().getTextValue());
          }
          lines.add(text.toString());
        }
        boxes.add(lines);
      }
      assertThat(boxes.get(0))
          .containsExactly(
              "Ada Example",
              "Data & Platform Engineer",
              "E-mail: ada@example.com",
              "Mobile: +1 415-555-0123",
              "Address: San Francisco, CA, United States",
              "GitHub: ada_ex");
      assertThat(boxes.subList(1, 6))
          .containsExactly(
              List.of("About Me"),
              List.of("Professional Experience"),
              List.of("Academic Background"),
              List.of("Skills"),
              List.of("Projects"));
      assertThat(styled(doc.getParagraphs(), "Heading1")).isEmpty();
    }
  }

  @Test
  void textboxDocumentAlignsTheDatesOnARightTabStop() throws IOException {
    try (XWPFDocument doc = read("docx-poi-textbox", english())) {
      XWPFParagraph job =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("Senior Engineer, Acme & Sons\tJun 2021 – Present"))
              .findFirst()
              .orElseThrow();
      CTTabStop stop = job.getCTP().getPPr().getTabs().getTabArray(0);
      assertThat(stop.getVal()).isEqualTo(STTabJc.RIGHT);
      assertThat(((BigInteger) stop.getPos()).intValue()).isEqualTo(Docx.TEXT_WIDTH_TWIPS);
      assertThat(doc.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .contains(
              "Engineer, Globex\tJan 2019 – May 2021",
              "Example University, Bachelor, Computer Science\t2015 – 2019",
              "–\tMoved <legacy> jobs to k8s_cluster #1",
              "Languages: Java, Go");
      assertThat(doc.getTables()).isEmpty();
    }
  }

  @Test
  void docxBytesAreTheSameEveryRun() {
    for (String name : List.of("docx-poi-tables", "docx-poi-textbox")) {
      assertThat(renderer(name).render(chinese()))
          .as(name)
          .isEqualTo(renderer(name).render(chinese()));
    }
  }

  private static XWPFDocument read(String renderer, Gold gold) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(renderer(renderer).render(gold)));
  }

  private static List<String> styled(List<XWPFParagraph> paragraphs, String style) {
    return paragraphs.stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  private static List<String> texts(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }
}
