package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.extractor.redact.Redactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redacts the output of every seed, wild-gold and development-sample document ({@link
 * CorpusRegressionTest}'s documents, run once through {@link CorpusFiles}) and checks, over every
 * string of the redacted JSON, that the gold name, email and phone number are gone: the name in any
 * case and spacing, the phone by its digits whatever separates them. The redacted output still
 * validates against the JSON Resume schema.
 */
class RedactionCorpusTest {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Redactor REDACTOR = Redactor.personal().withSchools();

  static Stream<CorpusRegressionTest.Document> documents() {
    return Stream.of(
            CorpusRegressionTest.Corpus.SEEDS,
            CorpusRegressionTest.Corpus.WILD,
            CorpusRegressionTest.Corpus.DEVCORPUS)
        .flatMap(c -> c.documents().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void noGoldNameEmailOrPhoneSurvives(CorpusRegressionTest.Document document) throws IOException {
    CorpusRegressionTest.Corpus corpus = document.corpus();
    CorpusFiles.Run run = CorpusFiles.run(corpus.folder + "/" + document.file());
    assertThat(run.bug()).as("%s: %s", document, run.describe()).isNull();
    if (!run.parsed()) {
      Assumptions.abort(document + ": " + run.describe());
    }
    JsonNode gold = CorpusFiles.readJson(corpus.goldFolder + "/" + document.goldFile());
    Resume resume = ResumeJson.mapper().readValue(run.json(), Resume.class);
    String redacted = ResumeJson.write(REDACTOR.redact(resume));

    assertThat(CorpusFiles.schemaErrors(redacted)).as("schema errors of %s", document).isEmpty();
    List<String> strings = new ArrayList<>();
    collectStrings(CorpusFiles.readTree(redacted), strings);
    String name = gold.at("/basics/name").asText("");
    if (!name.isBlank()) {
      Pattern pattern = namePattern(name);
      assertThat(strings)
          .as("the gold name survives in %s", document)
          .noneMatch(s -> pattern.matcher(s).find());
    }
    String email = gold.at("/basics/email").asText("").toLowerCase(Locale.ROOT);
    if (!email.isBlank()) {
      assertThat(strings)
          .as("the gold email survives in %s", document)
          .noneMatch(s -> s.toLowerCase(Locale.ROOT).contains(email));
    }
    String phone = nationalDigits(gold.at("/basics/phone").asText(""));
    if (phone.length() >= 6) {
      assertThat(strings)
          .as("the gold phone survives in %s", document)
          .noneMatch(s -> s.replaceAll("\\D", "").contains(phone));
    }
  }

  // The name's words in order, in any case, with any spacing or punctuation between them (none
  // between Han characters), not inside a longer word.
  private static Pattern namePattern(String name) {
    List<String> parts = new ArrayList<>();
    for (String word : name.strip().split("[\\s,._\\-]+")) {
      if (word.codePoints()
          .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        word.codePoints().forEach(c -> parts.add(Pattern.quote(Character.toString(c))));
      } else if (!word.isEmpty()) {
        parts.add(Pattern.quote(word));
      }
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + String.join("[\\s,._\\-]*", parts) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  // The national number: how the phone is most often written in the text itself.
  private static String nationalDigits(String phone) {
    String digits = phone.replaceAll("\\D", "");
    if (phone.startsWith("+")) {
      try {
        return PHONES.getNationalSignificantNumber(PHONES.parse(phone, "ZZ"));
      } catch (NumberParseException e) {
        return digits;
      }
    }
    return digits;
  }

  private static void collectStrings(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.forEach(child -> collectStrings(child, into));
  }
}
