package dev.vitae.nlp;

import dev.vitae.extractor.nlp.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * English sentences from Apache OpenNLP's UD-EWT sentence model (from {@code
 * opennlp-models-sentdetect-en}). The model loads on first use; a {@link SentenceDetectorME} is not
 * thread-safe, so each call makes its own.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  /** The model's classpath resource. */
  public static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final Lazy<SentenceModel> model = new Lazy<>(OpenNlpSentenceSplitter::readModel);

  /** Whether the model is on the classpath. */
  public static boolean isAvailable() {
    return OpenNlpSentenceSplitter.class.getClassLoader().getResource(MODEL) != null;
  }

  /** Loads the model now rather than on the first text. */
  @Override
  public void load() {
    model.get();
  }

  @Override
  public List<String> split(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String sentence : new SentenceDetectorME(model.get()).sentDetect(text)) {
      if (!sentence.isBlank()) {
        out.add(sentence.strip());
      }
    }
    return out.isEmpty() ? List.of(text.strip()) : List.copyOf(out);
  }

  private static SentenceModel readModel() {
    try (InputStream in =
        OpenNlpSentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("sentence model not on the classpath: " + MODEL);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the sentence model", e);
    }
  }
}
