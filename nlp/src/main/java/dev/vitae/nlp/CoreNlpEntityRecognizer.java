package dev.vitae.nlp;

import dev.vitae.extractor.nlp.Entity;
import dev.vitae.extractor.nlp.EntityRecognizer;
import dev.vitae.extractor.nlp.EntityType;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * English named entities from Stanford CoreNLP's {@code tokenize,ssplit,ner} with the 3-class CRF
 * model ({@value #MODEL}) only: no part-of-speech tagger, no SUTime, no fine-grained or numeric
 * classifiers. The model (about 150 MB of heap) loads on the first call and serves every thread. A
 * text is read as one sentence; adjacent tokens with the same class form one entity, scored by the
 * mean of their tag probabilities.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  /** The classpath resource of the CRF model, unpacked from CoreNLP's models jar at build time. */
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final Lazy<StanfordCoreNLP> pipeline = new Lazy<>(CoreNlpEntityRecognizer::newPipeline);

  /** Whether the model is on the classpath. */
  public static boolean isAvailable() {
    return CoreNlpEntityRecognizer.class.getClassLoader().getResource(MODEL) != null;
  }

  /** Loads the model now rather than on the first document. */
  @Override
  public void load() {
    pipeline.get();
  }

  // Whether load() or a first text has loaded the model.
  boolean isLoaded() {
    return pipeline.isLoaded();
  }

  @Override
  public List<Entity> recognize(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
    }
    if (text.isBlank()) {
      return List.of();
    }
    Annotation annotation = new Annotation(text);
    pipeline.get().annotate(annotation);
    List<Entity> entities = new ArrayList<>();
    EntityType open = null;
    int start = 0;
    int end = 0;
    double scoreSum = 0;
    int tokens = 0;
    for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      EntityType type = typeOf(token.ner());
      // A new span starts on a class change; CoNLL tags carry no B-/I- boundary of their own.
      if (open != null && type != open) {
        entities.add(entity(text, start, end, open, scoreSum / tokens));
        open = null;
      }
      if (type == null) {
        continue;
      }
      if (open == null) {
        open = type;
        start = token.beginPosition();
        scoreSum = 0;
        tokens = 0;
      }
      end = token.endPosition();
      scoreSum += probability(token);
      tokens++;
    }
    if (open != null) {
      entities.add(entity(text, start, end, open, scoreSum / tokens));
    }
    return List.copyOf(entities);
  }

  private static Entity entity(String text, int start, int end, EntityType type, double score) {
    return new Entity(
        text.substring(start, end), start, end, type, Math.max(0, Math.min(1, score)));
  }

  private static @Nullable EntityType typeOf(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> null;
    };
  }

  private static double probability(CoreLabel token) {
    Map<String, Double> probs = token.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
    if (probs == null || probs.isEmpty()) {
      return 1.0;
    }
    Double p = probs.get(token.ner());
    return p != null ? p : probs.values().iterator().next();
  }

  private static StanfordCoreNLP newPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    // ner normally asks for pos and lemma, which only the numeric and fine-grained passes read.
    props.setProperty("enforceRequirements", "false");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.isOneSentence", "true");
    props.setProperty("ner.model", MODEL);
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.combinationMode", "NORMAL");
    return new StanfordCoreNLP(props);
  }
}
