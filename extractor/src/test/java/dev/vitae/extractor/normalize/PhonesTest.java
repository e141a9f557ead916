package dev.vitae.extractor.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class PhonesTest {

  @Test
  void readsInternationalNumberWithoutRegion() {
    assertThat(Phones.toE164("+44 20 7946 0958", null)).contains("+442079460958");
  }

  @Test
  void readsChineseMobileWithDefaultRegion() {
    assertThat(Phones.toE164("139 1234 5678", "CN")).contains("+8613912345678");
  }

  @Test
  void readsChineseMobileShapeWithoutRegion() {
    assertThat(Phones.toE164("13912345678", null)).contains("+8613912345678");
  }

  @Test
  void readsNorthAmericanGroupsWithoutRegion() {
    assertThat(Phones.toE164("(415) 555-0132", null)).contains("+14155550132");
    assertThat(Phones.toE164("212.555.0199", null)).contains("+12125550199");
  }

  @Test
  void readsDoubleZeroPrefix() {
    assertThat(Phones.toE164("0049 30 901820", null)).contains("+4930901820");
  }

  @Test
  void rejectsNationalNumberWithoutRegionOrKnownShape() {
    assertThat(Phones.toE164("030 901820", null)).isEmpty();
  }

  @Test
  void neverTakesDatesOrYearsAsPhones() {
    assertThat(Phones.find("Worked 2016-2019 and 2020.3-2022.11 at X", "CN")).isEmpty();
    assertThat(Phones.find("2012.09 ~ 2016.07", "US")).isEmpty();
    assertThat(Phones.toE164("2015.3-2017.8", "CN")).isEmpty();
  }

  @Test
  void neverTakesVersionsOrLongIdsAsPhones() {
    assertThat(Phones.find("upgraded to 1.13.912.34567", "CN")).isEmpty();
    assertThat(Phones.find("order 98213912345678123", "CN")).isEmpty();
  }

  @Test
  void findsNumbersInTextInOrder() {
    List<Phones.Found> found = Phones.find("call 139 1234 5678 or +1 415 555 0132", "CN");
    assertThat(found)
        .extracting(Phones.Found::e164)
        .containsExactly("+8613912345678", "+14155550132");
    assertThat(found.get(0).raw()).isEqualTo("139 1234 5678");
  }

  @Test
  void keepsUnreadableNumberAsWritten() {
    assertThat(Phones.normalize("tel: 123-45-678", null)).isEqualTo("123-45-678");
    assertThat(Phones.normalize(" +86 139 1234 5678 ", null)).isEqualTo("+8613912345678");
  }

  @Test
  void handlesNullAndBlank() {
    assertThat(Phones.toE164(null, null)).isEmpty();
    assertThat(Phones.find("  ", null)).isEmpty();
  }

  @Test
  void onlyDigitsCloseTogetherCanBeANumber() {
    Assertions.assertThat(Phones.hasDigitRun("QPS from 110k to 150k in 2019", 6)).isFalse();
    Assertions.assertThat(Phones.hasDigitRun("call (919) 473-3145", 6)).isTrue();
    Assertions.assertThat(Phones.hasDigitRun("电话：17691195519", 6)).isTrue();
    Assertions.assertThat(Phones.hasDigitRun("+86 136 0304 3209", 6)).isTrue();
  }
}
