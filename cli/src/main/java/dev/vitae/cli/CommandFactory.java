package dev.vitae.cli;

import java.util.Objects;
import picocli.CommandLine;

/**
 * Builds vitae's commands, which need an {@link Environment}, and any other class the picocli way.
 * {@link Main} uses it for every run. Its public no-argument constructor is for picocli's tools,
 * which take a factory by class name: {@code picocli.AutoComplete --factory} (the completion
 * script) and {@code ManPageGenerator --factory} (the man pages) build the command tree with it,
 * without running any command.
 */
public final class CommandFactory implements CommandLine.IFactory {
  private final Environment env;

  /** A factory whose commands run against this process's standard streams, as {@code vitae}'s. */
  public CommandFactory() {
    this(Main.processEnvironment());
  }

  /** A factory whose commands run against {@code env}. */
  CommandFactory(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  /**
   * An instance of {@code type}: vitae's commands get this factory's environment, anything else
   * (converters, mixins) comes from picocli's default factory.
   *
   * @throws Exception when picocli's default factory cannot build {@code type}
   */
  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == ParseCommand.class) {
      return type.cast(new ParseCommand(env));
    }
    if (type == BatchCommand.class) {
      return type.cast(new BatchCommand(env));
    }
    if (type == ValidateCommand.class) {
      return type.cast(new ValidateCommand(env));
    }
    if (type == LinesCommand.class) {
      return type.cast(new LinesCommand(env));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
