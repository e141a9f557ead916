package dev.vitae.cli;

/** Entry point of the {@code vitae} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
