package dev.vitae.parser.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vitae.parser.Cell;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Reason;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.TextInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  private TextDocument read(String text) throws DocumentException {
    return read(text.getBytes(StandardCharsets.UTF_8), reader);
  }

  private static TextDocument read(byte[] bytes, PlainTextReader reader) throws DocumentException {
    return reader.read(new ByteArrayInputStream(bytes), Source.named("cv.txt", "text/plain"));
  }

  @Test
  void makesOneLinePerNonBlankLine() throws DocumentException {
    TextDocument doc = read("Jane Doe\nEngineer\n\n\nEXPERIENCE\nAcme | 2019 - 2021\n");
    assertThat(doc.lines())
        .extracting(Line::text)
        .containsExactly("Jane Doe", "Engineer", "EXPERIENCE", "Acme | 2019 - 2021");
    assertThat(doc.lines())
        .extracting(l -> l.style().blockStart())
        .containsExactly(true, false, true, false);
    assertThat(doc.pages()).isEqualTo(1);
    assertThat(doc.lines()).allSatisfy(l -> assertThat(l.page()).isEqualTo(1));
  }

  @Test
  void measuresIndentWithTabsAsFourSpaces() throws DocumentException {
    TextDocument doc = read("Title\n   three\n\tfour\n");
    assertThat(doc.lines()).extracting(l -> l.style().indent()).containsExactly(0, 3, 4);
    assertThat(doc.lines().get(2).text()).isEqualTo("four");
  }

  @Test
  void stripsBulletsIntoListDepth() throws DocumentException {
    TextDocument doc = read("Skills\n- Java\n  • Spring\n    ◦ Boot\n  • Hibernate\n- Go\n");
    assertThat(doc.lines())
        .extracting(Line::text)
        .containsExactly("Skills", "Java", "Spring", "Boot", "Hibernate", "Go");
    assertThat(doc.lines())
        .extracting(l -> l.style().listDepth())
        .containsExactly(0, 1, 2, 3, 2, 1);
  }

  @Test
  void stripsNumberedMarkers() throws DocumentException {
    TextDocument doc = read("1. first\n2) second\n(3) third\n④ fourth\n5、第五\n");
    assertThat(doc.lines())
        .extracting(Line::text)
        .containsExactly("first", "second", "third", "fourth", "第五");
    assertThat(doc.lines()).allSatisfy(l -> assertThat(l.style().listDepth()).isEqualTo(1));
  }

  @Test
  void endsAListAtAnUnindentedLine() throws DocumentException {
    TextDocument doc = read("- a\n  - b\nPlain\n  - c\n");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(1, 2, 0, 1);
  }

  @Test
  void keepsWrappedBulletTextAsAnIndentedLine() throws DocumentException {
    TextDocument doc = read("- a long bullet\n  that wraps\n- next\n");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(1, 0, 1);
    assertThat(doc.lines().get(1).style().indent()).isEqualTo(2);
  }

  @Test
  void turnsUnderlinedLinesIntoHeadings() throws DocumentException {
    TextDocument doc = read("Jane Doe\n========\n\nExperience\n----------\nAcme\n");
    assertThat(doc.lines())
        .extracting(Line::text)
        .containsExactly("Jane Doe", "Experience", "Acme");
    assertThat(doc.lines()).extracting(l -> l.style().headingLevel()).containsExactly(1, 2, 0);
    assertThat(doc.lines().get(1).style().blockStart()).isTrue();
  }

  @Test
  void dropsRulesAndStartsABlockAfterThem() throws DocumentException {
    TextDocument doc = read("Jane\n\n-----\nAcme\n_____\nBeta\n");
    assertThat(doc.lines()).extracting(Line::text).containsExactly("Jane", "Acme", "Beta");
    assertThat(doc.lines())
        .extracting(l -> l.style().blockStart())
        .containsExactly(true, true, true);
  }

  @Test
  void collapsesSpacesInsideLines() throws DocumentException {
    TextDocument doc = read("Java\u00A0Engineer\u20032019\n");
    assertThat(doc.lines().get(0).text()).isEqualTo("Java Engineer 2019");
  }

  @Test
  void readsColumnsAlignedWithTabsOrLeadersAsCells() throws DocumentException {
    TextDocument doc =
        read(
            """
            Software Engineer, Acme\t2019 – 2021
            Nurse\tCity Hospital\t\t2015
            We create  functional,  well-tested  software  for  people.
            2016-2018    Cinema Labs, Inc. -------------- Boston, MA
            """);

    assertThat(doc.lines())
        .extracting(Line::text)
        .containsExactly(
            "Software Engineer, Acme | 2019 – 2021",
            "Nurse | City Hospital | 2015",
            "We create functional, well-tested software for people.",
            "2016-2018 Cinema Labs, Inc. | Boston, MA");
    assertThat(doc.lines().get(0).cells())
        .extracting(Cell::text, Cell::x)
        .containsExactly(tuple("Software Engineer, Acme", 0f), tuple("2019 – 2021", 24f));
    assertThat(doc.lines().get(2).isRow()).isFalse();
  }

  @Test
  void readsHeadingsSetOffByRulesOnTheirRow() throws DocumentException {
    TextDocument doc =
        read(
            """
            EXPERIENCE ----------------------
            Acme
            === Education ===
            *** Skills ***
            Python ----- 5 years
            2019 ------
            """);

    assertThat(doc.lines())
        .extracting(Line::text, line -> line.style().headingLevel())
        .containsExactly(
            tuple("EXPERIENCE", 2),
            tuple("Acme", 0),
            tuple("Education", 1),
            tuple("Skills", 2),
            tuple("Python | 5 years", 0),
            tuple("2019 ------", 0));
  }

  @Test
  void readsGbkText() throws DocumentException {
    byte[] bytes = "张三\n工作经历\n- 负责后端开发与系统设计\n".getBytes(Charset.forName("GBK"));
    TextDocument doc = read(bytes, reader);
    assertThat(doc.lines()).extracting(Line::text).containsExactly("张三", "工作经历", "负责后端开发与系统设计");
  }

  @Test
  void readsUtf16Text() throws DocumentException {
    TextDocument doc = read("Jane\r\nDoe\r\n".getBytes(StandardCharsets.UTF_16), reader);
    assertThat(doc.lines()).extracting(Line::text).containsExactly("Jane", "Doe");
  }

  @Test
  void repairsMojibakeWithAWarning() throws DocumentException {
    String garbled =
        new String("José 📫".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    TextDocument doc = read(garbled);
    assertThat(doc.lines().get(0).text()).isEqualTo("José 📫");
    assertThat(doc.warnings()).containsExactly(TextInput.MOJIBAKE_REPAIRED);
  }

  @Test
  void cleansUnicode() throws DocumentException {
    TextDocument doc = read("\u2F08\u5DE5\u667A\u80FD\u200B \uFB01nance\n");
    assertThat(doc.lines().get(0).text()).isEqualTo("人工智能 finance");
  }

  @Test
  void warnsAboutGarbledBinary() throws DocumentException {
    byte[] junk = new byte[200];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? 'a' : i % 31);
    }
    TextDocument doc = read(junk, reader);
    assertThat(doc.warnings()).contains(TextInput.GARBLED_TEXT);
  }

  @Test
  void truncatesAtTheLineLimit() throws DocumentException {
    PlainTextReader small = new PlainTextReader(new ParseLimits(1000, 1, 2, 10));
    TextDocument doc =
        read("one\ntwo\nthree\n0123456789abc".getBytes(StandardCharsets.UTF_8), small);
    assertThat(doc.lines()).extracting(Line::text).containsExactly("one", "two");
    assertThat(doc.warnings()).containsExactly(LineSink.TRUNCATED);
  }

  @Test
  void refusesInputOverTheByteLimit() {
    PlainTextReader small = new PlainTextReader(new ParseLimits(4, 1, 10, 10));
    assertThatThrownBy(() -> read("12345".getBytes(StandardCharsets.UTF_8), small))
        .isInstanceOfSatisfying(
            DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void givesNoLinesForBlankText() throws DocumentException {
    assertThat(read(" \n\t\n").lines()).isEmpty();
  }

  @Test
  void usesPlainStyleValues() throws DocumentException {
    LineStyle style = read("x\n").lines().get(0).style();
    assertThat(style.fontSize()).isZero();
    assertThat(style.relativeSize()).isEqualTo(1);
    assertThat(style.bold()).isFalse();
    assertThat(style.column()).isZero();
  }
}
