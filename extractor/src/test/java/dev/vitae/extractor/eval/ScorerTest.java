package dev.vitae.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String FULL =
      """
      {
        "basics": {
          "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+442071234567",
          "label": "Engineer", "location": {"city": "London", "countryCode": "GB"},
          "profiles": [{"network": "GitHub", "username": "ada"}]
        },
        "work": [
          {"name": "Acme", "position": "Engineer", "startDate": "2019-08", "endDate": "2021",
           "highlights": ["Built the platform", "Cut cost"]}
        ],
        "education": [{"institution": "MIT", "studyType": "Bachelor", "endDate": "2015"}],
        "skills": [{"name": "Databases", "keywords": ["MySQL", "Redis"]}],
        "languages": [{"language": "English"}],
        "projects": [{"name": "Vitae"}],
        "awards": [{"title": "Best Paper"}],
        "certificates": [{"name": "PMP"}]
      }
      """;

  private final Scorer scorer = new Scorer();

  @Test
  void exactMatchScoresOne() {
    DocumentScore score = scorer.score("a", json(FULL), json(FULL));

    assertThat(score.counts().f1()).isEqualTo(1.0);
    assertThat(score.counts().gold()).isEqualTo(22);
    for (GroupScore group : score.groups()) {
      assertThat(group.counts().f1()).as(group.group().key()).isEqualTo(1.0);
    }
  }

  @Test
  void slotAbsentFromBothIsNotCounted() {
    DocumentScore score = scorer.score("a", json(FULL), json(FULL));

    assertThat(slot(score, Field.URL).isEmpty()).isTrue();
    assertThat(score.group(Group.BASICS).counts().gold()).isEqualTo(6);
  }

  @Test
  void missingFieldLowersRecallOnly() {
    ObjectNode pred = (ObjectNode) json(FULL);
    ((ObjectNode) pred.get("basics")).remove("email");

    Counts basics = scorer.score("a", json(FULL), pred).group(Group.BASICS).counts();

    assertThat(basics.precision()).isEqualTo(1.0);
    assertThat(basics.recall()).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void wrongFieldLowersPrecisionAndRecall() {
    ObjectNode pred = (ObjectNode) json(FULL);
    ((ObjectNode) pred.get("basics")).put("email", "someone@example.com");

    Counts basics = scorer.score("a", json(FULL), pred).group(Group.BASICS).counts();

    assertThat(basics.precision()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(basics.recall()).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void comparesAfterNormalizing() {
    DocumentScore score =
        scorer.score(
            "a",
            json("{\"basics\": {\"name\": \"Ada Lovelace\", \"label\": \"Data Engineer\"}}"),
            json("{\"basics\": {\"name\": \"  ADA   lovelace.\", \"label\": \"Ｄａｔａ Engineer:\"}}"));

    assertThat(score.counts().f1()).isEqualTo(1.0);
  }

  @Test
  void dateWithRightYearOnlyGetsHalfCredit() {
    assertThat(startDateCredit("2019-08", "2019-08")).isEqualTo(1.0);
    assertThat(startDateCredit("2019-08", "2019")).isEqualTo(0.5);
    assertThat(startDateCredit("2019-08", "2019-09")).isEqualTo(0.5);
    assertThat(startDateCredit("2019", "2019-03")).isEqualTo(0.5);
    assertThat(startDateCredit("2018-02-22", "2018-02-23")).isEqualTo(0.5);
    assertThat(startDateCredit("2019-08", "2020-08")).isEqualTo(0.0);
  }

  @Test
  void reorderedEntriesPairByName() {
    String gold =
        """
        {"work": [{"name": "Acme Corp", "position": "Engineer"},
                  {"name": "Globex", "position": "Manager"}]}
        """;
    String pred =
        """
        {"work": [{"name": "Globex", "position": "Manager"},
                  {"name": "Acme", "position": "Engineer"}]}
        """;

    DocumentScore score = scorer.score("a", json(gold), json(pred));

    assertThat(slot(score, Field.WORK_POSITION)).isEqualTo(new Counts(2, 2, 2));
    // "Acme" pairs with "Acme Corp" by containment, but the name itself is not equal.
    assertThat(slot(score, Field.WORK_NAME)).isEqualTo(new Counts(1, 2, 2));
  }

  @Test
  void dissimilarNamesDoNotPair() {
    DocumentScore score =
        scorer.score(
            "a",
            json("{\"work\": [{\"name\": \"Acme Corp\", \"position\": \"Engineer\"}]}"),
            json("{\"work\": [{\"name\": \"Globex Inc\", \"position\": \"Engineer\"}]}"));

    assertThat(slot(score, Field.WORK_POSITION)).isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void sameEmployerTwiceIsPairedByDates() {
    String gold =
        """
        {"work": [{"name": "Tencent", "startDate": "2019"},
                  {"name": "Tencent", "startDate": "2012"}]}
        """;
    String pred =
        """
        {"work": [{"name": "Tencent", "startDate": "2012"},
                  {"name": "Tencent", "startDate": "2019"}]}
        """;

    DocumentScore score = scorer.score("a", json(gold), json(pred));

    assertThat(slot(score, Field.WORK_START_DATE)).isEqualTo(new Counts(2, 2, 2));
  }

  @Test
  void chineseNamesPairByCharacters() {
    String gold =
        """
        {"work": [{"name": "深圳巨鼎医疗设备有限公司", "position": "软件开发"},
                  {"name": "腾讯科技有限公司", "position": "高级工程师"}]}
        """;
    String pred =
        """
        {"work": [{"name": "腾讯科技（深圳）有限公司", "position": "高级工程师"},
                  {"name": "巨鼎医疗设备有限公司", "position": "软件开发"}]}
        """;

    DocumentScore score = scorer.score("a", json(gold), json(pred));

    assertThat(slot(score, Field.WORK_POSITION)).isEqualTo(new Counts(2, 2, 2));
    assertThat(slot(score, Field.WORK_NAME)).isEqualTo(new Counts(0, 2, 2));
  }

  @Test
  void highlightsScoreTokenOverlapF1() {
    String gold =
        "{\"work\": [{\"name\": \"Acme\", \"highlights\": [\"Built the platform\", \"Cut"
            + " cost\"]}]}";
    String pred = "{\"work\": [{\"name\": \"Acme\", \"highlights\": [\"- built the platform.\"]}]}";

    Counts highlights = slot(scorer.score("a", json(gold), json(pred)), Field.WORK_HIGHLIGHTS);

    // 3 of 3 predicted tokens are right, 3 of 5 gold tokens found: F1 = 0.75.
    assertThat(highlights.right()).isCloseTo(0.75, within(1e-9));
    assertThat(highlights.predicted()).isEqualTo(1);
    assertThat(highlights.gold()).isEqualTo(1);
  }

  @Test
  void chineseHighlightsAreTokenizedByCharacter() {
    String gold = "{\"work\": [{\"name\": \"腾讯\", \"highlights\": [\"负责网关开发\"]}]}";
    String pred = "{\"work\": [{\"name\": \"腾讯\", \"highlights\": [\"负责网关\"]}]}";

    Counts highlights = slot(scorer.score("a", json(gold), json(pred)), Field.WORK_HIGHLIGHTS);

    // 4 of 4 predicted characters are right, 4 of 6 gold ones found: F1 = 0.8.
    assertThat(highlights.right()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void invisibleGoldValueIsLeftOutOfRecall() {
    String gold = "{\"basics\": {\"name\": \"Ada Lovelace\", \"label\": \"Engineer\"}}";
    String pred = "{\"basics\": {\"name\": \"Ada Lovelace\"}}";
    String text = "ADA  LOVELACE\nada@example.com\n";

    DocumentScore withText = scorer.score("a", json(gold), json(pred), text);
    DocumentScore withoutText = scorer.score("a", json(gold), json(pred));

    assertThat(withText.counts()).isEqualTo(new Counts(1, 1, 1));
    assertThat(withoutText.counts()).isEqualTo(new Counts(1, 1, 2));
  }

  @Test
  void invisibleGoldValueFoundByPredictionStillCounts() {
    String gold = "{\"basics\": {\"label\": \"Engineer\"}}";

    DocumentScore score = scorer.score("a", json(gold), json(gold), "nothing here\n");

    assertThat(score.counts()).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void visibilityIgnoresSpacesPunctuationAndMarkup() {
    String gold =
        """
        {"basics": {"name": "Hui Peng Zhu"},
         "projects": [{"name": "Tencent Cloud EKS"}],
         "work": [{"name": "Acme", "startDate": "2018-02-22"}]}
        """;
    String text =
        "# HuiPeng Zhu\n- Tencent Cloud [EKS](https://example.com/eks)\nAcme 2018.2.22 ~ now\n";

    DocumentScore score = scorer.score("a", json(gold), MissingNode.getInstance(), text);

    assertThat(score.counts().gold()).isEqualTo(4);
  }

  @Test
  void datesAreVisibleByTheirYear() {
    String gold =
        "{\"education\": [{\"institution\": \"MIT\", \"startDate\": \"2010-09\", \"endDate\":"
            + " \"2014\"}]}";

    DocumentScore score =
        scorer.score("a", json(gold), MissingNode.getInstance(), "MIT 2010 - 20140\n");

    assertThat(slot(score, Field.EDUCATION_START_DATE).gold()).isEqualTo(1);
    assertThat(slot(score, Field.EDUCATION_END_DATE).gold()).isEqualTo(0);
  }

  @Test
  void vocabularyValuesAreNeverInvisible() {
    String gold =
        """
        {"basics": {"location": {"countryCode": "CN"}},
         "education": [{"institution": "大连大学", "studyType": "Bachelor"}],
         "languages": [{"language": "Chinese"}]}
        """;

    DocumentScore score =
        scorer.score("a", json(gold), MissingNode.getInstance(), "大连大学 本科\n语言: 中文\n");

    assertThat(score.counts().gold()).isEqualTo(4);
  }

  @Test
  void phonesCompareByDigits() {
    String gold = "{\"basics\": {\"phone\": \"+8613603043209\"}}";

    assertThat(
            scorer
                .score("a", json(gold), json("{\"basics\": {\"phone\": \"+86 136-0304-3209\"}}"))
                .counts())
        .isEqualTo(new Counts(1, 1, 1));
    assertThat(
            scorer
                .score("a", json(gold), json("{\"basics\": {\"phone\": \"13603043209\"}}"))
                .counts())
        .isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void phoneIsVisibleWithoutItsCountryCode() {
    String gold = "{\"basics\": {\"phone\": \"+8613603043209\"}}";

    assertThat(
            scorer
                .score("a", json(gold), MissingNode.getInstance(), "Tel: 136 0304 3209\n")
                .counts()
                .gold())
        .isEqualTo(1);
    assertThat(
            scorer
                .score("a", json(gold), MissingNode.getInstance(), "Tel: 136 0304\n")
                .counts()
                .gold())
        .isEqualTo(0);
  }

  @Test
  void setsCountDistinctNormalizedItems() {
    String gold =
        """
        {"skills": [{"name": "Databases", "keywords": ["MySQL", "Redis"]},
                    {"name": "Ops", "keywords": ["mysql", "Docker"]}]}
        """;
    String pred =
        "{\"skills\": [{\"name\": \"Skills\", \"keywords\": [\"MySQL\", \"Docker\", \"Go\"]}]}";

    Counts skills = scorer.score("a", json(gold), json(pred)).group(Group.SKILLS).counts();

    // gold terms: databases, mysql, redis, ops, docker; predicted: skills, mysql, docker, go.
    assertThat(skills).isEqualTo(new Counts(2, 4, 5));
  }

  @Test
  void awardsPoolTitlesAndCertificates() {
    String gold = "{\"awards\": [{\"title\": \"PMP\"}], \"certificates\": [{\"name\": \"CKA\"}]}";
    String pred = "{\"certificates\": [{\"name\": \"PMP\"}, {\"name\": \"CKA\"}]}";

    assertThat(scorer.score("a", json(gold), json(pred)).group(Group.AWARDS).counts())
        .isEqualTo(new Counts(2, 2, 2));
  }

  @Test
  void profilesMatchOnNetworkAndUsername() {
    String gold =
        "{\"basics\": {\"profiles\": [{\"network\": \"GitHub\", \"username\": \"Hz89\"}]}}";
    String pred =
        """
        {"basics": {"profiles": [{"network": "github", "username": "hz89",
                                  "url": "https://github.com/hz89"},
                                 {"network": "Twitter", "username": "hz89"}]}}
        """;

    assertThat(scorer.score("a", json(gold), json(pred)).group(Group.PROFILES).counts())
        .isEqualTo(new Counts(1, 2, 1));
  }

  @Test
  void namelessEducationEntriesPairInOrder() {
    String gold =
        """
        {"education": [{"institution": "MIT", "studyType": "Master"}, {"studyType": "Associate"}]}
        """;
    String pred =
        """
        {"education": [{"studyType": "Associate"}, {"institution": "MIT", "studyType": "Master"}]}
        """;

    DocumentScore score = scorer.score("a", json(gold), json(pred));

    assertThat(score.group(Group.EDUCATION).counts()).isEqualTo(new Counts(3, 3, 3));
  }

  @Test
  void unpairedEntriesCountEverySlot() {
    String gold =
        "{\"work\": [{\"name\": \"Acme\", \"position\": \"Engineer\", \"highlights\": [\"x\"]}]}";
    String pred =
        "{\"work\": [{\"name\": \"Acme\", \"position\": \"Engineer\", \"highlights\": [\"x\"]},"
            + " {\"name\": \"Globex\", \"position\": \"CEO\"}]}";

    DocumentScore score = scorer.score("a", json(gold), json(pred));

    assertThat(score.group(Group.WORK).counts()).isEqualTo(new Counts(3, 5, 3));
  }

  @Test
  void missingPredictionMissesEverySlot() {
    DocumentScore score = scorer.score("a", json(FULL), MissingNode.getInstance());

    assertThat(score.counts()).isEqualTo(new Counts(0, 0, 22));
    assertThat(score.counts().f1()).isEqualTo(0.0);
  }

  @Test
  void metaAndUnscoredFieldsAreIgnored() {
    ObjectNode pred = (ObjectNode) json(FULL);
    pred.putObject("meta").put("version", "v1.0.0");
    ((ObjectNode) pred.get("basics")).put("summary", "something else");

    assertThat(scorer.score("a", json(FULL), pred).counts().f1()).isEqualTo(1.0);
  }

  @Test
  void rejectsGoldThatIsNotAnObject() {
    assertThatThrownBy(() -> scorer.score("a", json("[]"), json("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Ada");
  }

  private double startDateCredit(String gold, String predicted) {
    String template = "{\"work\": [{\"name\": \"Acme\", \"startDate\": \"%s\"}]}";
    return slot(
            scorer.score("a", json(template.formatted(gold)), json(template.formatted(predicted))),
            Field.WORK_START_DATE)
        .right();
  }

  static Counts slot(DocumentScore score, Field field) {
    return score.group(field.group()).slots().stream()
        .filter(s -> s.field() == field)
        .findFirst()
        .orElseThrow()
        .counts();
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
