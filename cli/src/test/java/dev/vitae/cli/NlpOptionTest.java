package dev.vitae.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpOptionTest {
  private final List<NlpOption.Mode> asked = new ArrayList<>();

  private Cli.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            new ByteArrayInputStream("Amelia Ortiz\n".getBytes(UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err),
            false,
            mode -> {
              asked.add(mode);
              return new TextConverter();
            });
    return new Cli.Result(Main.run(env, args), out.toString(), err.toString());
  }

  @Test
  void offAndOnChooseTheConverter() {
    assertThat(run("parse", "-", "--nlp=off").code()).isEqualTo(Main.OK);
    assertThat(run("parse", "-", "--nlp=ON").code()).isEqualTo(Main.OK);
    assertThat(asked).containsExactly(NlpOption.Mode.OFF, NlpOption.Mode.ON);
  }

  @Test
  void onIsTheDefaultWhenTheModelsArePresent() {
    assertThat(run("parse", "-").code()).isEqualTo(Main.OK);
    assertThat(asked).containsExactly(NlpOption.Mode.ON);
  }

  @Test
  void anythingElseIsAUsageError() {
    Cli.Result result = run("parse", "-", "--nlp=maybe");
    assertThat(result.code()).isEqualTo(Main.USAGE);
    assertThat(result.err()).contains("expected off or on");
    assertThat(asked).isEmpty();
  }

  @Test
  void batchTakesTheOptionToo() {
    Cli.Result result = run("batch", "--help");
    assertThat(result.out()).contains("--nlp=off|on");
  }
}
