package dev.vitae.parser;

import dev.vitae.parser.docx.DocxReader;
import dev.vitae.parser.html.HtmlReader;
import dev.vitae.parser.markdown.MarkdownReader;
import dev.vitae.parser.pdf.PdfReader;
import dev.vitae.parser.text.PlainTextReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit list of readers, looked up by media type. The first reader listed for a type wins.
 */
public final class Readers {
  private final Map<String, DocumentReader> byType = new LinkedHashMap<>();

  private Readers(List<DocumentReader> readers) {
    for (DocumentReader reader : readers) {
      for (String type : reader.supportedTypes()) {
        byType.putIfAbsent(type, reader);
      }
    }
  }

  /** The given readers, in order of preference. */
  public static Readers of(DocumentReader... readers) {
    return new Readers(List.of(readers));
  }

  /** Every reader vitae ships, with {@link ParseLimits#DEFAULT}. */
  public static Readers defaults() {
    return defaults(ParseLimits.DEFAULT);
  }

  /** Every reader vitae ships, each bounded by {@code limits}. */
  public static Readers defaults(ParseLimits limits) {
    return of(
        new PdfReader(limits),
        new PlainTextReader(limits),
        new MarkdownReader(limits),
        new DocxReader(limits),
        new HtmlReader(limits));
  }

  /**
   * These readers with {@code reader} put first for every type it supports, e.g. a {@code
   * PdfReader} with OCR on in place of the default one.
   */
  public Readers with(DocumentReader reader) {
    List<DocumentReader> readers = new ArrayList<>();
    readers.add(reader);
    readers.addAll(new LinkedHashSet<>(byType.values()));
    return new Readers(readers);
  }

  /** The reader for a media type (without parameters), if one is listed. */
  public Optional<DocumentReader> find(String mediaType) {
    return Optional.ofNullable(byType.get(mediaType));
  }

  /** Every media type some listed reader accepts. */
  public Set<String> supportedTypes() {
    return Collections.unmodifiableSet(byType.keySet());
  }
}
