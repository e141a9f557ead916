package dev.vitae.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cue;
import dev.vitae.parser.Cue.Kind;
import dev.vitae.parser.ReaderGolden;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reader golden file for icons in HTML ({@link ReaderGolden}): an icon-labelled contact block. */
class IconCuesGoldenTest {
  private static final Source SOURCE = Source.named("cv.html", HtmlReader.HTML);

  @Test
  void iconElementsAndSymbolsBecomeCuesAndLeaveTheText() throws Exception {
    String html =
        """
        <h1>Jane Doe</h1>
        <p><i class="fa fa-envelope"></i> jane@example.org
           <i class="fa-solid fa-phone" aria-hidden="true"></i> +1 555 0100
           <i class="bi bi-geo-alt"></i> Berlin, Germany</p>
        <div style="display:flex">
          <span><svg viewBox="0 0 16 16"><title>GitHub</title><path d="M0 0"/></svg>
            <a href="https://github.com/janedoe">janedoe</a></span>
          <span><img src="in.png" alt="LinkedIn"> jane-doe</span>
          <span><span class="material-icons">language</span> 🌐 jane.dev</span>
        </div>
        <p><span class="mdi mdi-cellphone"></span> 138 0000 0000 <i class="fa fa-star"></i> 开放
           <img src="me.jpg" alt="A portrait of Jane Doe at her desk"></p>
        <h2>Experience</h2>
        <p>Engineer at Acme, 2019 – 2021</p>
        """;

    TextDocument doc =
        new HtmlReader()
            .read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), SOURCE);

    ReaderGolden.assertMatches("html/icon-contacts", doc);
    assertThat(doc.lines().get(1).text()).isEqualTo("jane@example.org +1 555 0100 Berlin, Germany");
    assertThat(doc.lines().get(1).cues())
        .containsExactly(
            new Cue(Kind.EMAIL, 0), new Cue(Kind.PHONE, 17), new Cue(Kind.LOCATION, 29));
  }
}
