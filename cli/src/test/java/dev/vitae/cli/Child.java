package dev.vitae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code vitae} as a real child process: this JVM's java, this test's class path. */
final class Child {
  private Child() {}

  /** The command line that runs {@code vitae args...}. */
  static List<String> command(String... args) {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** A process builder for {@code vitae args...}. */
  static ProcessBuilder vitae(String... args) {
    return new ProcessBuilder(command(args));
  }
}
