package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;
import picocli.CommandLine;

class CommandFactoryTest {
  @TempDir Path tmp;

  @Test
  void buildsEveryCommandOfTheTree() {
    Environment env =
        new Environment(
            InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            false,
            TextConverter::new);

    CommandLine vitae = new CommandLine(Main.class, new CommandFactory(env));

    Object parse = vitae.getSubcommands().get("parse").getCommand();
    assertThat(vitae.getSubcommands())
        .containsKeys("parse", "batch", "eval", "validate", "lines", "help");
    assertThat((Object) vitae.getSubcommands().get("validate").getCommand())
        .isInstanceOf(ValidateCommand.class);
    assertThat(parse).isInstanceOf(ParseCommand.class);
  }

  @Test
  void picocliWritesTheCompletionScriptWithTheFactoryNamed() throws IOException {
    Path script = tmp.resolve("vitae_completion");

    // As the distribution's build runs it: picocli's tool, given the factory by class name.
    AutoComplete.main(
        "--factory",
        CommandFactory.class.getName(),
        "--name",
        "vitae",
        "--completionScript",
        script.toString(),
        Main.class.getName());

    assertThat(script).exists();
    String text = Files.readString(script, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("complete -F _complete_vitae")
        .contains("function _picocli_vitae_parse", "function _picocli_vitae_batch")
        .contains("function _picocli_vitae_validate", "function _picocli_vitae_help")
        .contains("--quiet", "--verbose", "--null")
        .contains("--nlp", "--output")
        // --nlp completes to the values as documented, not to the enum's constants
        .contains("(\"off\" \"on\")")
        .doesNotContain("\"OFF\"");
  }
}
