package dev.vitae.parser.markdown;

import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentReader;
import dev.vitae.parser.FormatDetector;
import dev.vitae.parser.LineStyle;
import dev.vitae.parser.ParseLimits;
import dev.vitae.parser.Source;
import dev.vitae.parser.TextDocument;
import dev.vitae.parser.internal.LineSink;
import dev.vitae.parser.internal.TextInput;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (CommonMark plus GFM tables) by walking the commonmark AST. Headings keep their
 * level; a paragraph gives one line per source line; a list item gives one line (soft breaks
 * joined) at its nesting depth, and each further paragraph of the item another line at that depth;
 * markup is removed, link targets go to {@code Line.links}, images are dropped and inline HTML is
 * stripped ({@code <br>} breaks the line). HTML blocks keep their text; code blocks are laid out as
 * plain text; a table gives one line per row ({@code label: value} for two-column label tables,
 * otherwise cells joined with {@code |}). YAML front matter is skipped and thematic breaks only
 * start a new block. The bytes are decoded, repaired and cleaned as for plain text. Stateless and
 * thread-safe.
 */
public final class MarkdownReader implements DocumentReader {
  // Bounds nesting so that hostile input cannot exhaust the stack of the AST walk.
  private static final int MAX_OPEN_BLOCKS = 64;
  private static final int MAX_INLINE_NESTING = 32;
  private static final int FRONT_MATTER_MAX_LINES = 200;
  private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][\\w -]*:(\\s|$)");

  private final ParseLimits limits;
  private final Parser parser;

  /** A reader with {@link ParseLimits#DEFAULT}. */
  public MarkdownReader() {
    this(ParseLimits.DEFAULT);
  }

  /** A reader bounded by {@code limits} (bytes, lines, characters per line). */
  public MarkdownReader(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser =
        Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .build();
  }

  @Override
  public Set<String> supportedTypes() {
    return Set.of(FormatDetector.MARKDOWN, "text/x-web-markdown", "text/x-markdown");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Any bytes decode and any text is Markdown, so this fails only with {@code TOO_LARGE} or
   * {@code IO}; lines past the limits are dropped with a "truncated" warning.
   */
  @Override
  public TextDocument read(InputStream in, Source source) throws DocumentException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    LineSink sink = new LineSink(limits);
    String text = skipFrontMatter(TextInput.read(in, source, limits, sink));
    new LineWalker(sink, parser).walk(parser.parse(text));
    return sink.toDocument(source, 1);
  }

  /**
   * Blanks a YAML front matter block: a {@code ---} first line, then {@code key:} lines, up to the
   * next {@code ---} or {@code ...} line. Anything else starting with {@code ---} is Markdown (a
   * thematic break) and stays.
   */
  static String skipFrontMatter(String text) {
    if (!text.startsWith("---")) {
      return text;
    }
    String[] rows = text.split("\n", FRONT_MATTER_MAX_LINES + 2);
    if (!rows[0].strip().equals("---")) {
      return text;
    }
    boolean sawKey = false;
    for (int i = 1; i < rows.length && i <= FRONT_MATTER_MAX_LINES; i++) {
      String row = rows[i].strip();
      if (!sawKey && !row.isEmpty()) {
        if (!YAML_KEY.matcher(row).lookingAt()) {
          return text;
        }
        sawKey = true;
      }
      if (sawKey && (row.equals("---") || row.equals("..."))) {
        int end = 0;
        for (int k = 0; k <= i; k++) {
          end = text.indexOf('\n', end) + 1;
          if (end == 0) {
            return "";
          }
        }
        return "\n".repeat(i + 1) + text.substring(end);
      }
    }
    return text;
  }

  /** The same style with {@code bold} set. */
  static LineStyle bold(LineStyle style) {
    return new LineStyle(
        style.fontSize(),
        style.relativeSize(),
        true,
        style.indent(),
        style.headingLevel(),
        style.listDepth(),
        style.blockStart(),
        style.column());
  }
}
