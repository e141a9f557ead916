package dev.vitae.extractor.basics;

import static dev.vitae.extractor.basics.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.model.Profile;
import dev.vitae.parser.Link;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contacts stage reads what contact icons label (cues written as {@code {KIND}}). */
class IconCuesTest {

  private static String value(Optional<Drafted<String>> drafted) {
    return drafted.map(Drafted::value).orElse(null);
  }

  private static List<Profile> profiles(ResumeDraft draft) {
    return draft.profiles().stream().map(Drafted::value).toList();
  }

  private static Location location(ResumeDraft draft) {
    return draft.location().map(Drafted::value).orElse(null);
  }

  @Test
  void textAfterAMapPinIsTheLocation() {
    ResumeDraft cued =
        doc().line("Jane Doe").cued("{EMAIL}jane@example.org · {LOCATION}Lisbon").extract();
    ResumeDraft plain = doc().line("Jane Doe").line("jane@example.org · Lisbon").extract();

    assertThat(location(cued)).isEqualTo(new Location(null, null, "Lisbon", null, null));
    assertThat(location(plain)).isNull();
  }

  @Test
  void aPlaceAfterAMapPinIsParsedAndAStreetAddressIsKeptAsTheAddress() {
    ResumeDraft place = doc().line("Jane Doe").cued("{LOCATION}Berlin, Germany").extract();
    ResumeDraft street = doc().line("Jane Doe").cued("{LOCATION}Flat 4, 12 Rua Augusta").extract();

    assertThat(location(place)).isEqualTo(new Location(null, null, "Berlin", "DE", null));
    assertThat(location(street).address()).isEqualTo("Flat 4, 12 Rua Augusta");
    assertThat(location(street).city()).isNull();
  }

  @Test
  void aNumberAfterATelephoneIsAPhoneWithoutALabel() {
    ResumeDraft cued =
        doc().line("Jane Doe").cued("{PHONE}0176 1234 5678 | jane@example.org").extract();
    ResumeDraft plain = doc().line("Jane Doe").line("0176 1234 5678 | jane@example.org").extract();

    assertThat(value(cued.phone())).isEqualTo("0176 1234 5678");
    assertThat(value(plain.phone())).isNull();
  }

  @Test
  void aBareUserNameAfterANetworkIconIsAProfile() {
    ResumeDraft draft =
        doc()
            .line("Jane Doe")
            .cued(
                "{GITHUB}janedoe | {LINKEDIN}Jane Doe",
                new Link("Jane Doe", "https://www.linkedin.com/in/jane-doe-42/"))
            .extract();

    assertThat(profiles(draft))
        .containsExactly(
            new Profile("GitHub", "janedoe", null),
            new Profile("LinkedIn", "jane-doe-42", "https://www.linkedin.com/in/jane-doe-42/"));
  }

  @Test
  void aDisplayNameWithoutALinkAfterANetworkIconIsNoProfile() {
    ResumeDraft draft = doc().line("Jane Doe").cued("{LINKEDIN}Jane Doe").extract();

    assertThat(profiles(draft)).isEmpty();
  }

  @Test
  void aBareDomainAfterAGlobeIsTheUrl() {
    ResumeDraft cued = doc().line("Jane Doe").cued("{WEB}jane.photography").extract();
    ResumeDraft plain = doc().line("Jane Doe").line("jane.photography").extract();

    assertThat(value(cued.url())).isEqualTo("https://jane.photography");
    assertThat(value(plain.url())).isNull();
  }

  @Test
  void chineseContactBlockWithIcons() {
    ResumeDraft draft =
        doc()
            .region("CN")
            .line("张三")
            .cued("{MOBILE}138-0000-0000 {EMAIL}zhangsan@example.com")
            .cued("{LOCATION}上海市浦东新区 {WECHAT}zhang_san88")
            .extract();

    assertThat(value(draft.phone())).isEqualTo("+8613800000000");
    assertThat(value(draft.email())).isEqualTo("zhangsan@example.com");
    assertThat(location(draft).city()).isEqualTo("上海市");
    assertThat(profiles(draft)).containsExactly(new Profile("WeChat", "zhang_san88", null));
  }

  @Test
  void aWrongIconDoesNotOverruleWhatTheTextCertainlyIs() {
    ResumeDraft draft =
        doc()
            .line("Jane Doe")
            .cued("{PHONE}jane@example.org {LOCATION}https://jane.dev {GITHUB}jane@example.org")
            .extract();

    assertThat(value(draft.email())).isEqualTo("jane@example.org");
    assertThat(value(draft.phone())).isNull();
    assertThat(location(draft)).isNull();
    assertThat(profiles(draft)).isEmpty();
    assertThat(value(draft.url())).isEqualTo("https://jane.dev");
  }
}
