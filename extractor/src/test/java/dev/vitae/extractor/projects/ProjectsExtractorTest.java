package dev.vitae.extractor.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.Docs;
import dev.vitae.extractor.Drafted;
import dev.vitae.extractor.ResumeDraft;
import dev.vitae.extractor.model.Project;
import dev.vitae.parser.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectsExtractorTest {
  private static List<Project> projects(String... lines) {
    TextDocument doc = Docs.of(lines);
    ResumeDraft draft = Docs.draft(doc);
    new ProjectsExtractor().extract(doc, draft);
    return draft.projects().stream().map(Drafted::value).toList();
  }

  @Test
  void groupsProjectHeadingsUnderTheirOrganization() {
    List<Project> p =
        projects(
            "## Projects",
            "### Initech",
            "#### Billing rewrite",
            "- moved to Kafka",
            "#### Audit tool",
            "Internal compliance tool.",
            "- wrote it in Go",
            "### Hooli",
            "#### Nucleus",
            "- compression");
    assertThat(p)
        .extracting(Project::name)
        .containsExactly("Billing rewrite", "Audit tool", "Nucleus");
    assertThat(p).extracting(Project::entity).containsExactly("Initech", "Initech", "Hooli");
    assertThat(p.get(1).description()).isEqualTo("Internal compliance tool.");
    assertThat(p.get(1).highlights()).containsExactly("wrote it in Go");
  }

  @Test
  void listItemsWithNestedItemsAreProjectsOfTheHeading() {
    List<Project> p =
        projects(
            "## Projects",
            "### Globex",
            "- Search [Engine](https://e.example)",
            "  - ranking",
            "- Ads platform",
            "  - bidding");
    assertThat(p).extracting(Project::name).containsExactly("Search Engine", "Ads platform");
    assertThat(p.get(0).url()).isEqualTo("https://e.example");
    assertThat(p.get(0).entity()).isEqualTo("Globex");
  }

  @Test
  void aHeadingWithSentencesUnderItIsOneProject() {
    List<Project> p =
        projects(
            "## Projects",
            "### Scheduler",
            "- Designed the queue",
            "- Implementation:",
            "  - used raft",
            "- Tested it");
    assertThat(p).hasSize(1);
    assertThat(p.get(0).highlights())
        .containsExactly("Designed the queue", "Implementation:", "used raft", "Tested it");
  }

  @Test
  void readsLinkedListItems() {
    List<Project> p =
        projects(
            "## Open Source", "1. [zstd-rs](https://git.example/zstd) Fast compression bindings.");
    assertThat(p.get(0).name()).isEqualTo("zstd-rs");
    assertThat(p.get(0).url()).isEqualTo("https://git.example/zstd");
    assertThat(p.get(0).description()).isEqualTo("Fast compression bindings.");
  }

  @Test
  void readsTitleLinesWithRolesAndParagraphs() {
    List<Project> p =
        projects(
            "PROJECTS",
            "Envoy Maintainer",
            "",
            "Reviewed and merged filter chains for the proxy.",
            "",
            "Rustls Contributor",
            "",
            "Added session ticket support to the TLS library.");
    assertThat(p).extracting(Project::name).containsExactly("Envoy", "Rustls");
    assertThat(p.get(0).roles()).containsExactly("Maintainer");
    assertThat(p.get(1).description())
        .isEqualTo("Added session ticket support to the TLS library.");
  }

  @Test
  void readsDatesFromAFlattenedColumn() {
    List<Project> p =
        projects(
            "# Projects",
            "# Typed Lua - GSoC",
            "2015/05 Added gradual types.",
            "2015/08 • Wrote the checker.");
    assertThat(p.get(0).startDate()).hasToString("2015-05");
    assertThat(p.get(0).endDate()).hasToString("2015-08");
    assertThat(p.get(0).description()).isEqualTo("Added gradual types.");
    assertThat(p.get(0).highlights()).containsExactly("Wrote the checker.");
  }

  @Test
  void pairsLinkTitleItemsWithTheParagraphItemsAfterThem() {
    List<Project> p =
        projects(
            "## Projects",
            "- [Voxel engine](https://v.example)",
            "- A sparse voxel octree renderer written from scratch in C++ with a Vulkan backend.",
            "- [Path tracer](https://p.example)",
            "- An offline renderer with importance sampling and BVH.");
    assertThat(p).extracting(Project::name).containsExactly("Voxel engine", "Path tracer");
    assertThat(p.get(1).description())
        .isEqualTo("An offline renderer with importance sampling and BVH.");
  }

  @Test
  void readsDatedTitleLinesWithNumberedWorkUnderALeadIn() {
    List<Project> p =
        projects(
            "项目经历",
            "校园二手书交易平台 2018.3",
            "基于 Spring Boot 的 Web 应用",
            "主要工作：",
            "1.设计数据库表结构",
            "2.实现订单模块",
            "分布式日志收集工具 2019.1",
            "Go 编写的采集代理");
    assertThat(p).extracting(Project::name).containsExactly("校园二手书交易平台", "分布式日志收集工具");
    assertThat(p.get(0).startDate()).hasToString("2018-03");
    assertThat(p.get(0).description()).isEqualTo("基于 Spring Boot 的 Web 应用");
    // The lead-in only labels the work below it.
    assertThat(p.get(0).highlights()).containsExactly("设计数据库表结构", "实现订单模块");
  }

  @Test
  void aLineOfLinksIsOneProjectPerLink() {
    List<Project> p =
        projects(
            "## Open source",
            "- [tokio](https://t.example) · [serde](https://s.example) · [rayon](https://r.example)");
    assertThat(p).extracting(Project::name).containsExactly("tokio", "serde", "rayon");
    assertThat(p.get(1).url()).isEqualTo("https://s.example");
  }

  @Test
  void dropsTheAddressPrintedBesideTheName() {
    List<Project> p =
        projects(
            "PROJECTS",
            "Budget Bot | GITHUB.COM/JDOE/BUDGET",
            "Tracks spending from bank exports.");
    assertThat(p.get(0).name()).isEqualTo("Budget Bot");
  }
}
