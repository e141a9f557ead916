package dev.vitae.bench.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.bench.devcorpus.Words.PhoneStyle;
import dev.vitae.extractor.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final Words ENGLISH = new Words(false, 0);
  private static final Words CHINESE = new Words(true, 0);

  @Test
  void writesDegreeLinesInTheGoldsLanguage() {
    assertThat(ENGLISH.degree("Bachelor", "Computer Science"))
        .isEqualTo("Bachelor in Computer Science");
    assertThat(new Words(false, 2).degree("Master", "Finance")).isEqualTo("Finance (Master)");
    assertThat(CHINESE.degree("Bachelor", "法学")).isEqualTo("本科 · 法学");
    assertThat(new Words(true, 2).degree("Master", "机械工程")).isEqualTo("机械工程（硕士）");
    assertThat(CHINESE.degree("Associate", null)).isEqualTo("大专");
    assertThat(ENGLISH.degree(null, "Culinary Arts")).isEqualTo("Culinary Arts");
    assertThat(ENGLISH.degree(null, null)).isNull();
  }

  @Test
  void writesLocationsAsOneLine() {
    assertThat(
            ENGLISH.location(new Location("14 Leicester Street", "3053", "Carlton", "AU", "VIC")))
        .isEqualTo("14 Leicester Street, Carlton, VIC 3053, Australia");
    assertThat(ENGLISH.location(new Location("Weserstraße 48", "12045", "Berlin", "DE", null)))
        .isEqualTo("Weserstraße 48, 12045 Berlin, Germany");
    assertThat(ENGLISH.location(new Location(null, null, "Atlanta", null, "GA")))
        .isEqualTo("Atlanta, GA");
    assertThat(CHINESE.location(new Location(null, null, "深圳", "CN", "广东"))).isEqualTo("中国 广东 深圳");
    assertThat(ENGLISH.location(null)).isNull();
  }

  @Test
  void namesLanguagesNetworksAndCountriesInChinese() {
    assertThat(CHINESE.language("English")).isEqualTo("英语");
    assertThat(CHINESE.language("Cantonese")).isEqualTo("粤语");
    assertThat(CHINESE.language("Klingon")).isEqualTo("Klingon");
    assertThat(ENGLISH.language("German")).isEqualTo("German");
    assertThat(CHINESE.network("WeChat")).isEqualTo("微信");
    assertThat(CHINESE.network("GitHub")).isEqualTo("GitHub");
    assertThat(CHINESE.country("CN")).isEqualTo("中国");
    assertThat(ENGLISH.country("GB")).isEqualTo("United Kingdom");
  }

  @Test
  void formatsPhonesAndKeepsOnesThatDoNotParse() {
    assertThat(Words.phone("+14155550123", PhoneStyle.E164)).isEqualTo("+14155550123");
    assertThat(Words.phone("+14155550123", PhoneStyle.INTERNATIONAL)).isEqualTo("+1 415-555-0123");
    assertThat(Words.phone("+14155550123", PhoneStyle.NATIONAL)).isEqualTo("(415) 555-0123");
    assertThat(Words.phone("+8613800138000", PhoneStyle.NATIONAL)).isEqualTo("138 0013 8000");
    assertThat(Words.phone("ask me", PhoneStyle.INTERNATIONAL)).isEqualTo("ask me");
  }

  @Test
  void joinsListsAndLabelsInTheGoldsLanguage() {
    assertThat(ENGLISH.list(List.of("Java", "Go"))).isEqualTo("Java, Go");
    assertThat(CHINESE.list(List.of("Java", "Go"))).isEqualTo("Java、Go");
    assertThat(ENGLISH.labelled(Words.Label.SCORE, "2:1")).isEqualTo("Grade: 2:1");
    assertThat(CHINESE.labelled(Words.Label.SCORE, "GPA 3.6")).isEqualTo("成绩：GPA 3.6");
  }

  @Test
  void picksHeadingsByVariant() {
    assertThat(Section.WORK.heading(false, 0)).isEqualTo("Experience");
    assertThat(Section.WORK.heading(false, 2)).isEqualTo("Employment");
    assertThat(Section.WORK.heading(true, 1)).isEqualTo("工作经验");
    assertThat(Section.SUMMARY.heading(true, 0)).isEqualTo("自我评价");
    assertThat(Section.AWARDS.heading(false, 5)).isEqualTo("Honors");
  }
}
