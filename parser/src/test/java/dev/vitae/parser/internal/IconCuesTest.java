package dev.vitae.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.parser.Cue;
import dev.vitae.parser.Cue.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IconCuesTest {

  @Test
  void stripsIconSymbolsAndCuesTheTextEachLabels() {
    IconCues.Stripped s = IconCues.strip("✉ a@b.c  ☎ 555 0100  ⌖ Berlin");

    assertThat(s.text()).isEqualTo("a@b.c 555 0100 Berlin");
    assertThat(s.cues())
        .containsExactly(
            new Cue(Kind.EMAIL, 0), new Cue(Kind.PHONE, 6), new Cue(Kind.LOCATION, 15));
  }

  @Test
  void emojiWithVariationSelectorsAndMarkersBecomeCues() {
    String text = "📞️ 138 0000 0000 | " + IconCues.marker(Kind.GITHUB) + " janedoe 🌐 jane.dev";

    IconCues.Stripped s = IconCues.strip(text);

    assertThat(s.text()).isEqualTo("138 0000 0000 | janedoe jane.dev");
    assertThat(s.cues())
        .containsExactly(new Cue(Kind.PHONE, 0), new Cue(Kind.GITHUB, 16), new Cue(Kind.WEB, 24));
  }

  @Test
  void unknownIconsAreDroppedWithoutACueAndAnIconBetweenWordsParts() {
    IconCues.Stripped s = IconCues.strip(IconCues.UNKNOWN + " Rust" + IconCues.UNKNOWN + "Go ✉");

    assertThat(s.text()).isEqualTo("Rust Go");
    assertThat(s.cues()).containsExactly(new Cue(Kind.EMAIL, 7));
  }

  @Test
  void textWithoutIconsIsKeptAsIs() {
    String text = "负责后端开发 · Java, SQL 😀";

    IconCues.Stripped s = IconCues.strip(text);

    assertThat(s.text()).isSameAs(text);
    assertThat(s.cues()).isEmpty();
  }

  @Test
  void namesOfIconClassesGlyphsAndAltTextsSayTheirKind() {
    assertThat(IconCues.ofName("fa fa-fw fa-envelope")).isEqualTo(Kind.EMAIL);
    assertThat(IconCues.ofName("fa-solid fa-phone")).isEqualTo(Kind.PHONE);
    assertThat(IconCues.ofName("fa-solid fa-mobile-screen")).isEqualTo(Kind.MOBILE);
    assertThat(IconCues.ofName("bi bi-geo-alt")).isEqualTo(Kind.LOCATION);
    assertThat(IconCues.ofName("MapMarker")).isEqualTo(Kind.LOCATION);
    assertThat(IconCues.ofName("mdi mdi-email-outline")).isEqualTo(Kind.EMAIL);
    assertThat(IconCues.ofName("fab fa-linkedin-in")).isEqualTo(Kind.LINKEDIN);
    assertThat(IconCues.ofName("fa fa-link")).isEqualTo(Kind.WEB);
    assertThat(IconCues.ofName("GitHub")).isEqualTo(Kind.GITHUB);
    assertThat(IconCues.ofName("ai ai-orcid")).isEqualTo(Kind.ORCID);
    assertThat(IconCues.ofName("fa fa-star")).isNull();
    assertThat(IconCues.ofName("uniF0E0")).isNull();
  }

  @Test
  void fontCharactersAreReadInTheirFont() {
    assertThat(IconCues.ofFontChar("Wingdings", 0xF02A)).isEqualTo(Kind.EMAIL);
    assertThat(IconCues.ofFontChar("Wingdings", '(')).isEqualTo(Kind.PHONE);
    assertThat(IconCues.ofFontChar("Wingdings", 0xF0A7)).isNull();
    assertThat(IconCues.ofFontChar("FontAwesome5Free-Solid", 0xF3C5)).isEqualTo(Kind.LOCATION);
    assertThat(IconCues.ofFontChar("FontAwesome", 0xF09B)).isEqualTo(Kind.GITHUB);
    // The same private-use code in another symbol font is another picture (Symbol's arrow).
    assertThat(IconCues.ofFontChar("Symbol", 0xF0AC)).isNull();
    assertThat(IconCues.ofFontChar("ZapfDingbats", 0x2709)).isEqualTo(Kind.EMAIL);
  }

  @Test
  void everyKindHasItsOwnMarker() {
    List<Character> markers =
        List.of(Kind.values()).stream().map(IconCues::marker).distinct().toList();

    assertThat(markers).hasSize(Kind.values().length).doesNotContain(IconCues.UNKNOWN);
    for (Kind kind : Kind.values()) {
      assertThat(IconCues.ofCodePoint(IconCues.marker(kind))).isEqualTo(kind);
    }
  }
}
