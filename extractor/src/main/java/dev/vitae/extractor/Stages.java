package dev.vitae.extractor;

import dev.vitae.extractor.awards.AwardsExtractor;
import dev.vitae.extractor.basics.BasicsExtractor;
import dev.vitae.extractor.document.DocumentLanguageStage;
import dev.vitae.extractor.education.EducationExtractor;
import dev.vitae.extractor.languages.LanguagesExtractor;
import dev.vitae.extractor.layout.LayoutStage;
import dev.vitae.extractor.nlp.NlpLayer;
import dev.vitae.extractor.nlp.NlpStages;
import dev.vitae.extractor.normalize.ResumeNormalizer;
import dev.vitae.extractor.projects.ProjectsExtractor;
import dev.vitae.extractor.publications.PublicationsExtractor;
import dev.vitae.extractor.references.ReferencesExtractor;
import dev.vitae.extractor.section.SectionSplitter;
import dev.vitae.extractor.skills.SkillsExtractor;
import dev.vitae.extractor.work.VolunteerExtractor;
import dev.vitae.extractor.work.WorkExtractor;
import java.util.List;

/**
 * The standard stage list, in cascade order: line features and document language, then sections,
 * then one stage per field group, then normalization. Later stages (NLP) are inserted by callers
 * through {@link ExtractionPipeline}'s constructor, which checks the order.
 */
public final class Stages {
  private Stages() {}

  public static List<Extractor> standard() {
    return List.of(
        new LayoutStage(),
        new DocumentLanguageStage(),
        new SectionSplitter(),
        new BasicsExtractor(),
        new WorkExtractor(),
        new EducationExtractor(),
        new SkillsExtractor(),
        new ProjectsExtractor(),
        new AwardsExtractor(),
        new LanguagesExtractor(),
        new VolunteerExtractor(),
        new PublicationsExtractor(),
        new ReferencesExtractor(),
        new ResumeNormalizer());
  }

  /**
   * The standard stages with the NLP layer's: see {@link NlpStages#around}. With {@link
   * NlpLayer#none()} this is {@link #standard()}.
   */
  public static List<Extractor> withNlp(NlpLayer nlp) {
    return NlpStages.around(standard(), nlp);
  }
}
