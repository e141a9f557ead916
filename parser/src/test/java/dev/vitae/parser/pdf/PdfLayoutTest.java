package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Line;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page layout on PDFs built here: columns, running text, icon markers and text-layer checks. */
class PdfLayoutTest {
  private static final Source SOURCE = Source.named("resume.pdf", "application/pdf");

  private static final String[] LEFT = {
    "EDUCATION",
    "Cornell University",
    "BS in Computer Science",
    "May 2014",
    "SKILLS",
    "Java, Python, Go",
    "Kubernetes, Terraform",
  };
  private static final String[] RIGHT = {
    "EXPERIENCE",
    "Built the billing system for a payments company",
    "Led a team of four engineers across two offices",
    "Cut the cloud bill by a third in one quarter",
    "Wrote the on-call handbook and trained the team",
  };

  @Test
  void twoColumnPageIsReadColumnByColumnUnderItsFullWidthTitle() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.text(50, 60, 20, "Jane Doe, Senior Software Engineer at a Large Company");
    // The right column is drawn first and on other baselines, as templates often do.
    for (int i = 0; i < RIGHT.length; i++) {
      pdf.text(320, 100 + 15 * i, 10, RIGHT[i]);
    }
    for (int i = 0; i < LEFT.length; i++) {
      pdf.text(50, 104 + 13 * i, 10, LEFT[i]);
    }

    TextDocument doc = read(pdf.bytes());

    List<String> expected = new ArrayList<>();
    expected.add("Jane Doe, Senior Software Engineer at a Large Company");
    expected.addAll(List.of(LEFT));
    expected.addAll(List.of(RIGHT));
    assertThat(texts(doc)).containsExactlyElementsOf(expected);
    assertThat(doc.lines().get(0).style().column()).isZero();
    assertThat(doc.lines().subList(1, 1 + LEFT.length))
        .allSatisfy(line -> assertThat(line.style().column()).isZero());
    assertThat(doc.lines().subList(1 + LEFT.length, doc.lines().size()))
        .allSatisfy(line -> assertThat(line.style().column()).isEqualTo(1));
    Line experience = doc.lines().get(1 + LEFT.length);
    assertThat(experience.style().blockStart()).isTrue();
    assertThat(experience.style().indent()).isZero();
  }

  @Test
  void sidebarDoesNotInterleaveWithTheMainColumn() throws Exception {
    TestPdf pdf = TestPdf.create();
    // Main column first, then a narrow sidebar on the left whose rows fall between the main rows.
    for (int i = 0; i < RIGHT.length; i++) {
      pdf.text(200, 80 + 16 * i, 10, RIGHT[i]);
    }
    for (int i = 0; i < LEFT.length; i++) {
      pdf.text(40, 86 + 11 * i, 9, LEFT[i]);
    }

    TextDocument doc = read(pdf.bytes());

    assertThat(texts(doc).subList(0, LEFT.length)).containsExactly(LEFT);
    assertThat(texts(doc).subList(LEFT.length, doc.lines().size())).containsExactly(RIGHT);
  }

  @Test
  void rightAlignedDateStaysOnItsHeadingRow() throws Exception {
    TestPdf pdf = TestPdf.create();
    float dateWidth = pdf.width("2019 – 2021", 10);
    pdf.bold(72, 72, 11, "Acme Corporation")
        .text(540 - dateWidth, 72, 10, "2019 – 2021")
        .text(72, 86, 10, "Built the billing system that moved the company off its mainframe.")
        .bold(72, 110, 11, "Initech")
        .text(540 - dateWidth, 110, 10, "2017 – 2019")
        .text(72, 124, 10, "Maintained the reporting pipeline and its cover sheets for years.")
        .text(72, 138, 10, "Wrote the migration plan that the next team followed to the letter.");

    TextDocument doc = read(pdf.bytes());

    assertThat(texts(doc))
        .containsExactly(
            "Acme Corporation | 2019 – 2021",
            "Built the billing system that moved the company off its mainframe.",
            "Initech | 2017 – 2019",
            "Maintained the reporting pipeline and its cover sheets for years.",
            "Wrote the migration plan that the next team followed to the letter.");
    assertThat(doc.lines()).allSatisfy(line -> assertThat(line.style().column()).isZero());
  }

  @Test
  void rightAlignedDateInTheRightColumnStaysWithItsHeading() throws Exception {
    TestPdf pdf = TestPdf.create();
    for (int i = 0; i < LEFT.length; i++) {
      pdf.text(50, 100 + 13 * i, 10, LEFT[i]);
    }
    float dateWidth = pdf.width("2019 – 2021", 9);
    pdf.bold(320, 96, 10, "Acme Corporation").text(560 - dateWidth, 96, 9, "2019 – 2021");
    for (int i = 1; i < RIGHT.length; i++) {
      pdf.text(320, 96 + 15 * i, 10, RIGHT[i]);
    }

    TextDocument doc = read(pdf.bytes());

    assertThat(texts(doc)).contains("Acme Corporation | 2019 – 2021");
    assertThat(texts(doc).indexOf("Acme Corporation | 2019 – 2021")).isEqualTo(LEFT.length);
  }

  @Test
  void contactDetailsFlushRightOfTheNameAreReadBeforeTheColumns() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.bold(50, 50, 18, "Jane Doe").text(50, 66, 10, "Platform engineer");
    pdf.text(470, 46, 9, "jane@example.com").text(490, 58, 9, "+1 555 0100");
    for (int i = 0; i < LEFT.length; i++) {
      pdf.text(50, 100 + 13 * i, 10, LEFT[i]);
    }
    for (int i = 0; i < RIGHT.length; i++) {
      pdf.text(200, 100 + 15 * i, 10, RIGHT[i]);
    }

    List<String> texts = texts(read(pdf.bytes()));

    assertThat(texts.subList(0, 5))
        .containsExactly(
            "Jane Doe", "Platform engineer", "jane@example.com", "+1 555 0100", "EDUCATION");
  }

  @Test
  void runningHeaderFooterAndPageNumbersAreDropped() throws Exception {
    TestPdf pdf = TestPdf.create();
    for (int page = 1; page <= 3; page++) {
      if (page > 1) {
        pdf.page();
      }
      pdf.text(72, 40, 9, "Jane Doe - Curriculum Vitae");
      pdf.text(72, 100, 10, "Body text of page " + page + " about work done at a company.");
      pdf.text(72, 114, 10, "More body text, so that the page has a few lines on it.");
      pdf.text(72, 760, 8, "Jane Doe · updated May 2024 · page " + page + " of 3");
      pdf.text(300, 776, 9, String.valueOf(page));
    }

    PdfReader.Report report = new PdfReader().readWithReport(stream(pdf.bytes()), SOURCE);

    assertThat(texts(report.document()))
        .containsExactly(
            "Jane Doe - Curriculum Vitae",
            "Body text of page 1 about work done at a company.",
            "More body text, so that the page has a few lines on it.",
            "Body text of page 2 about work done at a company.",
            "More body text, so that the page has a few lines on it.",
            "Body text of page 3 about work done at a company.",
            "More body text, so that the page has a few lines on it.");
    assertThat(report.runningLinesDropped()).isEqualTo(8);
  }

  @Test
  void browserPrintHeaderAndFooterAreDropped() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(20, 20, 8, "6/23/2019")
            .text(290, 20, 8, "Resume")
            .text(72, 80, 12, "Jane Doe")
            .text(72, 100, 12, "Software engineer in Berlin, building payment systems.")
            .text(20, 780, 8, "file:///C:/Users/jane/resume.html")
            .text(570, 780, 8, "1/1")
            .bytes();

    assertThat(texts(read(pdf)))
        .containsExactly("Jane Doe", "Software engineer in Berlin, building payment systems.");
  }

  @Test
  void aLastLineThatIsContentIsKept() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 80, 10, "Jane Doe")
            .text(72, 96, 10, "Software engineer")
            .text(72, 760, 10, "References available on request")
            .bytes();

    assertThat(texts(read(pdf))).endsWith("References available on request");
  }

  @Test
  void iconFontGlyphBecomesAListMarker() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.dingbat(72, 72, 10, "\u25CF").text(84, 72, 10, "Shipped the search service");
    pdf.text(72, 86, 10, "A body line that is not part of any list at all.");

    TextDocument doc = read(pdf.bytes());

    assertThat(doc.lines().get(0).text()).isEqualTo("Shipped the search service");
    assertThat(doc.lines().get(0).style().listDepth()).isEqualTo(1);
  }

  @Test
  void imageOnlyPageGetsANoTextLayerWarning() throws Exception {
    byte[] pdf =
        TestPdf.create()
            .text(72, 72, 10, "Jane Doe")
            .text(72, 86, 10, "Software engineer")
            .page()
            .image(0, 0, 612, 792)
            .bytes();

    TextDocument doc = read(pdf);

    assertThat(doc.warnings()).containsExactly(PdfReader.NO_TEXT_LAYER);
    assertThat(texts(doc)).containsExactly("Jane Doe", "Software engineer");
  }

  @Test
  void documentOfImagesOnlyHasNoTextAndSaysWhy() {
    byte[] pdf = TestPdf.create().image(0, 0, 612, 792).bytes();

    assertThatThrownBy(() -> read(pdf))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT))
        .hasMessageContaining("images without a text layer")
        .hasMessageContaining("--ocr");
  }

  @Test
  void fontWithABrokenUnicodeMapMakesTheDocumentUnusable() {
    TestPdf pdf = TestPdf.create();
    for (int i = 0; i < 6; i++) {
      pdf.garbled(72, 72 + 14 * i, 10, "Software engineer with ten years of experience");
    }

    assertThatThrownBy(() -> read(pdf.bytes()))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT))
        .hasMessageContaining("the text layer is unusable (garbled); try --ocr");
  }

  @Test
  void garbledPageBesideAGoodOneIsDroppedWithAWarning() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.text(72, 72, 10, "Jane Doe").text(72, 86, 10, "Software engineer in Berlin");
    pdf.page();
    for (int i = 0; i < 6; i++) {
      pdf.garbled(72, 72 + 14 * i, 10, "Software engineer with ten years of experience");
    }

    TextDocument doc = read(pdf.bytes());

    assertThat(doc.warnings()).containsExactly(PdfReader.GARBLED);
    assertThat(texts(doc)).containsExactly("Jane Doe", "Software engineer in Berlin");
  }

  @Test
  void shiftedLatinAmongGoodTextIsFlaggedButKept() throws Exception {
    TestPdf pdf = TestPdf.create();
    String[] good = {
      "Jane Doe",
      "Software engineer in Berlin",
      "Built the billing system",
      "Led a team of four engineers",
      "Master of Information Technology",
    };
    // What a font with a shifted encoding gives for "2018.07 - 2020.07" or "https://github.com".
    String[] shifted = {
      "kyR3Xyd @ kykyXyd",
      "?iiTb,ff;Bi?m#X+QKf> Qvm",
      "Jp2` Q7 AM7Q`K iBQM",
      "1tT2`B2M+2 TQbi",
      "S`Q;` KKBM; aFBHHb",
      "Svi?QM- aZG- C p",
    };
    float y = 72;
    for (String line : good) {
      pdf.text(72, y += 14, 10, line);
    }
    for (String line : shifted) {
      pdf.text(72, y += 14, 10, line);
    }

    TextDocument doc = read(pdf.bytes());

    assertThat(doc.warnings()).containsExactly(PdfReader.GARBLED);
    assertThat(doc.lines()).hasSize(good.length + shifted.length);
  }

  @Test
  void ordinaryResumeTextIsNotFlagged() throws Exception {
    String[] lines = {
      "Jane Doe · jane@example.com · +1 (555) 010-0100 · https://github.com/jane",
      "Skills: Java, JavaScript, TypeScript, C++, C#, iOS, MySQL, PostgreSQL, LaTeX, GitHub",
      "B2B SaaS, i18n, K8s, x86_64, HTML5/CSS3, REST APIs, PDFs, OAuth2, gRPC",
      "2019.07 – 2021.03 | Senior engineer, Acme Corp. (Berlin)",
      "Cut p99 latency by 40% (from 250 ms to 150 ms) across 12 services.",
      "---------------------------------------------",
    };
    TestPdf pdf = TestPdf.create();
    for (int i = 0; i < lines.length; i++) {
      pdf.text(40, 72 + 14 * i, 9, lines[i]);
    }

    assertThat(read(pdf.bytes()).warnings()).isEmpty();
  }

  private static TextDocument read(byte[] pdf) throws DocumentException {
    return new PdfReader().read(stream(pdf), SOURCE);
  }

  private static ByteArrayInputStream stream(byte[] pdf) {
    return new ByteArrayInputStream(pdf);
  }

  private static List<String> texts(TextDocument doc) {
    return doc.lines().stream().map(Line::text).toList();
  }
}
