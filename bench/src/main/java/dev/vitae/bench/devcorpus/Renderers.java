package dev.vitae.bench.devcorpus;

import dev.vitae.bench.devcorpus.ModernCvRenderer.Style;
import java.util.List;

/** Our own renderers of the dev corpus, in a fixed order. */
public final class Renderers {
  private Renderers() {}

  /** Every renderer, each with its own name. */
  public static List<Renderer> all() {
    return List.of(
        new TextCapsRenderer(),
        new TextRuleRenderer(),
        new TextTrailingRenderer(),
        new TextIndentRenderer(),
        new MarkdownAtxRenderer(),
        new MarkdownSetextRenderer(),
        new HtmlSidebarRenderer(),
        new HtmlTableRenderer(),
        new ModernCvRenderer(Style.CLASSIC),
        new ModernCvRenderer(Style.CASUAL),
        new ModernCvRenderer(Style.BANKING),
        new EuropecvRenderer(),
        new DocxTablesRenderer(),
        new DocxTextboxRenderer());
  }
}
