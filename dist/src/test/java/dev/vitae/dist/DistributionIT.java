package dev.vitae.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.testdata.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks {@code vitae-VERSION.tar.gz}, as {@code mvn package} built it, with {@code tar} into an
 * empty folder and runs its {@code bin/vitae} as a user would: from another folder, through
 * symlinks, with {@code JAVA_HOME} or {@code java} on {@code PATH}, and with {@code JAVA_OPTS}.
 * Failsafe names the archive and the version in {@code vitae.dist.archive} and {@code
 * vitae.dist.version}.
 */
class DistributionIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SAMPLE = "corpus/wild/0xa1337-resume.pdf";
  private static final String APPROVED = "corpus/expected/wild/0xa1337-resume.pdf.expected.json";

  @TempDir static Path tmp;

  private static String version = "";
  private static Path home = Path.of("");

  @BeforeAll
  static void unpack() throws Exception {
    version = property("vitae.dist.version");
    Path archive = Path.of(property("vitae.dist.archive"));
    assertThat(archive).isRegularFile();
    Path unpacked = Files.createDirectory(tmp.resolve("opt"));

    Result tar = run(unpacked, Map.of(), "tar", "-xzf", archive.toString());

    assertThat(tar.code()).as(tar.err()).isZero();
    home = unpacked.resolve("vitae-" + version);
  }

  @Test
  void archiveHoldsLauncherJarLicencesManPagesAndCompletion() throws Exception {
    Result list = run(tmp, Map.of(), "tar", "-tzf", property("vitae.dist.archive"));

    String top = "vitae-" + version + "/";
    assertThat(list.out().lines())
        .contains(
            top + "bin/vitae",
            top + "lib/vitae.jar",
            top + "LICENSE",
            top + "NOTICE",
            top + "THIRD-PARTY.txt",
            top + "share/man/man1/vitae.1",
            top + "share/man/man1/vitae-parse.1",
            top + "share/man/man1/vitae-batch.1",
            top + "share/bash-completion/completions/vitae");
    assertThat(list.out().lines()).allMatch(entry -> entry.startsWith(top));
    assertThat(Files.isExecutable(home.resolve("bin/vitae"))).isTrue();
    assertThat(read("LICENSE")).contains("GNU GENERAL PUBLIC LICENSE", "Version 3");
    assertThat(read("NOTICE")).contains("Stanford CoreNLP", "GNU General Public License");
    assertThat(read("THIRD-PARTY.txt"))
        .contains("edu.stanford.nlp:stanford-corenlp", "org.apache.pdfbox:pdfbox")
        .doesNotContain("dev.vitae:", "picocli-codegen");
  }

  @Test
  void thirdPartyListNamesEveryLibraryInTheJar() throws Exception {
    String thirdParty = read("THIRD-PARTY.txt");
    List<String> bundled = new ArrayList<>();
    try (ZipFile jar = new ZipFile(home.resolve("lib/vitae.jar").toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties"))
          .map(name -> name.split("/"))
          .filter(path -> !path[2].equals("dev.vitae"))
          .forEach(path -> bundled.add(path[2] + ":" + path[3] + ":"));
    }

    assertThat(bundled).isNotEmpty();
    assertThat(thirdParty).contains(bundled).contains("org.jetbrains:annotations:");
  }

  @Test
  void versionIsTheProjectVersion() throws Exception {
    Result result = vitae(tmp, Map.of(), "--version");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().strip()).isEqualTo("vitae " + version);
  }

  @Test
  void parsesASampleFromAnotherFolderThroughSymlinksAsTheCorpusTestApprovedIt() throws Exception {
    // ~/bin/vitae -> /opt/vitae-X/bin/vitae, and a relative link to that link
    Path bin = Files.createDirectories(tmp.resolve("user/bin"));
    Files.createSymbolicLink(bin.resolve("vitae"), home.resolve("bin/vitae"));
    Files.createSymbolicLink(bin.resolve("cv"), Path.of("vitae"));
    Path work = Files.createDirectories(tmp.resolve("user/work"));
    Files.write(work.resolve("0xa1337-resume.pdf"), TestData.bytes(SAMPLE));

    // The shell looks cv up on PATH, as a user's shell would.
    Result result =
        run(
            work,
            Map.of("PATH", bin + ":" + System.getenv("PATH")),
            "sh",
            "-c",
            "cv parse --nlp=off 0xa1337-resume.pdf");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(withoutParserVersion(MAPPER.readTree(result.out())))
        .isEqualTo(withoutParserVersion(MAPPER.readTree(TestData.text(APPROVED))));
  }

  @Test
  void javaHomeIsUsedAndJavaOptsPassed() throws Exception {
    Path javaHome = recordingJava(tmp.resolve("jdk"));

    Result result =
        vitae(
            tmp,
            Map.of("JAVA_HOME", javaHome.toString(), "JAVA_OPTS", "-Dvitae.probe=1 -Xmx256m"),
            "--version");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().strip()).isEqualTo("vitae " + version);
    assertThat(Files.readAllLines(javaHome.resolve("args")))
        .contains("-Dvitae.probe=1", "-Xmx256m", "-jar", home.resolve("lib/vitae.jar").toString())
        .endsWith("--version");
  }

  @Test
  void javaOnPathIsUsedWithoutJavaHome() throws Exception {
    Path jdk = recordingJava(tmp.resolve("path-jdk"));

    Result result =
        vitae(
            tmp,
            Map.of("JAVA_HOME", "", "PATH", jdk.resolve("bin") + ":" + System.getenv("PATH")),
            "--version");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(Files.readAllLines(jdk.resolve("args"))).endsWith("--version");
  }

  @Test
  void javaHomeWithoutJavaIsSaidSo() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));

    Result result = vitae(tmp, Map.of("JAVA_HOME", empty.toString()), "--version");

    assertThat(result.code()).isEqualTo(127);
    assertThat(result.err()).contains("JAVA_HOME", empty.toString());
    assertThat(result.out()).isEmpty();
  }

  @Test
  void completionScriptRegistersForVitaeInBash() throws Exception {
    Result result =
        run(tmp, Map.of(), "bash", "-c", "source \"$1\" && complete -p vitae", "-", completion());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("-F _complete_vitae vitae");
  }

  @Test
  void completionScriptCompletesCommandsAndOptionsInBash() throws Exception {
    assertThat(complete("vitae", "pa")).contains("parse").doesNotContain("batch");
    assertThat(complete("vitae", "batch", "--ou")).contains("--output");
    assertThat(complete("vitae", "parse", "--nlp", "")).containsExactlyInAnyOrder("off", "on");
  }

  @Test
  void manPagesAreTroffForEachCommand() throws Exception {
    String main = read("share/man/man1/vitae.1");
    String parse = read("share/man/man1/vitae-parse.1");

    assertThat(main)
        .contains(".TH \"VITAE\" \"1\"", ".SH \"COMMANDS\"", "\\fBparse\\fP", ".SH \"EXIT CODES");
    assertThat(parse).contains(".TH \"VITAE\\-PARSE\" \"1\"", "\\-\\-nlp");
  }

  private static String completion() {
    return home.resolve("share/bash-completion/completions/vitae").toString();
  }

  // What bash offers for the last of words, as it would on TAB, with the script loaded.
  private static List<String> complete(String... words) throws Exception {
    String bash =
        """
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _complete_vitae vitae
        printf '%s\\n' "${COMPREPLY[@]}"
        """;
    List<String> command = new ArrayList<>(List.of("bash", "-c", bash, "-", completion()));
    command.addAll(List.of(words));

    Result result = run(tmp, Map.of(), command.toArray(String[]::new));

    assertThat(result.code()).as(result.err()).isZero();
    return result.out().lines().filter(line -> !line.isEmpty()).toList();
  }

  private static String read(String relative) throws IOException {
    return Files.readString(home.resolve(relative), StandardCharsets.UTF_8);
  }

  // A JDK whose bin/java writes its arguments, one a line, to <jdk>/args and then runs this java.
  private static Path recordingJava(Path jdk) throws IOException {
    Path bin = Files.createDirectories(jdk.resolve("bin"));
    String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path java =
        Files.writeString(
            bin.resolve("java"),
            "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > \""
                + jdk.resolve("args")
                + "\"\n"
                + "exec \""
                + realJava
                + "\" \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return jdk;
  }

  private static JsonNode withoutParserVersion(JsonNode resume) {
    JsonNode copy = resume.deepCopy();
    if (copy.path("meta").path("vitae") instanceof ObjectNode vitae) {
      vitae.remove("parser");
    }
    return copy;
  }

  private static Result vitae(Path cwd, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/vitae").toString());
    command.addAll(List.of(args));
    return run(cwd, env, command.toArray(String[]::new));
  }

  /** What a child process printed and returned. */
  private record Result(int code, String out, String err) {}

  // Runs a command in cwd; an empty value in env removes that variable.
  private static Result run(Path cwd, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    // Short runs: the C1 compiler alone, as cli's process tests do; a test may set its own.
    builder.environment().put("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
    env.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    Process process = builder.start();
    // A guard against a hung child, not a measure of speed.
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("%s did not finish", String.join(" ", command));
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run this test with mvn verify");
    }
    return value;
  }
}
