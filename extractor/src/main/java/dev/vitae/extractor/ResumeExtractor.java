package dev.vitae.extractor;

import dev.vitae.extractor.model.Resume;
import dev.vitae.extractor.model.VitaeMeta;
import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.parser.TextDocument;
import java.util.Objects;

/**
 * Turns a {@link TextDocument} into a {@link Resume}: runs the pipeline over a fresh draft and adds
 * provenance. Thread-safe when its stages are, which every stage must be.
 */
public final class ResumeExtractor {
  /** Written to {@code meta.vitae.parser}. */
  public static final String PARSER_VERSION = "vitae 0.1.0";

  private final ExtractionPipeline pipeline;

  public ResumeExtractor(ExtractionPipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /** The rule-based pipeline with every standard stage. */
  public static ResumeExtractor standard() {
    return new ResumeExtractor(new ExtractionPipeline(Stages.standard()));
  }

  /**
   * The standard pipeline with the NLP stages of {@link Stages#withNlp}: the rules decide, and the
   * models in {@code nlp} confirm or correct what the rules were unsure of.
   */
  public static ResumeExtractor withNlp(NlpLayer nlp) {
    return new ResumeExtractor(new ExtractionPipeline(Stages.withNlp(nlp)));
  }

  public ExtractionPipeline pipeline() {
    return pipeline;
  }

  public Resume extract(TextDocument doc) {
    ResumeDraft draft = new ResumeDraft();
    doc.warnings().forEach(draft::warn);
    pipeline.extract(doc, draft);
    VitaeMeta.SourceMeta source =
        new VitaeMeta.SourceMeta(
            doc.source().name(),
            doc.source().mediaType(),
            doc.source().sha256().isEmpty() ? null : doc.source().sha256(),
            doc.pages(),
            draft.documentLanguages());
    return draft.toResume(
        new VitaeMeta(PARSER_VERSION, source, draft.decisions(), draft.warnings()));
  }
}
