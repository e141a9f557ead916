package dev.vitae.cli;

import dev.vitae.extractor.layout.DocumentLayout;
import dev.vitae.extractor.section.Section;
import dev.vitae.extractor.section.SectionKind;
import dev.vitae.extractor.section.SectionSplitter;
import dev.vitae.parser.Cell;
import dev.vitae.parser.Cue;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import dev.vitae.parser.Line;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.TextDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code vitae lines FILE}: the reader's lines with their layout, their cells, their icon cues and
 * the section each falls in, one per line, for seeing why a field was or was not found. It prints
 * document content, which is what the user asked for here.
 */
@Command(
    name = "lines",
    mixinStandardHelpOptions = true,
    description =
        "Prints the lines read from a document with layout and section labels (debugging).")
final class LinesCommand implements Callable<Integer> {
  private final Environment env;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document to read.")
  private Path file;

  LinesCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    TextDocument doc;
    try {
      doc = DocumentParser.withDefaults().parse(file, file.toString());
    } catch (DocumentException e) {
      env.err().println("vitae: " + e.getMessage());
      return Main.FAILED;
    }
    SectionKind[] kinds = new SectionKind[doc.lines().size()];
    for (Section s : SectionSplitter.split(DocumentLayout.of(doc))) {
      for (int i = Math.max(0, s.headingLine()); i < s.end(); i++) {
        if (i >= s.start() || i == s.headingLine()) {
          kinds[i] = s.kind();
        }
      }
    }
    PrintWriter out = env.out();
    out.println(
        "# "
            + doc.source().mediaType()
            + ", "
            + doc.pages()
            + " pages, warnings "
            + doc.warnings());
    for (Line line : doc.lines()) {
      LineStyle st = line.style();
      out.printf(
          Locale.ROOT,
          "%4d p%d c%d %-12s %s%s%s%s size=%.1f rel=%.2f x=%d | %s%s%s%s%n",
          line.index(),
          line.page(),
          st.column(),
          kinds[line.index()],
          st.headingLevel() > 0 ? "h" + st.headingLevel() : "  ",
          st.listDepth() > 0 ? " L" + st.listDepth() : "   ",
          st.bold() ? " B" : "  ",
          st.blockStart() ? " ¶" : "  ",
          st.fontSize(),
          st.relativeSize(),
          st.indent(),
          line.text(),
          cells(line),
          cues(line),
          line.links().isEmpty() ? "" : "  " + line.links());
    }
    out.flush();
    return Main.OK;
  }

  // The line's icon cues with the offsets of the text they label, "  cues EMAIL@0 PHONE@14".
  private static String cues(Line line) {
    if (line.cues().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("  cues");
    for (Cue cue : line.cues()) {
      out.append(' ').append(cue.kind()).append('@').append(cue.offset());
    }
    return out.toString();
  }

  // A row's cells as their x ranges, "  cells [72-210] [480-540]"; nothing for a line of one cell.
  private static String cells(Line line) {
    if (!line.isRow()) {
      return "";
    }
    StringBuilder out = new StringBuilder("  cells");
    for (Cell cell : line.cells()) {
      out.append(String.format(Locale.ROOT, " [%.0f-%.0f]", cell.x(), cell.right()));
    }
    return out.toString();
  }
}
