package dev.vitae.extractor.basics;

import static dev.vitae.extractor.basics.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.Slot;
import dev.vitae.extractor.model.Location;
import dev.vitae.extractor.model.Profile;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Link;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicsExtractorTest {

  private static String value(Optional<Drafted<String>> drafted) {
    return drafted.map(Drafted::value).orElse(null);
  }

  private static List<Profile> profiles(ResumeDraft draft) {
    return draft.profiles().stream().map(Drafted::value).toList();
  }

  @Test
  void declaresSlots() {
    BasicsExtractor stage = new BasicsExtractor();
    assertThat(stage.requires()).containsExactlyInAnyOrder(Slot.SECTIONS, Slot.DOCUMENT_LANGUAGE);
    assertThat(stage.provides()).containsExactlyInAnyOrder(Slot.BASICS, Slot.PROFILES);
  }

  @Test
  void readsLatinNameAndTitleFromHeader() {
    ResumeDraft draft =
        doc()
            .line("Amelia Ortiz")
            .line("Staff Platform Engineer")
            .line("amelia.ortiz@example.com")
            .extract();
    assertThat(value(draft.name())).isEqualTo("Amelia Ortiz");
    assertThat(value(draft.label())).isEqualTo("Staff Platform Engineer");
    assertThat(value(draft.email())).isEqualTo("amelia.ortiz@example.com");
  }

  @Test
  void readsTheNameBeforeATitleOnOneHeading() {
    ResumeDraft draft =
        doc()
            .title("Marguerite Okafor, Senior Staff Nurse (Paediatrics)")
            .line("m.okafor@example.org")
            .extract();
    assertThat(value(draft.name())).isEqualTo("Marguerite Okafor");
  }

  @Test
  void aCommaBeforeAnythingButATitleIsNoNameCut() {
    ResumeDraft draft =
        doc().title("Bristol, Bath and Wells").line("m.okafor@example.org").extract();
    assertThat(value(draft.name())).isEqualTo("m.okafor");
  }

  @Test
  void aSidebarReadFirstLeavesTheNameInTheTopHeadingFurtherDown() {
    ResumeDraft draft =
        doc()
            .section(SectionKind.CONTACT, "CONTACT")
            .line("Email: t.ngata@example.nz")
            .section(SectionKind.LANGUAGES, "LANGUAGES")
            .line("English — Native")
            .topHeading("Tama Ngata")
            .line("Civil Engineering Graduate")
            .extract();
    assertThat(value(draft.name())).isEqualTo("Tama Ngata");
  }

  @Test
  void readsChineseNameTitleAndPhone() {
    ResumeDraft draft =
        doc().region("CN").line("李思远").line("高级后端工程师").line("电话：139 1234 5678").extract();
    assertThat(value(draft.name())).isEqualTo("李思远");
    assertThat(value(draft.label())).isEqualTo("高级后端工程师");
    assertThat(value(draft.phone())).isEqualTo("+8613912345678");
  }

  @Test
  void nameLabelWinsOverHeaderLines() {
    ResumeDraft draft =
        doc().line("个人简历").section(SectionKind.CONTACT, "基本信息").item("姓名：欧阳娜娜 性别：女").extract();
    assertThat(value(draft.name())).isEqualTo("欧阳娜娜");
  }

  @Test
  void readsNameFromEnglishTitleHeading() {
    assertThat(
            value(doc().title("Resume of Carla Mendes").line("carla@example.net").extract().name()))
        .isEqualTo("Carla Mendes");
    assertThat(value(doc().title("Tom Baker's CV").extract().name())).isEqualTo("Tom Baker");
  }

  @Test
  void readsNameFromChineseTitleHeading() {
    assertThat(value(doc().title("陈静怡的个人简历").extract().name())).isEqualTo("陈静怡");
  }

  @Test
  void aboutHandleIsNameOnlyWhenNothingBetter() {
    ResumeDraft handleOnly =
        doc().section(SectionKind.SUMMARY, "About kz_dev").line("I build compilers.").extract();
    assertThat(value(handleOnly.name())).isEqualTo("kz_dev");

    ResumeDraft withName =
        doc()
            .section(SectionKind.SUMMARY, "About kz_dev")
            .item("Kenji Sato")
            .item("Email: k@example.jp")
            .extract();
    assertThat(value(withName.name())).isEqualTo("Kenji Sato");
  }

  @Test
  void bareNameItemInAboutSection() {
    ResumeDraft draft =
        doc().section(SectionKind.SUMMARY, "关于我").item("赵一鸣").item("工作年限: 5年").extract();
    assertThat(value(draft.name())).isEqualTo("赵一鸣");
  }

  @Test
  void githubUserIsFallbackName() {
    ResumeDraft draft = doc().line("Contact: https://github.com/nightowl42").extract();
    assertThat(value(draft.name())).isEqualTo("nightowl42");
  }

  @Test
  void warnsWhenNoNameAndNoEmail() {
    ResumeDraft draft = doc().line("Worked on storage for ten years.").extract();
    assertThat(draft.name()).isEmpty();
    assertThat(draft.warnings()).contains("no name found", "no email found");
  }

  @Test
  void sectionWordsAreNotNames() {
    ResumeDraft draft = doc().line("Curriculum Vitae").line("Work Experience").extract();
    assertThat(draft.name()).isEmpty();
  }

  @Test
  void nameBeforeSeparatedDetails() {
    assertThat(value(doc().line("宋佳琪 / 女 / 1996").extract().name())).isEqualTo("宋佳琪");
    assertThat(value(doc().line("Maya Chen (she/her)").extract().name())).isEqualTo("Maya Chen");
  }

  @Test
  void desiredPositionIsLabelButDesiredCityIsNoLocation() {
    ResumeDraft draft =
        doc()
            .section(SectionKind.SUMMARY, "About Me")
            .item("Noah Berg")
            .item("Desired Position: Site Reliability Engineer")
            .item("Desired City: Oslo")
            .extract();
    assertThat(value(draft.label())).isEqualTo("Site Reliability Engineer");
    assertThat(draft.location()).isEmpty();
  }

  @Test
  void chineseJobIntentIsLabel() {
    ResumeDraft draft = doc().line("周子涵").line("求职意向：数据分析师").line("期望城市：成都").extract();
    assertThat(value(draft.label())).isEqualTo("数据分析师");
    assertThat(draft.location()).isEmpty();
  }

  @Test
  void lineWithoutRoleWordIsNoLabel() {
    ResumeDraft draft = doc().line("Priya Nair").line("Lifelong learner and cyclist").extract();
    assertThat(draft.label()).isEmpty();
  }

  @Test
  void emailIsLowerCasedAndFoundInFooter() {
    ResumeDraft draft =
        doc()
            .line("Owen Price")
            .section(SectionKind.WORK, "Experience")
            .line("Built billing at Acme, see https://acme.example.com")
            .line("Owen.Price@Example.COM • +1 (646) 555-0143 • owenprice.dev")
            .extract();
    assertThat(value(draft.email())).isEqualTo("owen.price@example.com");
    assertThat(value(draft.phone())).isEqualTo("+16465550143");
    assertThat(value(draft.url())).isEqualTo("https://owenprice.dev");
  }

  @Test
  void aLinkWithoutSchemeGivesASiteWithOne() {
    // PDF producers write link targets as typed: "blog.example.cn", no scheme.
    ResumeDraft draft =
        doc()
            .region("CN")
            .line("林若溪")
            .line("年龄：24 | 博客：ruoxi.example.cn", new Link("ruoxi.example.cn", "ruoxi.example.cn"))
            .extract();
    assertThat(value(draft.url())).isEqualTo("https://ruoxi.example.cn");
  }

  @Test
  void projectLinksOutsideContactsAreIgnored() {
    ResumeDraft draft =
        doc()
            .line("Ivy Moss")
            .line("ivy@example.org")
            .section(SectionKind.PROJECTS, "Projects")
            .item("fastqueue", new Link("fastqueue", "https://github.com/ivymoss/fastqueue"))
            .item("https://github.com/some-org")
            .extract();
    assertThat(draft.profiles()).isEmpty();
    assertThat(draft.url()).isEmpty();
  }

  @Test
  void labelledQqIsNotAPhone() {
    ResumeDraft draft =
        doc().region("CN").line("邓子轩").line("QQ：2748753581 | 邮箱：dzx@example.cn").extract();
    assertThat(draft.phone()).isEmpty();
    assertThat(value(draft.email())).isEqualTo("dzx@example.cn");
  }

  @Test
  void gluedChineseLabelsAreSplit() {
    ResumeDraft draft = doc().region("CN").line("邮箱：hx@example.cn手机号码：13026170000").extract();
    assertThat(value(draft.email())).isEqualTo("hx@example.cn");
    assertThat(value(draft.phone())).isEqualTo("+8613026170000");
  }

  @Test
  void labelledUnreadablePhoneIsKeptAsWritten() {
    ResumeDraft draft = doc().line("Zoe Hart").line("Phone: 000-00-0000").extract();
    assertThat(value(draft.phone())).isEqualTo("000-00-0000");
  }

  @Test
  void datesInHeaderAreNotPhones() {
    ResumeDraft draft = doc().region("CN").line("许文博").line("2019.09-2023.06 某某大学").extract();
    assertThat(draft.phone()).isEmpty();
  }

  @Test
  void profilesFromLinksAndLabelsInOrderWithoutDuplicates() {
    ResumeDraft draft =
        doc()
            .line("Leo Park")
            .line(
                "GitHub: leopk | LinkedIn: linkedin.com/in/leo-park | Twitter: @leo_codes",
                new Link("leopk", "https://github.com/leopk"))
            .line("github.com/leopk")
            .extract();
    assertThat(profiles(draft))
        .containsExactly(
            new Profile("GitHub", "leopk", "https://github.com/leopk"),
            new Profile("LinkedIn", "leo-park", "https://linkedin.com/in/leo-park"),
            new Profile("Twitter", "leo_codes", null));
  }

  @Test
  void wechatHandleFromLabelAndFromBase64Command() {
    assertThat(profiles(doc().line("微信：mint_tea88").extract()))
        .containsExactly(new Profile("WeChat", "mint_tea88", null));
    // "mint_tea88" in base64.
    ResumeDraft prose =
        doc()
            .section(SectionKind.SUMMARY, "About me")
            .para(
                "Write to me at m@example.org or add my WeChat echo -n 'bWludF90ZWE4OA==' | base64 -d.")
            .extract();
    assertThat(profiles(prose)).containsExactly(new Profile("WeChat", "mint_tea88", null));
  }

  @Test
  void personalSiteIsUrlAndSecondBlogIsProfile() {
    ResumeDraft draft =
        doc()
            .line("韩梅")
            .line(
                "主页：Home | 技术博客：TechNotes",
                new Link("Home", "https://hanmei.example.io/"),
                new Link("TechNotes", "https://notes.example.io/"))
            .extract();
    assertThat(value(draft.url())).isEqualTo("https://hanmei.example.io/");
    assertThat(profiles(draft))
        .containsExactly(new Profile("Blog", "TechNotes", "https://notes.example.io/"));
  }

  @Test
  void summaryFromHeaderParagraphJoinsLines() {
    ResumeDraft draft =
        doc()
            .line("Rosa Diaz")
            .line("rosa@example.com")
            .para("Backend engineer with eight years of experience building payment")
            .line("and ledger systems for banks and marketplaces.")
            .section(SectionKind.WORK, "Experience")
            .extract();
    assertThat(value(draft.summary()))
        .isEqualTo(
            "Backend engineer with eight years of experience building payment and ledger systems for banks and marketplaces.");
  }

  @Test
  void chineseSummaryLinesJoinWithoutSpace() {
    ResumeDraft draft =
        doc()
            .section(SectionKind.SUMMARY, "自我评价")
            .para("五年后端开发经验，熟悉分布式系统与数据库调优，")
            .line("善于沟通，能够带领小团队按时交付项目。")
            .extract();
    assertThat(value(draft.summary())).isEqualTo("五年后端开发经验，熟悉分布式系统与数据库调优，善于沟通，能够带领小团队按时交付项目。");
  }

  @Test
  void summaryStopsAtFirstSubheadingAndSkipsDecoration() {
    ResumeDraft draft =
        doc()
            .section(SectionKind.SUMMARY, "About nova")
            .para("ðŸ’»")
            .para("Since 2015 I have been writing compilers and tooling:")
            .subheading("2015-2019 Compiler Co")
            .para("Wrote the register allocator for the new backend and its test suite.")
            .extract();
    assertThat(value(draft.summary()))
        .isEqualTo("Since 2015 I have been writing compilers and tooling:");
  }

  @Test
  void summaryFallsBackToAchievementBullets() {
    ResumeDraft draft =
        doc()
            .section(SectionKind.ACHIEVEMENTS, "Key Achievements")
            .item("Scaling: moved the queue to Kafka and cut latency in half.")
            .item("o Mentoring: coached four engineers to senior level.")
            .extract();
    assertThat(value(draft.summary()))
        .isEqualTo(
            "Scaling: moved the queue to Kafka and cut latency in half. Mentoring: coached four engineers to senior level.");
  }

  @Test
  void keyValueItemsInAboutSectionAreNoSummary() {
    ResumeDraft draft =
        doc()
            .section(SectionKind.SUMMARY, "About Me")
            .item("Ana Lima")
            .item("Years Of Experience: 9 years")
            .item("Current Status: Employed")
            .extract();
    assertThat(draft.summary()).isEmpty();
  }

  @Test
  void locationWithARegionWrittenOutAndAPostcode() {
    ResumeDraft draft =
        doc()
            .line("Amelia Hart")
            .line("amelia.hart@example.org | Bristol, Avon BS8 1TH, United Kingdom")
            .extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, "BS8 1TH", "Bristol", "GB", "Avon"));
    ResumeDraft second =
        doc().line("Lukas Brandt").line("80331 München, Bayern, Germany").extract();
    assertThat(second.location().map(Drafted::value))
        .contains(new Location(null, "80331", "München", "DE", "Bayern"));
  }

  @Test
  void aStreetBeforeCityAndRegionIsTheAddress() {
    ResumeDraft draft =
        doc().line("Amelia Hart").line("12 Park Row, Bristol, Avon, United Kingdom").extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location("12 Park Row", null, "Bristol", "GB", "Avon"));
  }

  @Test
  void aChineseProvinceAndCityInTheHeaderAreTheLocation() {
    ResumeDraft draft = doc().line("王小明").line("wang@example.cn · 138 0013 8000 · 湖北 武汉").extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, null, "武汉", null, "湖北"));
    ResumeDraft reversed = doc().line("李娜").line("杭州市, 浙江省").extract();
    assertThat(reversed.location().map(Drafted::value))
        .contains(new Location(null, null, "杭州市", null, "浙江省"));
  }

  @Test
  void aChineseSchoolOrCompanyIsNoLocation() {
    assertThat(doc().line("王小明").line("浙江 大学 · 2019").extract().location()).isEmpty();
    assertThat(doc().line("王小明").line("字节跳动 · 北京科技有限公司").extract().location()).isEmpty();
  }

  @Test
  void locationFromLabel() {
    ResumeDraft draft = doc().line("Ben Cole").line("Location: Denver, CO").extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, null, "Denver", null, "CO"));
  }

  @Test
  void locationFromHeaderSegmentWithCountry() {
    ResumeDraft draft = doc().line("Mia Jensen").line("mia@example.dk | Aarhus, Denmark").extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, null, "Aarhus", "DK", null));
  }

  @Test
  void chineseLocationFromLabel() {
    ResumeDraft draft = doc().line("马晓东").line("现居：浙江省杭州市").extract();
    assertThat(draft.location().map(Drafted::value).map(Location::city)).contains("杭州市");
  }

  @Test
  void basedInPhrase() {
    ResumeDraft draft = doc().line("Eli Ross").para("Based in Lisbon, Portugal").extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, null, "Lisbon", "PT", null));
  }

  @Test
  void footerCityAfterContactLine() {
    ResumeDraft draft =
        doc()
            .line("Gus Hale")
            .section(SectionKind.EDUCATION, "Education")
            .line("State University, Columbus, OH")
            .line("gus@example.com • (614) 555-0199")
            .line("Columbus, OH USA")
            .extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location(null, null, "Columbus", "US", "OH"));
    assertThat(value(draft.phone())).isEqualTo("+16145550199");
  }

  @Test
  void addressLabelAndLocationLabelCombine() {
    ResumeDraft draft =
        doc()
            .line("Ines Vidal")
            .line("location: Tucson, AZ")
            .line("address: 12 Elm Street, 85701")
            .extract();
    assertThat(draft.location().map(Drafted::value))
        .contains(new Location("12 Elm Street, 85701", null, "Tucson", null, "AZ"));
  }

  @Test
  void workLocationsAreNeverRead() {
    ResumeDraft draft =
        doc()
            .line("Ada Quinn")
            .section(SectionKind.WORK, "Experience")
            .line("Acme Corp | Austin, TX")
            .extract();
    assertThat(draft.location()).isEmpty();
  }

  @Test
  void withoutSectionsReadsTopLinesAsHeader() {
    List<Line> lines =
        List.of(
            new Line(0, 1, "Hana Kim", LineStyle.PLAIN),
            new Line(1, 1, "hana@example.kr", LineStyle.PLAIN));
    TextDocument doc = new TextDocument(Source.named("t", "text/plain"), 1, lines, List.of());
    ResumeDraft draft = new ResumeDraft();
    new BasicsExtractor().extract(doc, draft);
    assertThat(value(draft.name())).isEqualTo("Hana Kim");
    assertThat(value(draft.email())).isEqualTo("hana@example.kr");
  }

  @Test
  void hostileLineDoesNotThrow() {
    String junk = ":：@|".repeat(5000) + "http://" + "a.".repeat(3000) + "Ω\uFFFD".repeat(1000);
    assertThatCode(() -> doc().line(junk).item(junk).extract()).doesNotThrowAnyException();
  }

  @Test
  void emptyDocumentGivesNothingAndDoesNotThrow() {
    ResumeDraft draft = doc().extract();
    assertThat(draft.name()).isEmpty();
    assertThat(draft.summary()).isEmpty();
    assertThat(draft.profiles()).isEmpty();
  }
}
