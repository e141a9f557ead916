package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitae.cli.batch.FileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that are not ASCII (résumé.txt, 简历.txt) under {@code LANG=C}, in real processes: the
 * distribution's launcher runs the JVM with a UTF-8 {@code LC_CTYPE}, so they convert; a JVM
 * started without it says in one line why it cannot open such a name.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocaleNamesTest {
  private static final Path LAUNCHER = Path.of("..", "dist", "src", "main", "dist", "bin", "vitae");
  private static final Path SCRIPT = Path.of("..", "scripts", "vitae");
  private static final List<String> NAMES = List.of("r\u00e9sum\u00e9.txt", "\u7b80\u5386.txt");
  private static final String RESUME =
      "Jordan Example\njordan@example.org\nExperience\nAcme 2020\n";

  @TempDir Path tmp;

  private static void cLocale(Map<String, String> env) {
    env.keySet().removeIf(key -> key.startsWith("LC_") || key.equals("LANG"));
    env.put("LANG", "C");
    env.put("LC_ALL", "C");
  }

  // Written through the name's bytes, whatever this JVM's own locale.
  private static Path write(Path dir, String name) throws IOException {
    Path file = FileNames.resolve(dir, name.getBytes(StandardCharsets.UTF_8));
    Files.writeString(file, RESUME);
    return file;
  }

  private static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(file -> file.toUri().getPath()) // the name's bytes read as UTF-8
          .map(path -> path.substring(path.lastIndexOf('/') + 1))
          .toList();
    }
  }

  @Test
  void launcherUnderLangCConvertsNamesThatAreNotAscii() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (String name : NAMES) {
      write(in, name);
    }
    // A JAVA_HOME whose java runs this build's classes where the launcher names lib/vitae.jar.
    Path bin = Files.createDirectories(tmp.resolve("jdk").resolve("bin"));
    List<String> child = Child.command();
    StringBuilder java = new StringBuilder("#!/bin/sh\n");
    java.append("while [ $# -gt 0 ] && [ \"$1\" != -jar ]; do shift; done\nshift 2\nexec");
    for (String arg : child) {
      java.append(" '").append(arg).append('\'');
    }
    java.append(" \"$@\"\n");
    Path fake = bin.resolve("java");
    Files.writeString(fake, java);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    ProcessBuilder builder =
        new ProcessBuilder(
                "/bin/sh", LAUNCHER.toString(), "batch", in.toString(), "-o", out.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("log.txt").toFile());
    cLocale(builder.environment());
    builder.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());

    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    String log = Files.readString(tmp.resolve("log.txt"));
    assertThat(process.exitValue()).as(log).isZero();
    assertThat(log).contains("2 files, 2 parsed");
    assertThat(namesIn(out))
        .contains("r\u00e9sum\u00e9.txt.json", "\u7b80\u5386.txt.json")
        .noneMatch(name -> name.contains("~"));
  }

  @Test
  void jvmUnderLangCSaysInOneLineWhyItCannotOpenTheName() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Path dir = Files.createDirectories(tmp.resolve("p"));
    write(dir, NAMES.get(0));
    // The shell passes the name's UTF-8 bytes, which a JVM under LANG=C reads as ASCII.
    StringBuilder line = new StringBuilder("exec");
    for (String arg : Child.command("parse", "--nlp=off")) {
      line.append(" '").append(arg).append('\'');
    }
    line.append(" \"$(printf 'r\\303\\251sum\\303\\251.txt')\"");
    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", "-c", line.toString())
            .directory(dir.toFile())
            .redirectError(tmp.resolve("err.txt").toFile());
    cLocale(builder.environment());

    Process process = builder.start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

    List<String> err = Files.readAllLines(tmp.resolve("err.txt"));
    assertThat(process.exitValue()).as(String.join("\n", err)).isEqualTo(Main.USAGE);
    assertThat(err.get(0))
        .startsWith("vitae parse: ")
        .contains("cannot be read in this locale's character set")
        .contains("LC_ALL=C.UTF-8");
  }

  @Test
  void bothLaunchersSetTheLocaleAlike() throws IOException {
    String marker = "# File names are bytes";
    String dist = Files.readString(LAUNCHER);
    String script = Files.readString(SCRIPT);
    String block =
        dist.substring(dist.indexOf(marker), dist.indexOf("esac\n", dist.indexOf(marker)));
    assertThat(block).contains("LC_CTYPE=C.UTF-8");
    assertThat(script).contains(block);
  }
}
