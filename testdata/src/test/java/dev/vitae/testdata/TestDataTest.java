package dev.vitae.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestDataTest {
  @Test
  void findsTheSourceTreesTestdataFolder() {
    assertThat(TestData.root()).isAbsolute().endsWith(Path.of("testdata"));
    assertThat(TestData.root().resolve("pom.xml")).exists();
    assertThat(TestData.path("corpus/floors.properties")).isRegularFile();
  }

  @Test
  void aMissingFileFailsNamingIt() {
    assertThatThrownBy(() -> TestData.bytes("corpus/no-such-file.pdf"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("corpus/no-such-file.pdf");
  }

  @Test
  void listsRegularFilesSortedWithoutFolders() {
    List<String> names = TestData.list("corpus");

    assertThat(names).contains("floors.properties").doesNotContain("seeds", "gold", "wild");
    assertThat(names).isSorted().noneMatch(n -> n.startsWith("."));
    assertThat(names).allMatch(n -> Files.isRegularFile(TestData.root().resolve("corpus/" + n)));
  }

  @Test
  void readsTextAsUtf8() {
    assertThat(TestData.text("corpus/wild-gold/index.tsv")).startsWith("gold\tfile");
    assertThat(TestData.bytes("corpus/seeds/000_3db499c62f37c072.txt")).isNotEmpty();
  }
}
