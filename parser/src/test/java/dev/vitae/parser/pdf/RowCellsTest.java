package dev.vitae.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cell;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Line;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of cells in PDFs built here: wide gaps, margin labels, dates drawn beside a row. */
class RowCellsTest {
  private static final Source SOURCE = Source.named("resume.pdf", "application/pdf");

  @Test
  void aTitleAndItsDateFlushRightAreTwoCellsWithTheirPlaces() throws Exception {
    TestPdf pdf = TestPdf.create();
    float dateWidth = pdf.width("2019 – 2021", 10);
    pdf.text(72, 72, 10, "Senior Engineer, Acme Corporation")
        .text(540 - dateWidth, 72, 10, "2019 – 2021");

    Line row = read(pdf).lines().get(0);

    assertThat(row.text()).isEqualTo("Senior Engineer, Acme Corporation | 2019 – 2021");
    assertThat(row.cells())
        .extracting(Cell::text)
        .containsExactly("Senior Engineer, Acme Corporation", "2019 – 2021");
    assertThat(row.cells().get(0).x()).isEqualTo(72f, org.assertj.core.data.Offset.offset(1f));
    assertThat(row.cells().get(1).right()).isEqualTo(540f, org.assertj.core.data.Offset.offset(1f));
  }

  @Test
  void aGapOfTwiceTheLinesWordSpacesCutsEvenWhenNarrowerThanAnEm() throws Exception {
    // moderncv: the date column ends 0.9 em before the title; word spaces are a third of an em.
    TestPdf pdf = TestPdf.create();
    float dateWidth = pdf.width("Sep 2020–Present", 10);
    pdf.text(150 - dateWidth, 72, 10, "Sep 2020–Present")
        .text(159, 72, 10, "Class Teacher and Phonics Lead, Meanwood Park Primary School");

    assertThat(read(pdf).lines().get(0).text())
        .isEqualTo(
            "Sep 2020–Present | Class Teacher and Phonics Lead, Meanwood Park Primary School");
  }

  @Test
  void justifiedTextWithEvenlyWideSpacesStaysOneCell() throws Exception {
    // Every space of the line stretched to 1.2 em: wide, but none wider than the others.
    TestPdf pdf = TestPdf.create();
    String[] words = {"Planned", "and", "taught", "the", "full", "curriculum", "to", "thirty"};
    float x = 72;
    for (String word : words) {
      pdf.text(x, 72, 10, word);
      x += pdf.width(word, 10) + 12;
    }

    Line line = read(pdf).lines().get(0);

    assertThat(line.text()).isEqualTo("Planned and taught the full curriculum to thirty");
    assertThat(line.isRow()).isFalse();
  }

  @Test
  void aWideSpaceAfterASentenceEndIsNoCellGap() throws Exception {
    TestPdf pdf = TestPdf.create();
    float x = 72;
    String first = "Led the choir and the school trips every single year.";
    pdf.text(x, 72, 10, first);
    x += pdf.width(first, 10) + 12;
    pdf.text(x, 72, 10, "Trained two new staff.");

    assertThat(read(pdf).lines().get(0).isRow()).isFalse();
  }

  @Test
  void aBulletDrawnApartFromItsTextIsNoCell() throws Exception {
    TestPdf pdf = TestPdf.create();
    pdf.dingbat(72, 72, 10, "\u25CF").text(100, 72, 10, "Shipped the search service");
    pdf.text(72, 86, 10, "A body line that is not part of any list at all.");

    Line item = read(pdf).lines().get(0);

    assertThat(item.text()).isEqualTo("Shipped the search service");
    assertThat(item.style().listDepth()).isEqualTo(1);
  }

  @Test
  void aMarginLabelBesideTheFirstEntryIsItsOwnLineBeforeIt() throws Exception {
    // The label is drawn after the entry's title on the same row, as a browser paints a table.
    TestPdf pdf = TestPdf.create();
    pdf.bold(160, 100, 10, "Acme Corporation, Senior Engineer")
        .text(72, 100, 10, "EXPERIENCE")
        .text(175, 114, 10, "Built the billing system that moved the company off its mainframe.")
        .bold(160, 136, 10, "Initech, Engineer")
        .text(175, 150, 10, "Maintained the reporting pipeline and its cover sheets.")
        .text(72, 172, 10, "SKILLS")
        .text(160, 172, 10, "Java, Python, Go")
        .text(160, 186, 10, "Kubernetes, Terraform");

    assertThat(texts(read(pdf)))
        .containsExactly(
            "EXPERIENCE",
            "Acme Corporation, Senior Engineer",
            "Built the billing system that moved the company off its mainframe.",
            "Initech, Engineer",
            "Maintained the reporting pipeline and its cover sheets.",
            "SKILLS",
            "Java, Python, Go",
            "Kubernetes, Terraform");
  }

  @Test
  void aDateFloatedBesideTheFirstDescriptionLineIsReadAfterItsTitle() throws Exception {
    // The date sits half a line below the title, right of the description, and is drawn first.
    TestPdf pdf = TestPdf.create();
    pdf.text(440, 84, 10, "2020-09 — Present")
        .text(440, 140, 10, "2017-09 — 2020-07")
        .bold(100, 72, 10, "Meanwood Park Primary School, Class Teacher")
        .text(110, 88, 10, "Teach a class of 30 in a two-form-entry primary")
        .text(
            110,
            101,
            10,
            "school, and lead phonics across Reception and Key Stage 1 for every pupil of the school.")
        .bold(100, 128, 10, "Kirkstall Lane Primary School, Class Teacher")
        .text(110, 144, 10, "Completed my induction year here and stayed on.")
        .text(
            110,
            157,
            10,
            "Planned and taught the full curriculum and ran the after-school choir each week.");

    assertThat(texts(read(pdf)))
        .containsExactly(
            "Meanwood Park Primary School, Class Teacher",
            "2020-09 — Present",
            "Teach a class of 30 in a two-form-entry primary",
            "school, and lead phonics across Reception and Key Stage 1 for every pupil of the school.",
            "Kirkstall Lane Primary School, Class Teacher",
            "2017-09 — 2020-07",
            "Completed my induction year here and stayed on.",
            "Planned and taught the full curriculum and ran the after-school choir each week.");
  }

  @Test
  void linesOfTwoColumnsDrawnOneColumnAfterTheOtherAreNotJoinedIntoRows() throws Exception {
    // Only a short line (a label, a date) joins another line drawn apart on its row.
    TestPdf pdf = TestPdf.create();
    pdf.text(72, 72, 10, "Wrote the billing service in Go and Java")
        .text(72, 86, 10, "and moved the company off its mainframe")
        .text(320, 72, 10, "Volunteered at the city library on weekends")
        .text(320, 86, 10, "and taught two evening classes in Python");

    assertThat(texts(read(pdf)))
        .containsExactly(
            "Wrote the billing service in Go and Java",
            "and moved the company off its mainframe",
            "Volunteered at the city library on weekends",
            "and taught two evening classes in Python");
  }

  private static TextDocument read(TestPdf pdf) throws DocumentException {
    return new PdfReader().read(new ByteArrayInputStream(pdf.bytes()), SOURCE);
  }

  private static List<String> texts(TextDocument doc) {
    return doc.lines().stream().map(Line::text).toList();
  }
}
