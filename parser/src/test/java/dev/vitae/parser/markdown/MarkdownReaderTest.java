package dev.vitae.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.Line;
import dev.vitae.parser.Link;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.TextInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  private TextDocument read(String markdown) throws DocumentException {
    return read(markdown.getBytes(StandardCharsets.UTF_8));
  }

  private TextDocument read(byte[] bytes) throws DocumentException {
    return reader.read(new ByteArrayInputStream(bytes), Source.named("cv.md", "text/markdown"));
  }

  private static List<String> texts(TextDocument doc) {
    return doc.lines().stream().map(Line::text).toList();
  }

  @Test
  void keepsHeadingLevels() throws DocumentException {
    TextDocument doc = read("# Jane Doe\n\n## Experience\n\nSkills\n------\n");
    assertThat(texts(doc)).containsExactly("Jane Doe", "Experience", "Skills");
    assertThat(doc.lines()).extracting(l -> l.style().headingLevel()).containsExactly(1, 2, 2);
    assertThat(doc.lines()).allSatisfy(l -> assertThat(l.style().blockStart()).isTrue());
  }

  @Test
  void givesOneLinePerParagraphSourceLine() throws DocumentException {
    TextDocument doc = read("Jane Doe\nBerlin, Germany  \nEngineer\n\nNext paragraph\n");
    assertThat(texts(doc))
        .containsExactly("Jane Doe", "Berlin, Germany", "Engineer", "Next paragraph");
    assertThat(doc.lines())
        .extracting(l -> l.style().blockStart())
        .containsExactly(true, false, false, true);
  }

  @Test
  void nestsListItems() throws DocumentException {
    TextDocument doc = read("- Acme\n  - built X\n    - in Go\n  - ran Y\n- Beta\n");
    assertThat(texts(doc)).containsExactly("Acme", "built X", "in Go", "ran Y", "Beta");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(1, 2, 3, 2, 1);
    assertThat(doc.lines()).extracting(l -> l.style().indent()).containsExactly(0, 2, 4, 2, 0);
  }

  @Test
  void treatsOrderedListsLikeBulletLists() throws DocumentException {
    TextDocument doc = read("1. first\n2. second\n   * detail\n");
    assertThat(texts(doc)).containsExactly("first", "second", "detail");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(1, 1, 2);
  }

  @Test
  void joinsSoftBreaksInsideAListItem() throws DocumentException {
    TextDocument doc = read("- Designed the platform\n  and led the team\n\n  Second paragraph\n");
    assertThat(texts(doc))
        .containsExactly("Designed the platform and led the team", "Second paragraph");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(1, 1);
  }

  @Test
  void marksTheFirstItemAndLooseItemsAsBlockStarts() throws DocumentException {
    TextDocument tight = read("Intro\n- a\n- b\n");
    assertThat(tight.lines())
        .extracting(l -> l.style().blockStart())
        .containsExactly(true, true, false);
    TextDocument loose = read("- a\n\n- b\n");
    assertThat(loose.lines()).extracting(l -> l.style().blockStart()).containsExactly(true, true);
  }

  @Test
  void removesEmphasisAndMarksAllStrongLinesBold() throws DocumentException {
    TextDocument doc =
        read("**Senior Engineer**\n\nUsed *Go* and **Kafka** daily\n\n***Goal: Java***\n");
    assertThat(texts(doc))
        .containsExactly("Senior Engineer", "Used Go and Kafka daily", "Goal: Java");
    assertThat(doc.lines()).extracting(l -> l.style().bold()).containsExactly(true, false, true);
  }

  @Test
  void removesStrongMarkersThatCommonMarkLeavesNextToCjk() throws DocumentException {
    TextDocument doc = read("共**提升21.7%**商家入驻率\n\n- 手机：135********\n");
    assertThat(texts(doc)).containsExactly("共提升21.7%商家入驻率", "手机：135********");
  }

  @Test
  void keepsCodeSpansAsText() throws DocumentException {
    assertThat(texts(read("WeChat: `echo abc | base64 -d`\n")))
        .containsExactly("WeChat: echo abc | base64 -d");
  }

  @Test
  void keepsLinkTextAndCollectsTargets() throws DocumentException {
    TextDocument doc = read("- CI: [Drone](https://drone.io), Jenkins, <https://ci.example.com>\n");
    Line line = doc.lines().get(0);
    assertThat(line.text()).isEqualTo("CI: Drone, Jenkins, https://ci.example.com");
    assertThat(line.links())
        .containsExactly(
            new Link("Drone", "https://drone.io"),
            new Link("https://ci.example.com", "https://ci.example.com"));
  }

  @Test
  void resolvesReferenceLinks() throws DocumentException {
    TextDocument doc = read("See [my site][site].\n\n[site]: https://jane.dev\n");
    assertThat(texts(doc)).containsExactly("See my site.");
    assertThat(doc.lines().get(0).links()).containsExactly(new Link("my site", "https://jane.dev"));
  }

  @Test
  void makesEmailAutolinksMailto() throws DocumentException {
    Line line = read("Mail: <jane@example.com>\n").lines().get(0);
    assertThat(line.text()).isEqualTo("Mail: jane@example.com");
    assertThat(line.links())
        .containsExactly(new Link("jane@example.com", "mailto:jane@example.com"));
  }

  @Test
  void dropsImages() throws DocumentException {
    TextDocument doc = read("![avatar](me.png)\n\n## ![icon](i.svg) Education\n");
    assertThat(texts(doc)).containsExactly("Education");
  }

  @Test
  void stripsInlineHtmlAndBreaksLinesAtBr() throws DocumentException {
    TextDocument doc =
        read("#### [Acme](https://acme.com), *Remote* <br>Data Scientist, *2015 – 2017*\n");
    assertThat(texts(doc)).containsExactly("Acme, Remote", "Data Scientist, 2015 – 2017");
    assertThat(doc.lines()).extracting(l -> l.style().headingLevel()).containsExactly(4, 0);
    assertThat(doc.lines().get(0).links()).containsExactly(new Link("Acme", "https://acme.com"));
  }

  @Test
  void keepsTextInsideFontTagsAndDecodesEntities() throws DocumentException {
    TextDocument doc =
        read("# <font color=#0099ff size=6>&emsp;&emsp;个人信息</font>\n\n- 姓名：张三&emsp;&emsp;性别：男\n");
    assertThat(texts(doc)).containsExactly("个人信息", "姓名：张三 性别：男");
  }

  @Test
  void turnsInlineAnchorsIntoLinks() throws DocumentException {
    Line line = read("Blog: <a href=\"https://jane.dev\">jane.dev</a>\n").lines().get(0);
    assertThat(line.text()).isEqualTo("Blog: jane.dev");
    assertThat(line.links()).containsExactly(new Link("jane.dev", "https://jane.dev"));
  }

  @Test
  void keepsTheTextOfHtmlBlocks() throws DocumentException {
    String html =
        """
        <center>
          <h1>Jane Doe</h1>
          <div>
            <img src="phone.svg"> 555-0100
            \u00b7
            <a href="mailto:jane@example.com">jane@example.com</a>
          </div>
        </center>

        <!-- a comment
        over lines -->

        ## Skills
        """;
    TextDocument doc = read(html);
    assertThat(texts(doc)).containsExactly("Jane Doe", "555-0100 · jane@example.com", "Skills");
    assertThat(doc.lines()).extracting(l -> l.style().headingLevel()).containsExactly(1, 0, 2);
    assertThat(doc.lines().get(1).links())
        .containsExactly(new Link("jane@example.com", "mailto:jane@example.com"));
  }

  @Test
  void readsHtmlListsAndBreaks() throws DocumentException {
    TextDocument doc = read("<ul>\n<li>Java<br/>Go</li>\n<li><b>Rust</b></li>\n</ul>\n");
    assertThat(texts(doc)).containsExactly("Java", "Go", "Rust");
    assertThat(doc.lines()).allSatisfy(l -> assertThat(l.style().listDepth()).isEqualTo(1));
    assertThat(doc.lines().get(2).style().bold()).isTrue();
  }

  @Test
  void readsHtmlBlocksAsABrowserParsesThem() throws DocumentException {
    // Unclosed items and paragraphs, misnested bold, an entity without its semicolon.
    TextDocument doc =
        read("<ul><li>Java &amp Go<li><b>Rust <i>fast</b> safe</i></ul>\n<p>AT&amp;T<p>Acme\n");
    assertThat(texts(doc)).containsExactly("Java & Go", "Rust fast safe", "AT&T", "Acme");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(1, 1, 0, 0);
  }

  @Test
  void decodesHrefsAndDropsScriptsInHtmlBlocks() throws DocumentException {
    TextDocument doc =
        read(
            "<div><script>var secret = '<b>x</b>';</script>"
                + "<a href=\"https://x.dev/?a=1&amp;b=2\">site</a></div>\n");
    assertThat(texts(doc)).containsExactly("site");
    assertThat(doc.lines().get(0).links())
        .containsExactly(new Link("site", "https://x.dev/?a=1&b=2"));
  }

  @Test
  void keepsTheLinesOfPreInHtmlBlocks() throws DocumentException {
    TextDocument doc = read("<pre>\nJane Doe\n  Acme, 2020\n</pre>\n");
    assertThat(texts(doc)).containsExactly("Jane Doe", "Acme, 2020");
  }

  @Test
  void readsInlineTagsWithDecodedHrefs() throws DocumentException {
    Line line =
        read("Site: <a href='https://x.dev/?a=1&amp;b=2'>x.dev</a> <span>now</span>\n")
            .lines()
            .get(0);
    assertThat(line.text()).isEqualTo("Site: x.dev now");
    assertThat(line.links()).containsExactly(new Link("x.dev", "https://x.dev/?a=1&b=2"));
  }

  @Test
  void laysOutCodeBlocksAsPlainText() throws DocumentException {
    TextDocument doc =
        read("```text\nJane Doe\n\nEXPERIENCE\n  - built things\n     wrapped\n```\n");
    assertThat(texts(doc)).containsExactly("Jane Doe", "EXPERIENCE", "built things", "wrapped");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(0, 0, 1, 0);
    assertThat(doc.lines()).extracting(l -> l.style().indent()).containsExactly(0, 0, 2, 5);
    assertThat(doc.lines())
        .extracting(l -> l.style().blockStart())
        .containsExactly(true, true, false, false);
  }

  @Test
  void laysOutIndentedCodeBlocksAsPlainText() throws DocumentException {
    TextDocument doc = read("Intro\n\n    * one\n    * two\n");
    assertThat(texts(doc)).containsExactly("Intro", "one", "two");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(0, 1, 1);
  }

  @Test
  void readsPandocDefinitionListsAsMarkdown() throws DocumentException {
    TextDocument doc =
        read(
            """
            2010-2012
            :   **Master of Science**; Some University

                *Thesis: graphs*

                * **Languages:** Python
            """);
    assertThat(texts(doc))
        .containsExactly(
            "2010-2012",
            "Master of Science; Some University",
            "Thesis: graphs",
            "Languages: Python");
    assertThat(doc.lines().get(3).style().listDepth()).isEqualTo(1);
  }

  @Test
  void turnsBulletGlyphsInParagraphsIntoListItems() throws DocumentException {
    TextDocument doc = read("Acme\n\n• Designed the backend\n\n- ● Doubled marker\n");
    assertThat(texts(doc)).containsExactly("Acme", "Designed the backend", "Doubled marker");
    assertThat(doc.lines()).extracting(l -> l.style().listDepth()).containsExactly(0, 1, 1);
  }

  @Test
  void readsTwoColumnLabelTablesAsLabelValue() throws DocumentException {
    TextDocument doc =
        read("| | |\n|---|---|\n| Email | [jane@x.com](mailto:jane@x.com) |\n| 电话： | 555-0100 |\n");
    assertThat(texts(doc)).containsExactly("Email: jane@x.com", "电话： 555-0100");
    assertThat(doc.lines().get(0).links())
        .containsExactly(new Link("jane@x.com", "mailto:jane@x.com"));
  }

  @Test
  void joinsOtherTableCellsWithBars() throws DocumentException {
    TextDocument doc =
        read(
            """
            | Year | School | Degree |
            |---|---|---|
            | 2016 | MIT | **B.S.** |
            | 2018 | | M.S. |
            """);
    assertThat(texts(doc))
        .containsExactly("Year | School | Degree", "2016 | MIT | B.S.", "2018 | M.S.");
  }

  @Test
  void joinsCellsOfTablesWithLongFirstCells() throws DocumentException {
    TextDocument doc =
        read("| Project | Role |\n|---|---|\n| A distributed storage system for logs | Lead |\n");
    assertThat(texts(doc))
        .containsExactly("Project | Role", "A distributed storage system for logs | Lead");
  }

  @Test
  void skipsYamlFrontMatter() throws DocumentException {
    TextDocument doc = read("---\ntitle: Jane Doe - Resume\nlang: en\n---\n\n# Jane Doe\n");
    assertThat(texts(doc)).containsExactly("Jane Doe");
  }

  @Test
  void readsWindowsLineEndings() throws DocumentException {
    TextDocument doc = read("---\r\ntitle: CV\r\n---\r\n# Jane\r\nBerlin\r\nEngineer\r\n");
    assertThat(texts(doc)).containsExactly("Jane", "Berlin", "Engineer");
  }

  @Test
  void keepsALeadingRuleThatIsNotFrontMatter() throws DocumentException {
    TextDocument doc = read("---\n\nJane Doe\n\n---\n\nEngineer\n");
    assertThat(texts(doc)).containsExactly("Jane Doe", "Engineer");
  }

  @Test
  void startsABlockAfterAThematicBreak() throws DocumentException {
    TextDocument doc = read("- a\n\n***\n\n- b\n");
    assertThat(doc.lines()).extracting(l -> l.style().blockStart()).containsExactly(true, true);
  }

  @Test
  void readsBlockQuotes() throws DocumentException {
    assertThat(texts(read("> **senior engineer**\n> based in Berlin\n")))
        .containsExactly("senior engineer", "based in Berlin");
  }

  @Test
  void repairsMojibakeAndCleansUnicode() throws DocumentException {
    String garbled =
        new String(
            "📫 Write to me".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    TextDocument doc = read("# About\n\n" + garbled + "\n\n- \u2F08\u5DE5\u667A\u80FD\n");
    assertThat(texts(doc)).containsExactly("About", "📫 Write to me", "人工智能");
    assertThat(doc.warnings()).containsExactly(TextInput.MOJIBAKE_REPAIRED);
  }

  @Test
  void detectsTheCharsetAsForPlainText() throws DocumentException {
    TextDocument doc = read("## 工作经历\n\n- 负责后端开发\n".getBytes(Charset.forName("GBK")));
    assertThat(texts(doc)).containsExactly("工作经历", "负责后端开发");
  }

  @Test
  void survivesDeepNesting() throws DocumentException {
    String deep =
        "> ".repeat(5_000) + "deep\n" + "[".repeat(10_000) + "x" + "]".repeat(10_000) + "\n";
    assertThat(read(deep).lines()).isNotEmpty();
  }

  @Test
  void truncatesAtTheLineLimit() throws DocumentException {
    MarkdownReader small = new MarkdownReader(new ParseLimits(10_000, 1, 2, 100));
    TextDocument doc =
        small.read(
            new ByteArrayInputStream("- a\n- b\n- c\n".getBytes(StandardCharsets.UTF_8)),
            Source.named("cv.md", "text/markdown"));
    assertThat(texts(doc)).containsExactly("a", "b");
    assertThat(doc.warnings()).containsExactly(LineSink.TRUNCATED);
  }
}
