package dev.vitae.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Maven Central asks of the library artifacts, as {@code mvn package} leaves them: a {@code
 * -sources.jar} and a {@code -javadoc.jar} beside each jar, and the GPL boundary of {@code
 * vitae-nlp} stated in the POM that its jar carries.
 */
class LibraryJarsIT {
  private static final Path ROOT = Path.of(System.getProperty("vitae.root", ".."));
  private static final String VERSION = System.getProperty("vitae.dist.version", "0.1.0");

  @ParameterizedTest
  @CsvSource({
    "parser, dev/vitae/parser/DocumentParser",
    "extractor, dev/vitae/Vitae",
    "extractor, dev/vitae/convert/Conversion",
    "nlp, dev/vitae/nlp/NlpModels"
  })
  void eachLibraryHasItsSourcesAndJavadocJars(String module, String type) throws IOException {
    Path target = ROOT.resolve(module).resolve("target");
    String stem = "vitae-" + module + "-" + VERSION;

    assertThat(entry(target.resolve(stem + ".jar"), type + ".class")).isTrue();
    assertThat(entry(target.resolve(stem + "-sources.jar"), type + ".java")).isTrue();
    assertThat(entry(target.resolve(stem + "-javadoc.jar"), "index.html")).isTrue();
    assertThat(entry(target.resolve(stem + "-javadoc.jar"), type + ".html")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"nlp, GPL-3.0-or-later", "nlp, Stanford CoreNLP"})
  void theNlpPomStatesItsGplBoundary(String module, String text) throws IOException {
    Path jar = ROOT.resolve(module).resolve("target/vitae-" + module + "-" + VERSION + ".jar");
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry pom = file.getEntry("META-INF/maven/dev.vitae/vitae-" + module + "/pom.xml");
      assertThat(pom).as("the POM in " + jar).isNotNull();
      String xml = new String(file.getInputStream(pom).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(xml).contains("<license>").contains(text);
    }
  }

  private static boolean entry(Path jar, String name) throws IOException {
    assertThat(jar).as("built by mvn package").exists();
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getEntry(name) != null && Files.isRegularFile(jar);
    }
  }
}
