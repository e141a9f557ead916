package dev.vitae.bench.devcorpus;

/** Escaping of gold text for the formats the renderers write. */
public final class Escapes {
  private Escapes() {}

  /**
   * Text for a LaTeX document compiled by XeLaTeX: the ten special characters are escaped, and
   * brackets are braced so that an item or an optional argument never swallows them.
   */
  public static String latex(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\textbackslash{}");
        case '{', '}', '$', '&', '%', '#', '_' -> sb.append('\\').append(c);
        case '~' -> sb.append("\\textasciitilde{}");
        case '^' -> sb.append("\\textasciicircum{}");
        case '[', ']' -> sb.append('{').append(c).append('}');
        // "--" and "---" would become dashes, and "``" a quote: keep the characters apart
        case '-', '`', '\'' -> {
          sb.append(c);
          if (i + 1 < text.length() && text.charAt(i + 1) == c) {
            sb.append("{}");
          }
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A URL as the first argument of {@code \href}: the characters TeX would act on escaped. */
  public static String latexUrl(String url) {
    StringBuilder sb = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case '%', '#', '&', '_', '$', '{', '}' -> sb.append('\\').append(c);
        case '~' -> sb.append("\\string~");
        case '\\', '^' -> sb.append("\\string").append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Text for HTML content and attribute values. */
  public static String html(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Text for Markdown (CommonMark) inline content: the punctuation that could start emphasis, a
   * link, code, HTML or an escape is backslash-escaped, and so is a leading character that would
   * make the line a heading, a list item or a quote.
   */
  public static String markdown(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '~' -> sb.append('\\').append(c);
        case '#', '+', '-', '=' -> {
          // at the start, followed by a space or nothing, it would open a heading or a list item
          if (i == 0 && (text.length() == 1 || text.charAt(1) == ' ' || c == '=' || c == '#')) {
            sb.append('\\');
          }
          sb.append(c);
        }
        default -> sb.append(c);
      }
    }
    // "1. item" or "1) item" at the start of a line would be an ordered list
    int digits = 0;
    while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < sb.length()
        && (sb.charAt(digits) == '.' || sb.charAt(digits) == ')')
        && (digits + 1 == sb.length() || sb.charAt(digits + 1) == ' ')) {
      sb.insert(digits, '\\');
    }
    return sb.toString();
  }

  /** A URL as a Markdown link destination: in angle brackets when it has spaces or parentheses. */
  public static String markdownUrl(String url) {
    if (url.indexOf(' ') >= 0 || url.indexOf('(') >= 0 || url.indexOf(')') >= 0) {
      return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
    }
    return url;
  }

  /** Text for XML character data and attribute values (DOCX parts). */
  public static String xml(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          // XML 1.0 has no place for most control characters
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
