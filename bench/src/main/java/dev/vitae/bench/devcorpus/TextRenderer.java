package dev.vitae.bench.devcorpus;

import java.nio.charset.StandardCharsets;

/** A renderer whose document is UTF-8 text. */
abstract class TextRenderer implements Renderer {
  @Override
  public final byte[] render(Gold gold) {
    return text(gold).getBytes(StandardCharsets.UTF_8);
  }

  /** The document's text; ends with a line break. */
  abstract String text(Gold gold);
}
