package dev.vitae.extractor.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.model.Basics;
import dev.vitae.extractor.model.Education;
import dev.vitae.extractor.model.Interest;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.model.Meta;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.model.Project;
import dev.vitae.extractor.model.Reference;
import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.ResumeJson;
import dev.vitae.extractor.model.Skill;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.extractor.model.Work;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final Redactor REDACTOR = Redactor.personal();

  private static Resume resume(Basics basics, List<Work> work) {
    return resume(basics, work, List.of(), List.of(), List.of());
  }

  private static Resume resume(
      Basics basics,
      List<Work> work,
      List<Education> education,
      List<Project> projects,
      List<Reference> references) {
    VitaeMeta.SourceMeta source =
        new VitaeMeta.SourceMeta(
            "in/Marisol_Okonkwo-Reyes_CV.pdf", "application/pdf", "ab12", 1, List.of("en"));
    return new Resume(
        basics,
        work,
        List.of(),
        education,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        references,
        projects,
        new Meta("v1.0.0", new VitaeMeta("vitae 0.1.0", source, List.of("w"))));
  }

  private static Basics basics(String name, String email, String phone, String summary) {
    return new Basics(
        name,
        "Backend Engineer",
        "https://img.example.org/me.jpg",
        email,
        phone,
        "https://marisol.dev",
        summary,
        new Location("12 Elm Street", "94110", "San Francisco", "US", "CA"),
        List.of(new Profile("GitHub", "mokreyes", "https://github.com/mokreyes")));
  }

  private static Work work(String... highlights) {
    return new Work(
        "Acme",
        null,
        null,
        "Engineer",
        "https://acme.example.com",
        null,
        null,
        null,
        List.of(highlights));
  }

  @Test
  void removesTheEnglishPersonFromEveryField() {
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics(
                    "Marisol Okonkwo-Reyes",
                    "marisol.okr@example.org",
                    "+14155550132",
                    "Marisol Okonkwo-Reyes (marisol.okr@example.org, (415) 555-0132) builds APIs;"
                        + " see github.com/mokreyes and https://marisol.dev/blog."),
                List.of(
                    work(
                        "Okonkwo-Reyes led the move to Go",
                        "Thanks from the CTO: great job, Marisol!",
                        "Call +1 415 555 0132 for details"))));
    String json = ResumeJson.write(redacted);

    assertThat(json)
        .doesNotContain("Marisol")
        .doesNotContain("Okonkwo")
        .doesNotContain("example.org")
        .doesNotContain("555")
        .doesNotContain("mokreyes")
        .doesNotContain("marisol.dev")
        .doesNotContain("12 Elm")
        .doesNotContain("94110");
    Basics basics = redacted.basics();
    assertThat(basics.name()).isNull();
    assertThat(basics.email()).isNull();
    assertThat(basics.phone()).isNull();
    assertThat(basics.url()).isNull();
    assertThat(basics.image()).isNull();
    assertThat(basics.profiles()).isEmpty();
    assertThat(basics.summary())
        .isEqualTo("[name] ([email], [phone]) builds APIs; see [url] and [url].");
    assertThat(redacted.work().get(0).highlights())
        .containsExactly(
            "[name] led the move to Go",
            "Thanks from the CTO: great job, [name]!",
            "Call [phone] for details");
    assertThat(redacted.work().get(0).url()).isEqualTo("https://acme.example.com");
    assertThat(redacted.meta().vitae().source().file()).isEqualTo("in/[name]_CV.pdf");
  }

  @Test
  void findsTheNameTheEmailSpellsWhenTheExtractorTookAHandle() {
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics(
                    "acastro",
                    "andres.castro.araujo@example.edu",
                    "+14155550132",
                    "Papers by Sergio Chaparro & Andrés Castro-Araújo; ANDRES CASTRO ARAUJO (2020)."),
                List.of()));

    assertThat(redacted.basics().summary())
        .isEqualTo("Papers by Sergio Chaparro & [name]; [name] (2020).");
  }

  @Test
  void findsTheNameAHandleAbbreviatesInTheText() {
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics("emarchetti", "emarchetti@example.edu", null, "Directs the Sleep Lab."),
                List.of(work("Elena Marchetti", "Co-taught with Paolo Rossi"))));

    assertThat(redacted.work().get(0).highlights())
        .containsExactly("[name]", "Co-taught with Paolo Rossi");
  }

  @Test
  void aNumberWithACountryPrefixIsAPhoneEvenInAReservedRange() {
    assertThat(summary("LS6 2AB +447700900418 Enthusiastic teacher, 2019-2021."))
        .isEqualTo("LS6 2AB [phone] Enthusiastic teacher, 2019-2021.");
  }

  @Test
  void keepsCityLevelLocation() {
    Resume redacted =
        REDACTOR.redact(resume(basics("Ann Lee", "a@b.co", "+14155550132", null), List.of()));

    assertThat(redacted.basics().location())
        .isEqualTo(new Location(null, null, "San Francisco", "US", "CA"));
    assertThat(redacted.basics().label()).isEqualTo("Backend Engineer");
  }

  @Test
  void countsWhatWasRemovedByKindNeverTheValues() {
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics("Marisol Okonkwo-Reyes", "m@example.org", "+14155550132", "Gender: Female"),
                List.of(work("Marisol shipped it", "mail m@example.org"))));
    Map<String, Integer> counts = redacted.meta().vitae().redactions();

    assertThat(counts.keySet())
        .containsExactlyElementsOf(REDACTOR.kinds().stream().map(RedactionKind::key).toList())
        .doesNotContain("school");
    assertThat(counts)
        .containsEntry("name", 2)
        .containsEntry("email", 2)
        .containsEntry("phone", 1)
        .containsEntry("url", 1)
        .containsEntry("profile", 1)
        .containsEntry("picture", 1)
        .containsEntry("address", 1)
        .containsEntry("gender", 1)
        .containsEntry("birthDate", 0);
    assertThat(ResumeJson.write(redacted))
        .contains("\"redactions\":{\"name\":2,\"email\":2,\"phone\":1,");
    assertThat(redacted.basics().summary()).isNull();
  }

  @Test
  void removesLabelledAttributesInEnglishProse() {
    assertThat(
            summary(
                "Date of birth: 1990-01-01 | Gender: Female | Marital status: married |"
                    + " Nationality: Kenyan | Backend engineer with 8 years of Go."))
        .isEqualTo("Backend engineer with 8 years of Go.");
    assertThat(summary("Name: Ann Lee Gender: Male Age: 34 Languages: English"))
        .isEqualTo("Name: [name] Languages: English");
    assertThat(summary("Born in 1988 in Lagos, I moved to Berlin in 2015."))
        .isEqualTo("in Lagos, I moved to Berlin in 2015.");
    assertThat(summary("DOB: January 5, 1991; Religion: none; Ethnicity: Asian; Height: 170 cm"))
        .isNull();
    assertThat(summary("Female, 29 years old, Married")).isNull();
    assertThat(summary("Born and raised in Lagos, Nigeria; now in Berlin."))
        .isEqualTo("now in Berlin.");
    assertThat(summary("Born on 5 May 1990. Engineer.")).isEqualTo("Engineer.");
  }

  @Test
  void leavesOrdinaryProseAlone() {
    String prose =
        "Analysed customer age: 25-34 segments; built single sign-on for 2018-2021 users;"
            + " grew revenue 30% in 2019.";
    assertThat(summary(prose)).isEqualTo(prose);
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics("Will Rose", "a@b.co", "+14155550132", null),
                List.of(work("Revenue rose as it will", "Filed 2019-2021 reports", "Will Rose"))));
    // A name part in lower case is a word: only the name as a name is removed.
    assertThat(redacted.work().get(0).highlights())
        .containsExactly("Revenue rose as it will", "Filed 2019-2021 reports", "[name]");
  }

  @Test
  void removesTheChinesePersonWithAndWithoutSpaces() {
    Resume redacted =
        REDACTOR.redact(
            resume(
                new Basics(
                    "欧阳娜娜",
                    "后端工程师",
                    null,
                    "nana@example.cn",
                    "+8613800138000",
                    null,
                    "欧阳 娜娜，五年后端开发经验，电话 138 0013 8000，邮箱 nana@example.cn",
                    new Location("长沙市岳麓区麓山南路1号", null, "长沙", "CN", "湖南"),
                    List.of(new Profile("WeChat", "nana_ouyang", null))),
                List.of(work("娜娜负责支付系统重构", "微信 nana_ouyang 联系"))));
    String json = ResumeJson.write(redacted);

    assertThat(json)
        .doesNotContain("欧阳")
        .doesNotContain("娜娜")
        .doesNotContain("13800138000")
        .doesNotContain("0013")
        .doesNotContain("nana")
        .doesNotContain("麓山");
    assertThat(redacted.basics().summary()).isEqualTo("[name]，五年后端开发经验，电话 [phone]，邮箱 [email]");
    assertThat(redacted.work().get(0).highlights())
        .containsExactly("[name]负责支付系统重构", "微信 [profile] 联系");
    assertThat(redacted.basics().location().city()).isEqualTo("长沙");
  }

  @Test
  void removesChineseAttributesLabelledAndBare() {
    assertThat(
            summary("性别：女，出生日期：1995年6月，民族：汉，籍贯：湖南长沙，政治面貌：中共党员，婚姻状况：未婚，" + "国籍：中国，年龄：28岁。五年后端开发经验"))
        .isEqualTo("。五年后端开发经验".substring(1));
    assertThat(summary("男 | 25岁 | 汉族 | 群众 | 本科 | 计算机科学")).isEqualTo("本科 | 计算机科学");
    assertThat(summary("1995年5月出生，身高：175cm，体重：60kg，身份证号：110101199505051234")).isNull();
    assertThat(summary("毕业于中央民族大学，熟悉 Java")).isEqualTo("毕业于中央民族大学，熟悉 Java");
    assertThat(summary("出生于湖南长沙，现居上海")).isEqualTo("现居上海");
    assertThat(summary("性别 男 年龄 30 后端开发")).isEqualTo("后端开发");
  }

  @Test
  void dropsAGroupNamedByAnAttribute() {
    Resume resume =
        new Resume(
            new Basics("邓书山", null, null, "dengshushan@qq.com", null, null, null, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new Skill("籍贯", null, List.of("重庆")),
                new Skill("博客", null, List.of("dengshushan.com", "jsfiddle.net")),
                new Skill("Languages", null, List.of("Java"))),
            null,
            List.of(new Interest("Gender:", List.of("Female"))),
            null,
            null,
            null);
    Resume redacted = REDACTOR.redact(resume);

    assertThat(redacted.skills())
        .containsExactly(
            new Skill("博客", null, List.of("[url]", "jsfiddle.net")),
            new Skill("Languages", null, List.of("Java")));
    assertThat(redacted.interests()).isEmpty();
    assertThat(redacted.meta().vitae().redactions())
        .containsEntry("birthPlace", 1)
        .containsEntry("gender", 1);
  }

  @Test
  void findsUrlsGluedToChineseText() {
    assertThat(summary("正常简历请访问https://github.com/someone/resume，谢谢")).isEqualTo("正常简历请访问[url]，谢谢");
    assertThat(summary("秒杀系统（https://github.com/someone/Seckill）：商品秒杀系统"))
        .isEqualTo("秒杀系统（[url]）：商品秒杀系统");
  }

  @Test
  void aTemplateNameIsNotTakenWordByWord() {
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics("Your Name", "a@b.co", "+14155550132", "Your University, Your Name"),
                List.of()));
    assertThat(redacted.basics().summary()).isEqualTo("Your University, [name]");
  }

  @Test
  void removesSchoolsOnlyWhenAsked() {
    Education education =
        new Education(
            "Peking University",
            "https://pku.edu.cn",
            "CS",
            "Bachelor",
            null,
            null,
            null,
            List.of());
    Resume resume =
        resume(
            basics("Ann Lee", "a@b.co", "+14155550132", "Graduated from PEKING  UNIVERSITY."),
            List.of(),
            List.of(education),
            List.of(),
            List.of());

    Resume kept = REDACTOR.redact(resume);
    assertThat(kept.education().get(0).institution()).isEqualTo("Peking University");
    assertThat(kept.basics().summary()).isEqualTo("Graduated from PEKING UNIVERSITY.");

    Resume removed = REDACTOR.withSchools().redact(resume);
    assertThat(removed.education().get(0).institution()).isNull();
    assertThat(removed.education().get(0).url()).isNull();
    assertThat(removed.education().get(0).area()).isEqualTo("CS");
    assertThat(removed.basics().summary()).isEqualTo("Graduated from [school].");
    assertThat(removed.meta().vitae().redactions()).containsEntry("school", 2);
  }

  @Test
  void removesRefereesAndLinksToThePerson() {
    Project own =
        new Project(
            "Tool",
            "By Marisol",
            List.of(),
            List.of(),
            null,
            null,
            "https://github.com/mokreyes/tool",
            List.of(),
            null,
            null);
    Project other =
        new Project(
            "Docs",
            null,
            List.of(),
            List.of(),
            null,
            null,
            "https://docs.example.com",
            List.of(),
            null,
            null);
    Resume redacted =
        REDACTOR.redact(
            resume(
                basics("Marisol Okonkwo-Reyes", "m@example.org", "+14155550132", null),
                List.of(),
                List.of(),
                List.of(own, other),
                List.of(
                    new Reference("Dr. Jane Roe", "Marisol is a great engineer. jane@roe.org"),
                    new Reference("John Doe", null))));

    assertThat(redacted.projects().get(0).url()).isNull();
    assertThat(redacted.projects().get(0).description()).isEqualTo("By [name]");
    assertThat(redacted.projects().get(1).url()).isEqualTo("https://docs.example.com");
    assertThat(redacted.references())
        .containsExactly(new Reference(null, "[name] is a great engineer. [email]"));
    assertThat(redacted.meta().vitae().redactions()).containsEntry("referee", 2);
  }

  @Test
  void redactsAResumeWithoutBasicsOrMeta() {
    Resume bare =
        new Resume(
            null,
            List.of(work("Gender: Male")),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Resume redacted = REDACTOR.redact(bare);
    assertThat(redacted.work().get(0).highlights()).isEmpty();
    assertThat(redacted.meta().vitae().redactions()).containsEntry("gender", 1);
  }

  @Test
  void findsAPhoneAtTheEndOfALongText() {
    String filler = "Shipped features across the stack. ".repeat(200);
    assertThat(summary(filler + "Call (415) 555-0199 any time."))
        .endsWith("Call [phone] any time.")
        .hasSize(filler.length() + "Call [phone] any time.".length());
  }

  @Test
  void neverThrowsOnOddNamesAndText() {
    String[] odd = {
      "(.*)+$ \\Q[",
      "𝔄𝔫𝔫 𝔏𝔢𝔢",
      "a".repeat(5000),
      "张".repeat(300),
      "O'Brien-Ó Súilleabháin",
      "\u0000\uD800",
      "A B C D E F G H I J K L M N O P"
    };
    for (String name : odd) {
      for (String text : odd) {
        Resume redacted =
            REDACTOR
                .withSchools()
                .redact(resume(basics(name, name + "@x.io", name, text), List.of(work(text))));
        assertThat(ResumeJson.write(redacted)).doesNotContain("\"name\":\"" + name);
      }
    }
  }

  private static String summary(String text) {
    return REDACTOR
        .redact(resume(basics("Ann Lee", "a@b.co", "+14155550132", text), List.of()))
        .basics()
        .summary();
  }
}
