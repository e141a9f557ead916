package dev.vitae.bench.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderGoldTest {
  @TempDir Path temp;

  @Test
  void writesOneFilePerRendererPerGold() throws IOException {
    Path gold = Files.createDirectories(temp.resolve("gold"));
    Files.writeString(gold.resolve("en-test.json"), Fixtures.ENGLISH_JSON);
    Files.writeString(gold.resolve("zh-test.json"), Fixtures.CHINESE_JSON);
    Files.writeString(gold.resolve("README.md"), "# not a gold");
    Path out = temp.resolve("out");

    RenderGold.Summary summary = RenderGold.render(gold, out, Renderers.all());

    assertThat(summary).isEqualTo(new RenderGold.Summary(2, 14, 28));
    for (Renderer renderer : Renderers.all()) {
      try (Stream<Path> files = Files.list(out.resolve(renderer.name()))) {
        assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
            .as(renderer.name())
            .containsExactly("en-test." + renderer.extension(), "zh-test." + renderer.extension());
      }
    }
    assertThat(Files.readString(out.resolve("text-caps/zh-test.txt"), StandardCharsets.UTF_8))
        .startsWith("王小明\n");
  }

  @Test
  void overwritesTheOutputsOfAnEarlierRun() throws IOException {
    Path gold = Files.createDirectories(temp.resolve("gold"));
    Files.writeString(gold.resolve("en-test.json"), Fixtures.ENGLISH_JSON);
    Path out = temp.resolve("out");
    Path stale = Files.createDirectories(out.resolve("md-atx")).resolve("en-test.md");
    Files.writeString(stale, "stale");

    RenderGold.render(gold, out, Renderers.all());

    assertThat(Files.readString(stale)).startsWith("# Ada Example\n");
  }

  @Test
  void aGoldWithAKeyTheModelDoesNotKnowStopsTheRunNamingTheFile() throws IOException {
    Path gold = Files.createDirectories(temp.resolve("gold"));
    Files.writeString(
        gold.resolve("en-bad.json"), "{\"basics\": {\"name\": \"X\", \"nickname\": \"Y\"}}");

    assertThatThrownBy(() -> RenderGold.render(gold, temp.resolve("out"), Renderers.all()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("en-bad.json");
  }

  @Test
  void readsTheSectionOrderOfTheGoldFile() throws IOException {
    Path file = temp.resolve("en-student.json");
    Files.writeString(
        file,
        """
        {"basics": {"name": "Sam", "summary": "Student."},
         "education": [{"institution": "U", "studyType": "Bachelor", "startDate": "2023-08"}],
         "work": [{"name": "Shop", "position": "Clerk", "startDate": "2024-01"}]}
        """);

    Gold gold = Gold.read(file);

    assertThat(gold.stem()).isEqualTo("en-student");
    assertThat(gold.order().subList(0, 3))
        .containsExactly(Section.SUMMARY, Section.EDUCATION, Section.WORK);
    assertThat(Set.copyOf(gold.order())).containsExactlyInAnyOrder(Section.values());
    assertThat(Fixtures.text("text-caps", gold).lines().toList())
        .containsSubsequence("SUMMARY", "EDUCATION", "EXPERIENCE");
  }

  @Test
  void everyRendererHasItsOwnFixedName() {
    List<String> names = Renderers.all().stream().map(Renderer::name).toList();
    assertThat(names)
        .containsExactly(
            "text-caps",
            "text-rule",
            "text-trailing",
            "text-indent",
            "md-atx",
            "md-setext",
            "html-sidebar",
            "html-table",
            "latex-moderncv-classic",
            "latex-moderncv-casual",
            "latex-moderncv-banking",
            "latex-europecv",
            "docx-poi-tables",
            "docx-poi-textbox");
    assertThat(new HashSet<>(names)).hasSameSizeAs(names);
  }

  @Test
  void everyRendererGivesTheSameBytesEveryRun() {
    for (Renderer renderer : Renderers.all()) {
      for (Gold gold : List.of(Fixtures.english(), Fixtures.chinese())) {
        assertThat(renderer.render(gold)).as(renderer.name()).isEqualTo(renderer.render(gold));
      }
    }
  }
}
