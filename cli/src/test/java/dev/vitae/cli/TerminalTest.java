package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void noConsoleIsNoTerminal() {
    assertThat(Main.isTerminal(null)).isFalse();
  }
}
