package dev.vitae.parser.html;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reader golden files for HTML ({@link ReaderGolden}): each document is written here, one per class
 * of layout the reader must read faithfully.
 */
class HtmlGoldenTest {
  private static final Source SOURCE = Source.named("cv.html", HtmlReader.HTML);

  @Test
  void flexInlineBlockAndClassBasedRowsAreCells() throws Exception {
    String html =
        """
        <h2>Experience</h2>
        <div style="display:flex; justify-content:space-between">
          <span>Software Engineer, Acme</span>
          <span>2019 – 2021</span>
        </div>
        <div style="display: flex; flex-direction: column">
          <span>A column, not a row</span>
          <span>Second line</span>
        </div>
        <div><span style="display:inline-block">Intern, Globex</span>\
        <span style="float:right">2018</span></div>
        <div class="entry"><div class="title">Data Engineer, Initech</div>\
        <div class="date">2016 – 2018</div></div>
        <ul><li><div class="row"><span class="name">Rust</span><span class="level">Expert</span>\
        </div></li></ul>
        <p><span class="c1">Built </span><span class="c2">pipelines</span><span>, fast.</span></p>
        <p><span>负责</span><span>后端</span><span>开发</span></p>
        """;

    ReaderGolden.assertMatches("html/flex-rows", read(html));
  }

  @Test
  void theDocumentsOwnStyleSheetLaysOutRowsHidesAndSeparates() throws Exception {
    String html =
        """
        <html><head><style>
        /* a theme's sheet: class selectors, a pseudo-element, states and media that do not apply */
        .item-header { display: flex; }
        .item-header .date { font-weight: normal; }
        .org, .block-label { font-weight: 700; }
        .print-only { display: none; }
        .tag:not(:last-child)::after { content: ", "; }
        .phone::before { content: "Tel. " attr(data-kind); }
        .icon::before { content: "\\f0e0"; }
        .headline span { display: block; }
        a:hover { display: none; }
        @media print { .screen-note { display: none; } }
        @media (max-width: 600px) { .item-header { display: block; } }
        @media screen { .loud { font-weight: bold !important; } }
        .block { display: flex; }
        .head, .dates { display: flex; }
        </style>
        <style media="print">.skills { display: none; }</style></head>
        <body>
        <p class="headline"><span>Jane Doe</span><span>Data Engineer</span></p>
        <p><span class="phone" data-kind="(mobile) ">+1 555 0100</span><span class="icon"></span></p>
        <p class="print-only">Printed on 2024-01-01</p>
        <p class="screen-note"><a href="https://jane.example">jane.example</a></p>
        <h2>Experience</h2>
        <div class="item-header"><span class="org">Initech</span><span class="date">2016 – 2018</span></div>
        <div class="item-header" style="display: block"><span>Globex</span> <span>2014 – 2016</span></div>
        <p style="font-weight: normal" class="loud">Led the data team</p>
        <div class="head"><div>Postdoctoral Researcher</div>\
        <div class="dates"><div>August 2018</div> — <div>July 2020</div></div></div>
        <div class="block"><div class="block-label">Summary</div><div>One paragraph.</div></div>
        <div class="block"><div class="block-label">Skills</div>\
        <div><p class="skills"><span class="tag">SQL</span> <span class="tag">Kafka</span> \
        <span class="tag">Rust</span></p><p>Spark</p></div></div>
        </body></html>
        """;

    ReaderGolden.assertMatches("html/style-sheets", read(html));
  }

  @Test
  void asideBeforeMainKeepsTheNameFirstAndSiteChromeIsDropped() throws Exception {
    String html =
        """
        <!DOCTYPE html><html><body>
        <nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
        <div class="page">
          <aside>
            <h2>Contact</h2>
            <p><a href="mailto:jane@example.org">jane@example.org</a></p>
            <h2>Skills</h2>
            <ul><li>Java</li><li>SQL</li></ul>
          </aside>
          <main>
            <header><h1>Jane Doe</h1><p>Data Engineer</p></header>
            <a class="btn btn-primary" href="cv.pdf">Download Resume</a>
            <button>Print</button>
            <h2>Experience</h2>
            <p>Initech, 2016 – 2018</p>
            <section><h3>Talks</h3><p>Streams at scale</p>
              <footer>Berlin, 2019</footer></section>
          </main>
        </div>
        <footer><a href="#top">Back to top</a> © 2024 Jane Doe</footer>
        </body></html>
        """;

    ReaderGolden.assertMatches("html/aside-main-chrome", read(html));
  }

  private static TextDocument read(String html) throws DocumentException {
    return new HtmlReader()
        .read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), SOURCE);
  }
}
