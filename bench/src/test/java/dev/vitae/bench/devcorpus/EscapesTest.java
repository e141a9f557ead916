package dev.vitae.bench.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapesTest {
  @Test
  void escapesTheTenLatexSpecialCharacters() {
    assertThat(Escapes.latex("R&D 100% $5 #1 a_b {x} ~ ^ \\"))
        .isEqualTo(
            "R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{}"
                + " \\textbackslash{}");
  }

  @Test
  void keepsLatexFromMakingDashesQuotesAndOptionalArguments() {
    assertThat(Escapes.latex("a--b")).isEqualTo("a-{}-b");
    assertThat(Escapes.latex("``x''")).isEqualTo("`{}`x'{}'");
    assertThat(Escapes.latex("[Draft] text")).isEqualTo("{[}Draft{]} text");
  }

  @Test
  void leavesUnicodeToXelatex() {
    assertThat(Escapes.latex("Seán Ó Ríordáin, 王小明, m², Å, £5"))
        .isEqualTo("Seán Ó Ríordáin, 王小明, m², Å, £5");
  }

  @Test
  void escapesUrlsForHref() {
    assertThat(Escapes.latexUrl("https://a.example/x_y?q=1%20#top~"))
        .isEqualTo("https://a.example/x\\_y?q=1\\%20\\#top\\string~");
  }

  @Test
  void escapesHtml() {
    assertThat(Escapes.html("<b> & \"q\" 'a'"))
        .isEqualTo("&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;");
  }

  @Test
  void escapesMarkdownInlineMarkup() {
    assertThat(Escapes.markdown("a_b *c* [d](e) <f> `g` h|i ~j"))
        .isEqualTo("a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\` h|i \\~j");
  }

  @Test
  void escapesMarkdownLineStartsThatWouldOpenABlock() {
    assertThat(Escapes.markdown("- not a bullet")).isEqualTo("\\- not a bullet");
    assertThat(Escapes.markdown("+ not a bullet")).isEqualTo("\\+ not a bullet");
    assertThat(Escapes.markdown("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(Escapes.markdown("2019. A year")).isEqualTo("2019\\. A year");
    assertThat(Escapes.markdown("+91 98200 45871")).isEqualTo("+91 98200 45871");
    assertThat(Escapes.markdown("-40 degrees")).isEqualTo("-40 degrees");
  }

  @Test
  void dropsControlCharactersFromXml() {
    assertThat(Escapes.xml("a\u0001<b>&\"")).isEqualTo("a&lt;b&gt;&amp;&quot;");
  }
}
