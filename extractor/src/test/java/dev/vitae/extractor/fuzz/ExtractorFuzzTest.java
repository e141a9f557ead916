package dev.vitae.extractor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vitae.extractor.ResumeExtractor;
import dev.vitae.extractor.model.Resume;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.testdata.TestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor on arbitrary lines (text, heading level, list depth, size, weight, indent, page,
 * column): it must return a resume and never throw. A Jazzer fuzz test ({@code scripts/fuzz.sh}),
 * and the committed crashers under {@code testdata/crashers/extractor/} (one line per line, UTF-8)
 * run through the same check in {@code mvn verify}.
 */
class ExtractorFuzzTest {
  private static final ResumeExtractor EXTRACTOR = ResumeExtractor.standard();
  private static final int MAX_LINES = 400;

  /** Extracts from {@code lines} and checks that a resume comes out. */
  static void check(List<Line> lines) {
    TextDocument doc =
        new TextDocument(Source.named("fuzz.txt", "text/plain"), 1, lines, List.of());
    Resume resume = EXTRACTOR.extract(doc);
    assertThat(resume).isNotNull();
  }

  @FuzzTest
  void lines(FuzzedDataProvider data) {
    List<Line> lines = new ArrayList<>();
    int page = 1;
    while (data.remainingBytes() > 0 && lines.size() < MAX_LINES) {
      page += data.consumeBoolean() ? 1 : 0;
      LineStyle style =
          new LineStyle(
              data.consumeFloat(),
              data.consumeFloat(),
              data.consumeBoolean(),
              data.consumeInt(-100, 1_000),
              data.consumeInt(0, 6),
              data.consumeInt(0, 12),
              data.consumeBoolean(),
              data.consumeInt(0, 4));
      lines.add(new Line(lines.size(), page, data.consumeString(300), style));
    }
    check(lines);
  }

  static List<String> crashers() {
    return TestData.list("crashers/extractor");
  }

  @ParameterizedTest
  @MethodSource("crashers")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void crasherEndsAsResume(String name) {
    String text = new String(TestData.bytes("crashers/extractor/" + name), StandardCharsets.UTF_8);
    List<Line> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(new Line(lines.size(), 1, line, LineStyle.PLAIN));
    }
    check(lines);
  }
}
