package dev.vitae.extractor.basics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.CorpusLines;
import org.junit.jupiter.api.Test;

class ContactLinesTest {
  @Test
  void remembersWhatContactFinderAnswers() {
    ContactLines lines = new ContactLines();
    for (int round = 0; round < 2; round++) {
      for (String text : CorpusLines.all()) {
        boolean contact = ContactFinder.isContactLine(text);
        assertThat(lines.isContactLine(text)).as(text).isEqualTo(contact);
        assertThat(lines.isContactFooter(text))
            .as(text)
            .isEqualTo(ContactFinder.isContactFooter(text, new ContactLines()));
      }
    }
  }

  @Test
  void tellsContactLinesAndFooters() {
    ContactLines lines = new ContactLines();
    assertThat(lines.isContactLine("jane@example.org | (919) 473-3145")).isTrue();
    assertThat(lines.isContactFooter("jane@example.org | (919) 473-3145")).isTrue();
    assertThat(lines.isContactLine("github.com/jane")).isTrue();
    assertThat(lines.isContactFooter("github.com/jane")).isFalse();
    assertThat(lines.isContactLine("Built a compiler in 2019 for 300 users")).isFalse();
  }
}
