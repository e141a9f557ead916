package dev.vitae.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSinkTest {

  @Test
  void dropsBlankLinesAndStartsABlockAfterThem() {
    LineSink sink = new LineSink(ParseLimits.DEFAULT);
    sink.add("first", LineStyle.PLAIN);
    sink.add("second", LineStyle.PLAIN);
    sink.add("  \u200B ", LineStyle.PLAIN);
    sink.add("third", LineStyle.PLAIN);
    List<Line> lines = sink.lines();
    assertThat(lines).extracting(Line::text).containsExactly("first", "second", "third");
    assertThat(lines).extracting(l -> l.style().blockStart()).containsExactly(true, false, true);
    assertThat(lines).extracting(Line::index).containsExactly(0, 1, 2);
  }

  @Test
  void normalizesTextAndLinkText() {
    LineSink sink = new LineSink(ParseLimits.DEFAULT);
    sink.add(
        " Git\u00A0Hub  page ", LineStyle.PLAIN, List.of(new Link("Git\u00A0Hub ", " https://x ")));
    Line line = sink.lines().get(0);
    assertThat(line.text()).isEqualTo("Git Hub page");
    assertThat(line.links()).containsExactly(new Link("Git Hub", "https://x"));
  }

  @Test
  void stopsAtTheLineLimitWithAWarning() {
    LineSink sink = new LineSink(new ParseLimits(1000, 1, 2, 100));
    sink.add("a", LineStyle.PLAIN);
    sink.add("b", LineStyle.PLAIN);
    sink.add("c", LineStyle.PLAIN);
    TextDocument doc = sink.toDocument(Source.named("t", "text/plain"), 1);
    assertThat(doc.lines()).extracting(Line::text).containsExactly("a", "b");
    assertThat(doc.warnings()).containsExactly(LineSink.TRUNCATED);
  }

  @Test
  void cutsLongLinesWithAWarning() {
    LineSink sink = new LineSink(new ParseLimits(1000, 1, 10, 5));
    sink.add("abcdefgh", LineStyle.PLAIN);
    TextDocument doc = sink.toDocument(Source.named("t", "text/plain"), 1);
    assertThat(doc.lines().get(0).text()).isEqualTo("abcde");
    assertThat(doc.warnings()).containsExactly(LineSink.TRUNCATED);
  }

  @Test
  void joinsHanSpacesOnlyWhenAsked() {
    LineSink layout = new LineSink(ParseLimits.DEFAULT, true, 2);
    layout.add("项 目 经 验", LineStyle.PLAIN);
    assertThat(layout.lines().get(0).text()).isEqualTo("项目经验");
    assertThat(layout.lines().get(0).page()).isEqualTo(2);
  }
}
