package dev.vitae.extractor.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitae.extractor.CodePoints;
import dev.vitae.extractor.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  // The regexes the word lists were matched with before the tries, kept here as the reference. They
  // are a reference on Java 17 and 18 only: JDK 19 redefined \b (ASCII word characters), while the
  // tries keep Java 17's rule (letters and digits of any script) so that answers do not depend on
  // the JDK.
  private static final Pattern TITLE_EN =
      Pattern.compile(
          "(?i)\\b(?:engineer|engineers|developer|programmer|leader|lead|manager|director|architect|intern|internship"
              + "|consultant|analyst|scientist|designer|specialist|officer|president|vp|founder|co-founder"
              + "|cto|ceo|cfo|coo|cio|head|sre|devops|administrator|admin|technician|researcher|assistant"
              + "|associate|fellow|professor|lecturer|teacher|tutor|instructor|student|trainee|coordinator"
              + "|supervisor|owner|partner|principal|staff|member|contractor|freelancer|freelance|editor"
              + "|writer|maintainer|committer|contributor|executive|strategist|advisor|adviser|chair|chairman"
              + "|operator|representative|buyer|seller|salesperson|accountant|auditor|attorney|lawyer|nurse|physician|doctor|pm"
              + "|product manager|tester|qa|swe|sde|sdet|postdoc|phd candidate|research assistant"
              + "|teaching assistant|ta|ra|apprentice|clerk|agent|recruiter|operations|maintenance"
              + "|paralegal|pharmacist|therapist|counselor|counsellor|mechanic|electrician|chef"
              + "|cashier|receptionist|secretary|paramedic|surgeon|dentist|librarian|producer"
              + "|photographer|illustrator|journalist|reporter|translator|interpreter|pilot"
              + "|inspector|surveyor|foreman|superintendent|bookkeeper|controller|underwriter"
              + "|actuary|economist|statistician|chemist|biologist|physicist|planner)\\b");
  private static final Pattern TITLE_ZH =
      Pattern.compile(
          "(?:工程师|开发|程序员|经理|总监|主管|架构师|实习生|实习|顾问|分析师|科学家|设计师|专员|负责人|组长|leader"
              + "|总裁|副总|创始人|合伙人|研究员|助理|教师|讲师|教授|运维|测试|产品|主任|专家|技术员|站长|队长|部长|主席|干事|职员)");
  private static final Pattern TITLE_HEAD_EN =
      Pattern.compile(
          "(?i)\\b(?:engineer|developer|programmer|leader|lead|manager|director|architect|intern"
              + "|consultant|analyst|scientist|designer|specialist|officer|founder|cto|ceo|head|sre"
              + "|administrator|researcher|assistant|fellow|professor|lecturer|contributor|maintainer"
              + "|supervisor|coordinator|executive|associate|technician|tester|pmc)\\b(?:\\s+(?:I{1,3}|IV|V|\\d(?:\\.\\d)?)\\b)?");
  private static final Pattern ORG_EN =
      Pattern.compile(
          "(?i)(?:\\b(?:inc|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|s\\.a|bv|pty"
              + "|group|holdings|technologies|technology|labs|lab|laboratory|systems|solutions|software"
              + "|studio|studios|networks|bank|capital|partners|ventures|consulting|agency|foundation"
              + "|institute|university|college|school|academy|hospital|center|centre|department|ministry"
              + "|government|council|association|society|cloud|games|media|interactive|branch)\\b\\.?)");
  private static final Pattern ORG_ZH =
      Pattern.compile(
          "(?:公司|集团|有限|科技|网络|银行|研究院|研究所|大学|学院|学校|医院|中心|工作室|事务所|分公司|实验室|基金会|协会|政府|部门|股份|控股|互联|游戏|软件|信息|技术)");
  private static final Pattern SCHOOL =
      Pattern.compile(
          "(?i)(?:\\b(?:university|universit[éy]|universität|universidad|università|college|institute|school"
              + "|academy|polytechnic|conservatory|seminary|école|ecole|hochschule|gymnasium|lycée|iit|mit)\\b"
              + "|大学|学院|学校|中学|高中|研究院|研究所|职业技术|党校|科学院)");

  // What goes between and around the words: word chars, marks, surrogates, case traps, Han.
  private static final String[] GLUE = {
    "",
    "",
    "",
    " ",
    " ",
    "  ",
    "-",
    "_",
    ".",
    ",",
    "/",
    "|",
    "(",
    ")",
    ":",
    "'",
    "0",
    "9",
    "x",
    "X",
    "é",
    "É",
    "ü",
    "à",
    "\u0301",
    "\u0300",
    "\u20DD",
    "\u0903",
    "\u200D",
    "\uD835\uDC00",
    "\uD834\uDD67",
    "\uD800",
    "\uDC00",
    "\u212A",
    "\u017F",
    "\u0131",
    "\u0130",
    "ß",
    "中",
    "工",
    "公",
    "\t",
    "\u00A0",
    "\u3000",
    "Ⅳ",
    "٣",
    "_\u0301",
    "1\u0301",
    "\uD835\uDC00\u0301",
    "ᴬ"
  };

  @Test
  void answersAsTheRegexesOverTheCorpus() {
    assumeRegexesAreTheReference();
    for (String line : CorpusLines.all()) {
      assertSameAnswers(line);
    }
  }

  @Test
  void answersAsTheRegexesOverGeneratedText() {
    assumeRegexesAreTheReference();
    List<String> words = new ArrayList<>();
    for (Pattern p : List.of(TITLE_EN, TITLE_ZH, ORG_EN, ORG_ZH, SCHOOL)) {
      for (String w :
          p.pattern().replaceAll("\\(\\?i\\)|\\(\\?:|\\\\b|\\)|\\\\\\.\\?", "").split("\\|")) {
        String word = w.replace("\\.", ".").replace("[éy]", "é");
        words.add(word);
        words.add(word.toUpperCase(Locale.ROOT));
        words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        if (word.length() > 2) {
          words.add(word.substring(0, word.length() - 1));
          words.add(word.substring(1));
          words.add(
              word.substring(0, word.length() / 2) + "\u0301" + word.substring(word.length() / 2));
        }
      }
    }
    words.add("universitY");
    words.add("UNIVERSITÉ");
    words.add("\u212Aing");
    words.add("co\u2011founder");
    Random random = new Random(5);
    for (int n = 0; n < 150_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      sb.append(GLUE[random.nextInt(GLUE.length)]);
      for (int p = 0; p < parts; p++) {
        sb.append(words.get(random.nextInt(words.size())));
        sb.append(GLUE[random.nextInt(GLUE.length)]);
      }
      assertSameAnswers(sb.toString());
    }
  }

  @Test
  void answersAsTheRegexesAroundEveryCodePoint() {
    assumeRegexesAreTheReference();
    CodePoints.bmpAndSupplementarySample()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              assertSameAnswers(
                  c + "lead" + c + "lab " + c + "Ltd" + c + " " + c + "mit" + c + "\u0301");
            });
  }

  @Test
  void readsWholeWordsInAnyAsciiCase() {
    assertThat(Vocabulary.hasTitleWord("Senior ENGINEER")).isTrue();
    assertThat(Vocabulary.hasTitleWord("Co-Founder & CTO")).isTrue();
    assertThat(Vocabulary.hasTitleWord("Engineering")).isFalse();
    assertThat(Vocabulary.hasTitleWord("高级工程师")).isTrue();
    assertThat(Vocabulary.hasOrgWord("Acme S.A.")).isTrue();
    assertThat(Vocabulary.hasOrgWord("Acme_Inc")).isFalse();
    assertThat(Vocabulary.hasSchoolWord("Université de Montréal")).isTrue();
    assertThat(Vocabulary.hasSchoolWord("UNIVERSITÉ")).isFalse();
    assertThat(Vocabulary.hasSchoolWord("北京大学")).isTrue();
  }

  @Test
  void refusesWordsTheBoundaryTestCannotHandle() {
    assertThatThrownBy(() -> WordTrie.wholeWords("c++"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordTrie.wholeWords("Upper"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordTrie.anywhere("")).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assumeRegexesAreTheReference() {
    assumeTrue(
        Runtime.version().feature() < 19, "this JDK's \\b is not Java 17's, which the tries copy");
  }

  private static void assertSameAnswers(String text) {
    boolean title = TITLE_EN.matcher(text).find() || TITLE_ZH.matcher(text).find();
    boolean org = ORG_EN.matcher(text).find() || ORG_ZH.matcher(text).find();
    boolean school = SCHOOL.matcher(text).find();
    if (Vocabulary.hasTitleWord(text) != title
        || Vocabulary.hasOrgWord(text) != org
        || Vocabulary.hasSchoolWord(text) != school
        || Vocabulary.endOfTitle(text) != endOfTitle(text)) {
      assertThat(
              List.of(
                  Vocabulary.hasTitleWord(text),
                  Vocabulary.hasOrgWord(text),
                  Vocabulary.hasSchoolWord(text),
                  Vocabulary.endOfTitle(text)))
          .as(text)
          .isEqualTo(List.of(title, org, school, endOfTitle(text)));
    }
  }

  private static int endOfTitle(String text) {
    var m = TITLE_HEAD_EN.matcher(text);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    var z = TITLE_ZH.matcher(text);
    while (z.find()) {
      end = Math.max(end, z.end());
    }
    return end;
  }
}
