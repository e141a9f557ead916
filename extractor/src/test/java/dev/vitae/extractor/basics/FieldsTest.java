package dev.vitae.extractor.basics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.basics.Fields.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {

  @Test
  void splitsPairsOnOneLine() {
    List<Field> fields = Fields.parse("Email: a@b.io | Phone: +1 212 555 0100");
    assertThat(fields).extracting(Field::key).containsExactly(FieldKey.EMAIL, FieldKey.PHONE);
    assertThat(fields).extracting(Field::value).containsExactly("a@b.io", "+1 212 555 0100");
  }

  @Test
  void takesKnownLabelAfterName() {
    List<Field> fields = Fields.parse("Sam Lee Email: s@l.io");
    assertThat(fields).extracting(Field::label).containsExactly("Email");
  }

  @Test
  void urlSchemeIsNotALabel() {
    List<Field> fields = Fields.parse("GitHub：https://github.com/x");
    assertThat(fields).hasSize(1);
    assertThat(fields.get(0).value()).isEqualTo("https://github.com/x");
  }

  @Test
  void pseudoSchemeLabelKeepsHandle() {
    assertThat(Fields.parse("Github:// octo").get(0).value()).isEqualTo("octo");
  }

  @Test
  void chineseCompoundLabels() {
    assertThat(FieldKey.of("个人技术博客")).contains(FieldKey.BLOG);
    assertThat(FieldKey.of("个人主页")).contains(FieldKey.WEBSITE);
    assertThat(FieldKey.of("期望城市")).contains(FieldKey.NOT_A_BASE);
  }
}
