package dev.vitae.extractor.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Work;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkExtractorTest {
  private static List<Work> work(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new WorkExtractor().extract(doc, draft);
    return draft.work().stream().map(Drafted::value).toList();
  }

  @Test
  void readsEntriesTitledByListItemsAboveTheirPeriods() {
    // A timeline: each entry's title is a list item (a dot), its period the line right under it.
    List<Work> w =
        work(
            "## Experience",
            "- Family Nurse Practitioner, Northfield Community Health Center",
            "Aug 2020 - Present | 6 years",
            "Provide primary care to a panel of about 1,400 patients.",
            "- Registered Nurse, Riverside General Hospital",
            "Jun 2012 - Jul 2020 | 8 years",
            "Triaged and treated adult and pediatric patients.");

    assertThat(w).hasSize(2);
    assertThat(w.get(0).position()).isEqualTo("Family Nurse Practitioner");
    assertThat(w.get(0).startDate()).hasToString("2020-08");
    assertThat(w.get(1).position()).isEqualTo("Registered Nurse");
    assertThat(w.get(1).startDate()).hasToString("2012-06");
  }

  @Test
  void aListItemAboveAPeriodLineThatNamesItsEntryIsTheLastHighlightBefore() {
    List<Work> w =
        work(
            "## Experience",
            "Acme Catering, Head Cook 2018-05 - Present",
            "- Ran the hot kitchen and a team of six",
            "Riverside Diner, Cook 2013-03 - 2018-04",
            "- Cooked for three hundred covers a day");

    assertThat(w).hasSize(2);
    assertThat(w.get(0).highlights()).containsExactly("Ran the hot kitchen and a team of six");
    assertThat(w.get(1).name()).isEqualTo("Riverside Diner");
  }

  @Test
  void readsEmployerTitleCityHeadings() {
    List<Work> w =
        work(
            "## Experience",
            "### Globex Corporation, Staff Engineer, Seattle",
            "Jan 2019 - Present",
            "- Led the storage team",
            "- Cut costs by half");
    assertThat(w).hasSize(1);
    assertThat(w.get(0).name()).isEqualTo("Globex Corporation");
    assertThat(w.get(0).position()).isEqualTo("Staff Engineer");
    assertThat(w.get(0).location()).isEqualTo("Seattle");
    assertThat(w.get(0).startDate()).hasToString("2019-01");
    assertThat(w.get(0).endDate()).isNull();
    assertThat(w.get(0).highlights()).containsExactly("Led the storage team", "Cut costs by half");
  }

  @Test
  void aBareNameBesideTheDatesIsThePlaceWhenAnOrganizationLineFollowsTheTitle() {
    // A layout table: dates and city in the left cell, title and employer in the right one.
    List<Work> w =
        work(
            "## Experience",
            "Mar 2019 – Present",
            "Dundee",
            "### Staff Nurse (Band 5)",
            "Ninewells Hospital",
            "Cared for up to eight patients on an acute surgical ward.",
            "Sep 2016 – Feb 2019",
            "Perth",
            "### Healthcare Assistant",
            "Tayside Care Group",
            "Supported residents with daily living.");
    assertThat(w)
        .extracting(Work::name)
        .containsExactly("Ninewells Hospital", "Tayside Care Group");
    assertThat(w).extracting(Work::location).containsExactly("Dundee", "Perth");
    assertThat(w)
        .extracting(Work::position)
        .containsExactly("Staff Nurse (Band 5)", "Healthcare Assistant");
  }

  @Test
  void aBareEmployerNameStaysTheEmployerWhenNoOrganizationLineFollows() {
    List<Work> w =
        work(
            "## Experience",
            "### Globex | Staff Engineer",
            "Jan 2019 - Present",
            "Platform Team led through two migrations.",
            "- Led the storage team");
    assertThat(w.get(0).name()).isEqualTo("Globex");
    assertThat(w.get(0).location()).isNull();
  }

  @Test
  void anAmbiguousHeaderFollowsTheOrderOfTheOtherHeadersOfItsSection() {
    List<Work> w =
        work(
            "## Experience",
            "### Northwind Traders | Data Analyst",
            "Mar 2021 - Present",
            "- Built the sales dashboards",
            "### Contoso | Support Technician",
            "Jan 2019 - Feb 2021",
            "- Answered tickets",
            "### County Surveyor | Software Engineering Intern",
            "Jun 2018 - Aug 2018",
            "- Digitized plats");
    assertThat(w)
        .extracting(Work::name)
        .containsExactly("Northwind Traders", "Contoso", "County Surveyor");
    assertThat(w)
        .extracting(Work::position)
        .containsExactly("Data Analyst", "Support Technician", "Software Engineering Intern");
  }

  @Test
  void anAmbiguousHeaderKeepsItsReadingWhenTheSectionHasNoHabit() {
    List<Work> w =
        work(
            "## Experience",
            "### County Surveyor | Software Engineering Intern",
            "Jun 2018 - Aug 2018",
            "- Digitized plats",
            "### Data Analyst | Northwind Traders",
            "Mar 2021 - Present",
            "- Built the sales dashboards");
    assertThat(w).extracting(Work::position).containsExactly("County Surveyor", "Data Analyst");
  }

  @Test
  void readsAUnitOrRegionBetweenTitleAndEmployerAsPartOfTheTitle() {
    List<Work> w =
        work(
            "## Experience",
            "### Staff Pharmacist, Oncology Unit, Westbrook General Hospital · Apr 2019 – Present",
            "- Reviewed chemotherapy orders",
            "### Sales Lead, Nordics, Tallowmere Software · 2015 – 2019",
            "- Opened the Oslo office",
            "### Paralegal, Litigation Department, Crane & Osei LLP · 2012 – 2015",
            "### Analyst, Fernhill Capital, Leeds · 2010 – 2012",
            "### Engineer, Payments, Quillmark · 2008 – 2010");
    assertThat(w)
        .extracting(Work::position)
        .containsExactly(
            "Staff Pharmacist, Oncology Unit",
            "Sales Lead, Nordics",
            "Paralegal, Litigation Department",
            "Analyst",
            "Engineer");
    assertThat(w)
        .extracting(Work::name)
        .containsExactly(
            "Westbrook General Hospital",
            "Tallowmere Software",
            "Crane & Osei LLP",
            "Fernhill Capital",
            // Nothing says which of two plain names is the employer: the first stays.
            "Payments");
    assertThat(w.get(1).highlights()).containsExactly("Opened the Oslo office");
  }

  @Test
  void readsTheTitleOnTheRowUnderAnEmployerHeading() {
    List<Work> w =
        work(
            "## 工作经历",
            "### 云帆物流有限公司（2020.03 - 至今）",
            "运营经理",
            "主要职责",
            "- 管理华东区仓储团队",
            "### 白鹭咨询 战略分析师（2017.07 - 2020.02）",
            "- 撰写行业报告",
            "## Experience",
            "Marrow & Finch Ltd | 2012 – 2017",
            "Office Manager",
            "Kept the books for three partners.");
    assertThat(w).extracting(Work::name).containsExactly("云帆物流有限公司", "白鹭咨询", "Marrow & Finch Ltd");
    assertThat(w).extracting(Work::position).containsExactly("运营经理", "战略分析师", "Office Manager");
    // The label heads the duties; it is not one of them.
    assertThat(w.get(0).highlights()).containsExactly("管理华东区仓储团队");
    assertThat(w.get(0).summary()).isNull();
    assertThat(w.get(2).summary()).isEqualTo("Kept the books for three partners.");
  }

  @Test
  void aFirstBodyLineThatIsASentenceIsNotATitle() {
    List<Work> w =
        work(
            "EXPERIENCE",
            "Marrow & Finch Ltd | 2012 – 2017",
            "Assistant to the partners on every audit.",
            "- Kept the books");
    assertThat(w.get(0).position()).isNull();
    assertThat(w.get(0).summary()).isEqualTo("Assistant to the partners on every audit.");
  }

  @Test
  void readsTitleEmployerBarDatesOnOneLine() {
    List<Work> w =
        work(
            "EXPERIENCE",
            "Lead Data Scientist Initech | 2017 - 2020",
            "Built the pricing models.",
            "- Shipped forecasting");
    assertThat(w.get(0).position()).isEqualTo("Lead Data Scientist");
    assertThat(w.get(0).name()).isEqualTo("Initech");
    assertThat(w.get(0).summary()).isEqualTo("Built the pricing models.");
    assertThat(w.get(0).highlights()).containsExactly("Shipped forecasting");
    assertThat(w.get(0).endDate()).hasToString("2020");
  }

  @Test
  void readsTitleOnTheLineAboveEmployerAndDates() {
    List<Work> w =
        work(
            "EXPERIENCE",
            "Backend Developer",
            "",
            "Hooli | 2015 - 2017",
            "- wrote services",
            "",
            "Intern",
            "",
            "Pied Piper | 2014 - 2015",
            "- compressed things");
    assertThat(w).extracting(Work::name).containsExactly("Hooli", "Pied Piper");
    assertThat(w).extracting(Work::position).containsExactly("Backend Developer", "Intern");
    assertThat(w.get(0).highlights()).containsExactly("wrote services");
  }

  @Test
  void readsChineseEntries() {
    List<Work> w = work("工作经历", "高级工程师 某某科技有限公司 | 2018 - 至今", "负责支付系统的架构设计。", "- 主导了核心交易链路的重构");
    assertThat(w.get(0).position()).isEqualTo("高级工程师");
    assertThat(w.get(0).name()).isEqualTo("某某科技有限公司");
    assertThat(w.get(0).startDate()).hasToString("2018");
    assertThat(w.get(0).endDate()).isNull();
  }

  @Test
  void readsLabelledSubItems() {
    List<Work> w =
        work(
            "## Work History",
            "- Initrode (Berlin)",
            "  - Period: 2016.04 ~ 2018.09",
            "  - Title: QA Engineer",
            "  - Duties: Kept the release train running.",
            "  - Why I left: relocation");
    assertThat(w).hasSize(1);
    Work e = w.get(0);
    assertThat(e.name()).isEqualTo("Initrode");
    assertThat(e.location()).isEqualTo("Berlin");
    assertThat(e.position()).isEqualTo("QA Engineer");
    assertThat(e.startDate()).hasToString("2016-04");
    assertThat(e.endDate()).hasToString("2018-09");
    assertThat(e.summary()).isEqualTo("Kept the release train running.");
    assertThat(e.highlights()).containsExactly("Why I left: relocation");
  }

  @Test
  void parentheticalThatIsNotAPlaceIsTheDescription() {
    List<Work> w =
        work("## Experience", "- Vandelay (import/export startup)", "  - Position: Buyer");
    assertThat(w.get(0).name()).isEqualTo("Vandelay");
    assertThat(w.get(0).description()).isEqualTo("import/export startup");
  }

  @Test
  void readsAFlattenedDateColumn() {
    List<Work> w =
        work(
            "## Experience",
            "### Umbrella Corp, Research Engineer, Boston",
            "2012/03 Vaccine platform",
            "- 2014/08 Designed the assay pipeline",
            "- Automated reporting",
            "### Cyberdyne Inc., Engineer, Austin",
            "#### 2014/09 Robotics",
            "- now Built controllers");
    assertThat(w).hasSize(2);
    assertThat(w.get(0).startDate()).hasToString("2012-03");
    assertThat(w.get(0).endDate()).hasToString("2014-08");
    assertThat(w.get(0).summary()).isEqualTo("Vaccine platform");
    assertThat(w.get(0).highlights())
        .containsExactly("Designed the assay pipeline", "Automated reporting");
    assertThat(w.get(1).startDate()).hasToString("2014-09");
    assertThat(w.get(1).endDate()).isNull();
    assertThat(w.get(1).summary()).isEqualTo("Robotics");
    assertThat(w.get(1).highlights()).containsExactly("Built controllers");
  }

  @Test
  void keepsTheEmployerLinkAndDropsALeadingNote() {
    List<Work> w =
        work(
            "## Experience",
            "### 2016-2018 (part time) [Soylent](https://soylent.example)",
            "1. Made food");
    assertThat(w.get(0).name()).isEqualTo("Soylent");
    assertThat(w.get(0).url()).isEqualTo("https://soylent.example");
  }

  @Test
  void warnsWhenThereIsNoWork() {
    TextDocument doc = Docs.of("Jane", "## Skills", "- Go");
    ResumeDraft draft = Docs.draft(doc);
    new WorkExtractor().extract(doc, draft);
    assertThat(draft.warnings()).contains("no work section found");
  }

  @Test
  void splitsSeveralRolesUnderOneEmployerHeading() {
    List<Work> w =
        work(
            "## Experience",
            "### Vandelay Industries - Newark, NJ",
            "Sales Lead; 3/2015 — Present",
            "Ran the latex accounts.",
            "Junior Buyer; 6/2012 — 3/2015",
            "Bought import goods.");
    assertThat(w).extracting(Work::position).containsExactly("Sales Lead", "Junior Buyer");
    assertThat(w)
        .extracting(Work::name)
        .containsExactly("Vandelay Industries", "Vandelay Industries");
    assertThat(w).extracting(Work::location).containsExactly("Newark, NJ", "Newark, NJ");
    assertThat(w.get(1).startDate()).hasToString("2012-06");
    assertThat(w.get(1).summary()).isEqualTo("Bought import goods.");
  }

  @Test
  void readsTitleHeadingThenEmployerThenLabelledDateAndPlace() {
    List<Work> w =
        work(
            "## Experience",
            "### Chief Engineer",
            "Monsters Inc.",
            "Date: March 2001 – June 2004 Location: Portland, OR",
            "- Built the door vault");
    assertThat(w.get(0).position()).isEqualTo("Chief Engineer");
    assertThat(w.get(0).name()).isEqualTo("Monsters Inc.");
    assertThat(w.get(0).location()).isEqualTo("Portland, OR");
    assertThat(w.get(0).endDate()).hasToString("2004-06");
  }

  @Test
  void readsADatedShortHistoryRowInTheHeader() {
    List<Work> w = work("周明", "某某科技有限公司 / 高级工程师 / 2016.03至今", "## 技能", "- Go");
    assertThat(w).hasSize(1);
    assertThat(w.get(0).name()).isEqualTo("某某科技有限公司");
    assertThat(w.get(0).position()).isEqualTo("高级工程师");
    assertThat(w.get(0).startDate()).hasToString("2016-03");
  }

  @Test
  void joinsWrappedLinesOfAPagedDocument() {
    LineStyle body = new LineStyle(10, 1, false, 20, 0, 0, true, 0);
    TextDocument doc =
        new TextDocument(
            Source.named("a.pdf", "application/pdf"),
            1,
            List.of(
                new Line(0, 1, "EXPERIENCE", new LineStyle(14, 1.4f, true, 0, 1, 0, true, 0)),
                new Line(1, 1, "Initech, Analyst | 2010 - 2012", body),
                new Line(
                    2,
                    1,
                    "Built the TPS report pipeline that every team in the building used, and the",
                    body),
                new Line(3, 1, "cover sheet generator.", body.withBlockStart(false)),
                new Line(
                    4,
                    1,
                    "Kept the printers running on every floor of the office for many years in a row.",
                    body),
                new Line(5, 1, "Short line of its own.", body.withBlockStart(false)),
                new Line(6, 1, "Another short line.", body.withBlockStart(false))),
            List.of());
    ResumeDraft draft = Docs.draft(doc);
    new WorkExtractor().extract(doc, draft);
    assertThat(draft.work().get(0).value().summary())
        .startsWith(
            "Built the TPS report pipeline that every team in the building used, and the cover sheet generator.");
    assertThat(draft.work().get(0).value().summary())
        .contains("in a row. Short line of its own. Another");
  }

  @Test
  void takesTheNameLineUnderAPeriodLine() {
    List<Work> w =
        work(
            "## Work Experience",
            "2011-2014",
            "Data Engineer at Umbrella Health",
            "- Wrote the ETL",
            "2008-2011",
            "Analyst at Initrode",
            "- Made reports");
    assertThat(w).extracting(Work::name).containsExactly("Umbrella Health", "Initrode");
    assertThat(w).extracting(Work::position).containsExactly("Data Engineer", "Analyst");
    assertThat(w.get(1).startDate()).hasToString("2008");
  }

  @Test
  void readsRoleSemicolonEmployerAndTrailingPlace() {
    List<Work> w =
        work(
            "## Experience",
            "March 2018 - May 2019",
            "Data pipelines for [Acme Retail](https://acme.example); [Nimbus](https://nimbus.example) Berlin (DE)",
            "Built the ingestion layer.");
    assertThat(w.get(0).position()).isEqualTo("Data pipelines for Acme Retail");
    assertThat(w.get(0).name()).isEqualTo("Nimbus");
    assertThat(w.get(0).location()).isEqualTo("Berlin (DE)");
    assertThat(w.get(0).url()).isEqualTo("https://nimbus.example");
  }

  @Test
  void aPlaceAfterTheDateIsTheLocation() {
    List<Work> w =
        work(
            "EXPERIENCE",
            "",
            "INITECH | SENIOR ANALYST",
            "Feb 2010 - Mar 2012 | Austin, TX",
            "- Wrote reports");
    assertThat(w.get(0).location()).isEqualTo("Austin, TX");
    assertThat(w.get(0).summary()).isNull();
  }

  @Test
  void dropsTheTechListOnTheDateRow() {
    List<Work> w =
        work(
            "EXPERIENCE",
            "Hooli | BACKEND INTERN",
            "Jun 2019 – Aug 2019 | Palo Alto, CA | Go, gRPC",
            "- Sped up the search index",
            "Initech | ANALYST",
            "Jan 2018 – May 2019 | remote | Excel, SQL",
            "- Reports");
    assertThat(w).extracting(Work::name).containsExactly("Hooli", "Initech");
    assertThat(w).extracting(Work::location).containsExactly("Palo Alto, CA", "remote");
    assertThat(w).extracting(Work::summary).containsOnlyNulls();
  }

  @Test
  void aPeriodAboveEachHeadingOpensItsEntry() {
    List<Work> w =
        work(
            "## Employment",
            "",
            "Mar 2021 – Present",
            "Lisbon",
            "",
            "### Senior Pharmacist",
            "Ribeira Health Group",
            "Runs the hospital dispensary and trains four technicians.",
            "",
            "Jun 2016 – Feb 2021",
            "",
            "### Pharmacist",
            "Farmácia Central Ltd",
            "Community pharmacy work.");
    assertThat(w)
        .extracting(Work::position, Work::name, x -> String.valueOf(x.startDate()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Senior Pharmacist", "Ribeira Health Group", "2021-03"),
            org.assertj.core.groups.Tuple.tuple("Pharmacist", "Farmácia Central Ltd", "2016-06"));
    assertThat(w.get(0).location()).isEqualTo("Lisbon");
    assertThat(w.get(0).summary())
        .isEqualTo("Runs the hospital dispensary and trains four technicians.");
    assertThat(w.get(1).endDate()).hasToString("2021-02");
  }

  @Test
  void periodsUnderHeadingsStayWithTheirOwnEntry() {
    List<Work> w =
        work(
            "## Experience",
            "### Data Analyst",
            "Jan 2020 – Dec 2022",
            "Built the weekly sales dashboards.",
            "### Research Assistant",
            "2018 – 2019");
    assertThat(w)
        .extracting(Work::position, x -> String.valueOf(x.startDate()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Data Analyst", "2020-01"),
            org.assertj.core.groups.Tuple.tuple("Research Assistant", "2018"));
    assertThat(w.get(0).summary()).isEqualTo("Built the weekly sales dashboards.");
  }

  @Test
  void anOrganizationLineUnderATitleHeadingIsTheEmployer() {
    List<Work> w =
        work(
            "## 工作经历",
            "### 高级会计师 2019.07 - 至今",
            "华东建设集团",
            "负责集团合并报表。",
            "### Line Cook · 2015 – 2017",
            "Harbour Street Bistro Ltd",
            "Prepared the lunch menu for 80 covers.",
            "### Tutor · 2013 – 2014",
            "Worked evenings with first-year students.");
    assertThat(w)
        .extracting(Work::position, Work::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("高级会计师", "华东建设集团"),
            org.assertj.core.groups.Tuple.tuple("Line Cook", "Harbour Street Bistro Ltd"),
            org.assertj.core.groups.Tuple.tuple("Tutor", null));
    assertThat(w.get(2).summary()).isEqualTo("Worked evenings with first-year students.");
  }
}
