package dev.vitae.bench.devcorpus;

/** What the LaTeX renderers share. */
final class Latex {
  private Latex() {}

  /**
   * The preamble lines for a Chinese gold under XeLaTeX: xeCJK with the Noto CJK SC fonts of
   * Debian's fonts-noto-cjk ({@code fc-list :lang=zh family} lists them).
   */
  static final String CJK =
      """
      \\usepackage{xeCJK}
      \\setCJKmainfont{Noto Serif CJK SC}
      \\setCJKsansfont{Noto Sans CJK SC}
      """;
}
