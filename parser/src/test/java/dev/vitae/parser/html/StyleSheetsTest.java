package dev.vitae.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StyleSheetsTest {

  @Test
  void theMoreSpecificSelectorWinsAndThenTheLaterRule() {
    Document doc =
        styled(
            "#cv .name { font-weight: 700 } .name { font-weight: 400 } .date { float: left }"
                + " .date { float: right }",
            "<div id=cv><span class=name>Jane</span><span class=date>2020</span></div>");

    assertThat(style(doc, ".name")).isEqualTo("font-weight: 700;");
    assertThat(style(doc, ".date")).isEqualTo("float: right;");
  }

  @Test
  void theElementsOwnStyleWinsUnlessTheSheetSaysImportant() {
    Document doc =
        styled(
            ".a { display: flex } .b { display: flex !important }",
            "<div class=a style='display: block; color: red'>x</div>"
                + "<div class=b style='display: block'>y</div>");

    assertThat(style(doc, ".a")).isEqualTo("display: block; color: red;");
    assertThat(style(doc, ".b")).isEqualTo("display: flex;");
  }

  @Test
  void onlyWhatAScreenOfAnyWidthShowsApplies() {
    Document doc =
        styled(
            "p:hover { display: none } @media print { .x { display: none } }"
                + " @media (max-width: 600px) { .y { display: none } }"
                + " @media screen { .z { font-weight: bold } }",
            "<p class=x>a</p><p class=y>b</p><p class=z>c</p>");

    assertThat(doc.select("p.x").attr("style")).isEmpty();
    assertThat(doc.select("p.y").attr("style")).isEmpty();
    assertThat(style(doc, ".z")).isEqualTo("font-weight: bold;");
  }

  @Test
  void propertiesTheReaderDoesNotUseAreNotCopied() {
    Document doc = styled(".a { color: red; margin: 0 }", "<p class=a>a</p>");

    assertThat(doc.select("p").attr("style")).isEmpty();
  }

  @Test
  void generatedContentAddsStringsAndAttributesButNotIconGlyphs() {
    Document doc =
        styled(
            ".t:not(:last-child)::after { content: ', ' } .p:before { content: 'Tel. ' attr(data-k) }"
                + " .i::before { content: '\\f0e0' }",
            "<p><span class=t>SQL</span><span class=t>Go</span></p>"
                + "<p><span class=p data-k='(m) '>555</span><span class=i></span></p>");

    assertThat(doc.select("p").get(0).text()).isEqualTo("SQL, Go");
    assertThat(doc.select("p").get(1).text()).isEqualTo("Tel. (m) 555");
  }

  @Test
  void aStyleSheetTheParserCannotReadStylesNothing() {
    Document doc = styled("}}} .a { display: @@@ ; { font-weight", "<p class=a>a</p>");

    assertThat(doc.select("p").text()).isEqualTo("a");
  }

  @Test
  void onlySoManySelectorsAreMatched() {
    StringBuilder css = new StringBuilder();
    for (int i = 0; i < StyleSheets.MAX_SELECTORS; i++) {
      css.append(".n").append(i).append(" { display: block } ");
    }
    css.append(".last { display: none }");

    Document doc = styled(css.toString(), "<p class=last>kept</p>");

    assertThat(doc.select("p").attr("style")).isEmpty();
  }

  private static Document styled(String css, String body) {
    Document doc = Jsoup.parse("<html><head><style>" + css + "</style></head><body>" + body);
    StyleSheets.apply(doc.body());
    return doc;
  }

  private static String style(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    assertThat(e).isNotNull();
    return e.attr("style");
  }
}
