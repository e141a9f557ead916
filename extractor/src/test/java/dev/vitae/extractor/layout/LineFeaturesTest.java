package dev.vitae.extractor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.CorpusLines;
import dev.vitae.extractor.normalize.DateRange;
import dev.vitae.extractor.normalize.Texts;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {
  // textWithoutDates as it was, every regex run on every text, kept as the reference.
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(（\\[]\\s*[)）\\]]");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("(?:\\s*[|｜,，·•]\\s*)+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^(?:\\s*[|｜,，·•:：]\\s*)+");
  private static final Pattern DOUBLED_BAR = Pattern.compile("\\s[|｜]\\s*[|｜]\\s");
  private static final Pattern KEY_VALUE = Pattern.compile("^([^:：]{1,50}?)\\s*[:：]\\s*(.*)$");

  private static final String[] PIECES = {
    "Software Engineer",
    "Acme Inc",
    "北京大学",
    "2019.05 - 2021.06",
    "Jan 2020 – Present",
    "2018",
    "2017年9月-2021年6月",
    "(",
    ")",
    "（",
    "）",
    "[",
    "]",
    "()",
    "（）",
    "|",
    "｜",
    ",",
    "，",
    "·",
    "•",
    ":",
    "：",
    " ",
    "  ",
    "\t",
    "\u3000",
    "| |",
    " | | ",
    "-",
    "—",
    "Beijing",
    "remote"
  };

  @Test
  void textWithoutDatesAnswersAsEveryRegexDidOverTheCorpus() {
    for (String text : CorpusLines.all()) {
      assertSameText(text);
    }
  }

  @Test
  void textWithoutDatesAnswersAsEveryRegexDidOverGeneratedLines() {
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertSameText(sb.toString());
    }
  }

  @Test
  void removesDatesAndTheSeparatorsTheyLeave() {
    assertThat(features("Software Engineer | Acme (2019.05 - 2021.06)").textWithoutDates())
        .isEqualTo("Software Engineer | Acme");
    assertThat(features("2019 – 2021, Acme").textWithoutDates()).isEqualTo("Acme");
    assertThat(features("Acme 2019 - 2021 Beijing").textWithoutDates()).isEqualTo("Acme Beijing");
  }

  private static LineFeatures features(String text) {
    return LineFeatures.of(new Line(0, 1, text, LineStyle.PLAIN));
  }

  @Test
  void keyValueIsDerivedOnceAsItWasOnEachCall() {
    for (String text : CorpusLines.all()) {
      LineFeatures lf = features(text);
      assertThat(lf.keyValue()).as(text).isEqualTo(referenceKeyValue(lf.text()));
      assertThat(lf.withFull(true).keyValue()).isEqualTo(lf.keyValue());
    }
    assertThat(features("Skills: Go, Java").keyValue())
        .contains(new LineFeatures.KeyValue("Skills", "Go, Java"));
    assertThat(features("See https://example.org").keyValue()).isEmpty();
    assertThat(features("Methods: | EEG, Eye tracking").keyValue())
        .contains(new LineFeatures.KeyValue("Methods", "EEG, Eye tracking"));
  }

  private static void assertSameText(String text) {
    LineFeatures lf = features(text);
    assertThat(lf.textWithoutDates()).as(text).isEqualTo(reference(lf.text(), lf.dates()));
    assertThat(lf.keyValue()).as(text).isEqualTo(referenceKeyValue(lf.text()));
  }

  // keyValue as it was worked out on each call, kept as the reference.
  private static Optional<LineFeatures.KeyValue> referenceKeyValue(String text) {
    var m = KEY_VALUE.matcher(text);
    if (!m.matches()
        || m.group(1).contains("http")
        || m.group(1).endsWith("//")
        || Words.count(m.group(1)) > 7) {
      return Optional.empty();
    }
    String value = m.group(2).replaceFirst("^\\|", "");
    return Optional.of(new LineFeatures.KeyValue(Texts.clean(m.group(1)), Texts.clean(value)));
  }

  private static String reference(String text, List<DateRange> dates) {
    if (dates.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (DateRange d : dates) {
      sb.append(text, at, d.from()).append(' ');
      at = d.to();
    }
    sb.append(text.substring(at));
    String s = EMPTY_BRACKETS.matcher(sb).replaceAll(" ");
    s = TRAILING_SEPARATORS.matcher(s).replaceAll("");
    s = LEADING_SEPARATORS.matcher(s).replaceAll("");
    return Texts.clean(DOUBLED_BAR.matcher(s).replaceAll(" | "));
  }
}
