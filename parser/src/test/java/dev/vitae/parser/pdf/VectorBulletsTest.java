package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Line;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** List bullets drawn as filled paths, on PDFs built here. */
class VectorBulletsTest {
  private static final Source SOURCE = Source.named("resume.pdf", "application/pdf");

  @Test
  void filledCirclesBeforeLinesMakeListItems() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 72, 11, "Acme Corporation");
    pdf.circle(78, 86 - 3.2f, 1.8f).text(86, 86, 10, "Built the billing system");
    pdf.circle(78, 100 - 3.2f, 1.8f).text(86, 100, 10, "Cut the cloud bill by a third");
    pdf.text(72, 114, 10, "A paragraph after the list, not part of it.");

    List<Line> lines = read(pdf.bytes());

    assertThat(lines)
        .extracting(Line::text)
        .containsExactly(
            "Acme Corporation",
            "Built the billing system",
            "Cut the cloud bill by a third",
            "A paragraph after the list, not part of it.");
    assertThat(lines).extracting(l -> l.style().listDepth()).containsExactly(0, 1, 1, 0);
  }

  @Test
  void chromiumDiscsOfSixteenCurvesMakeListItems() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 72, 11, "Acme Corporation");
    pdf.skiaDisc(78, 86 - 3.2f, 1.8f).text(86, 86, 10, "Built the billing system");
    pdf.skiaDisc(78, 100 - 3.2f, 1.8f).text(86, 100, 10, "Cut the cloud bill by a third");

    List<Line> lines = read(pdf.bytes());

    assertThat(lines).extracting(l -> l.style().listDepth()).containsExactly(0, 1, 1);
  }

  @Test
  void filledSquaresMakeListItemsAndNestByIndent() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.box(74, 82.5f, 3.5f, 3.5f).text(84, 86, 10, "Languages");
    pdf.box(94, 96.5f, 3, 3).text(104, 100, 10, "Java and Kotlin");
    pdf.box(74, 110.5f, 3.5f, 3.5f).text(84, 114, 10, "Cloud");

    List<Line> lines = read(pdf.bytes());

    assertThat(lines)
        .extracting(Line::text)
        .containsExactly("Languages", "Java and Kotlin", "Cloud");
    assertThat(lines).extracting(l -> l.style().listDepth()).containsExactly(1, 2, 1);
  }

  @Test
  void aHorizontalRuleIsNotABullet() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(72, 72, 12, "EXPERIENCE");
    pdf.box(60, 80, 480, 0.8f).strokedLine(60, 84, 480);
    // A short rule ending just left of the text: too flat to be a bullet.
    pdf.box(50, 95, 18, 1).text(72, 98, 10, "Software Engineer at Acme");

    List<Line> lines = read(pdf.bytes());

    assertThat(lines).extracting(l -> l.style().listDepth()).containsOnly(0);
    assertThat(lines.get(1).text()).isEqualTo("Software Engineer at Acme");
  }

  @Test
  void aFilledBackgroundBoxIsNotABullet() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.box(66, 60, 200, 16).bold(72, 72, 12, "SKILLS");
    // A box about the size of a line's height: a label background, an avatar, not a bullet.
    pdf.box(60, 88, 10, 10).text(72, 98, 10, "Java, Kotlin, SQL");
    // Outlined, not filled.
    pdf.outline(76, 109, 3.5f).text(84, 112, 10, "Kubernetes");

    List<Line> lines = read(pdf.bytes());

    assertThat(lines)
        .extracting(Line::text)
        .containsExactly("SKILLS", "Java, Kotlin, SQL", "Kubernetes");
    assertThat(lines).extracting(l -> l.style().listDepth()).containsOnly(0);
  }

  @Test
  void bulletsOfBothColumnsOfATwoColumnPage() throws Exception {
    TestPdf pdf = TestPdf.create();
    String[] left = {"Java", "Kotlin", "SQL", "Terraform", "Kubernetes"};
    String[] right = {
      "Built the billing system for a payments company",
      "Led a team of four engineers across two offices",
      "Cut the cloud bill by a third in one quarter",
      "Wrote the on-call handbook and trained the team",
      "Moved the nightly batch to a streaming pipeline",
    };
    // Column by column, as producers draw them.
    for (int i = 0; i < left.length; i++) {
      float y = 100 + 15 * i;
      pdf.circle(56, y - 3.2f, 1.8f).text(64, y, 10, left[i]);
    }
    for (int i = 0; i < right.length; i++) {
      float y = 100 + 15 * i;
      pdf.circle(246, y - 3.2f, 1.8f).text(254, y, 10, right[i]);
    }

    List<Line> lines = read(pdf.bytes());

    assertThat(lines).extracting(Line::text).containsExactly(concat(left, right));
    assertThat(lines).extracting(l -> l.style().listDepth()).containsOnly(1);
    assertThat(lines)
        .extracting(l -> l.style().column())
        .containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
  }

  @Test
  void anIconSizedShapeBeforeAContactLineIsNotABullet() throws Exception {
    TestPdf pdf = TestPdf.create();
    // A phone icon as a filled path a whole em wide.
    pdf.box(72, 62, 10, 10).text(86, 71, 10, "+1 555 0100");

    assertThat(read(pdf.bytes()).get(0).style().listDepth()).isZero();
  }

  @Test
  void candidatesPerPageAreBounded() {
    VectorBullets bullets = new VectorBullets();
    bullets.startPage(PDRectangle.LETTER, 0);
    List<COSBase> square =
        List.of(new COSFloat(10), new COSFloat(10), new COSFloat(3), new COSFloat(3));
    Matrix identity = new Matrix();
    for (int i = 0; i < 1_000_000; i++) {
      bullets.operator("re", square, identity);
      bullets.operator("f", List.of(), identity);
    }

    assertThat(bullets.shapes()).hasSizeLessThanOrEqualTo(4_096);
  }

  @Test
  void aPathOfManySegmentsIsNotACandidate() {
    VectorBullets bullets = new VectorBullets();
    bullets.startPage(PDRectangle.LETTER, 0);
    Matrix identity = new Matrix();
    bullets.operator("m", List.of(new COSFloat(10), new COSFloat(10)), identity);
    for (int i = 0; i < 100; i++) {
      bullets.operator("l", List.of(new COSFloat(10 + i % 3), new COSFloat(11)), identity);
    }
    bullets.operator("f", List.of(), identity);

    assertThat(bullets.shapes()).isEmpty();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static List<Line> read(byte[] pdf) throws Exception {
    TextDocument doc =
        new PdfReader(ParseLimits.DEFAULT, PdfOptions.DEFAULT, true)
            .read(new ByteArrayInputStream(pdf), SOURCE);
    return doc.lines();
  }
}
