package dev.vitae.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputRootTest {
  private static final String CWD = Path.of("").toAbsolutePath().toString();

  @Test
  void readsEveryFileUnderAFolder() {
    InputRoot root = InputRoot.of("/data/in");

    assertThat(root.root()).isEqualTo("/data/in/");
    assertThat(root.filepattern()).isEqualTo("/data/in/**");
  }

  @Test
  void keepsOneSeparatorAfterAFolderWithATrailingSlash() {
    assertThat(InputRoot.of("/data/in/").root()).isEqualTo("/data/in/");
  }

  @Test
  void rootsAGlobAtTheFolderBeforeItsFirstWildcard() {
    InputRoot root = InputRoot.of("/data/in/2024*/**/*.pdf");

    assertThat(root.root()).isEqualTo("/data/in/");
    assertThat(root.filepattern()).isEqualTo("/data/in/2024*/**/*.pdf");
    assertThat(root.requireName("/data/in/2024-05/a/b.pdf")).isEqualTo("2024-05/a/b.pdf");
  }

  @Test
  void makesLocalPathsAbsoluteSoNamesDoNotDependOnTheWorker() {
    InputRoot root = InputRoot.of("in/../seeds/*.txt");

    assertThat(root.root()).isEqualTo(CWD + "/seeds/");
    assertThat(root.filepattern()).isEqualTo(CWD + "/seeds/*.txt");
    assertThat(InputRoot.of("*.md").root()).isEqualTo(CWD + "/");
  }

  @Test
  void keepsUrisAsTheyAre() {
    InputRoot root = InputRoot.of("gs://bucket/cv/**/*.pdf");

    assertThat(root.root()).isEqualTo("gs://bucket/cv/");
    assertThat(root.requireName("gs://bucket/cv/x/y.pdf")).isEqualTo("x/y.pdf");
    assertThat(InputRoot.of("s3://bucket/cv").filepattern()).isEqualTo("s3://bucket/cv/**");
  }

  @Test
  void findsNoNameOutsideTheRoot() {
    InputRoot root = InputRoot.of("/data/in");

    assertThat(root.findName("/data/other/a.pdf")).isEmpty();
    assertThat(root.findName("/data/input/a.pdf")).isEmpty();
    assertThat(root.findName("/data/in/")).isEmpty();
    assertThatThrownBy(() -> root.requireName("/data/other/a.pdf"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skipsHiddenFilesAndFilesInHiddenFolders() {
    InputRoot root = InputRoot.of("/data/.in");

    assertThat(root.accepts("/data/.in/a.pdf")).isTrue();
    assertThat(root.accepts("/data/.in/.a.pdf")).isFalse();
    assertThat(root.accepts("/data/.in/b/.git/a.pdf")).isFalse();
    assertThat(root.accepts("/data/.in/b/c.d/a.pdf")).isTrue();
    assertThat(root.accepts("/elsewhere/a.pdf")).isFalse();
  }

  @Test
  void rejectsABlankInput() {
    assertThatThrownBy(() -> InputRoot.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
