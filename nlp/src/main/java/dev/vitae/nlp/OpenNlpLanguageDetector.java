package dev.vitae.nlp;

import dev.vitae.extractor.nlp.LanguageDetector;
import dev.vitae.extractor.nlp.LanguageGuess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Document language from Apache OpenNLP's 103-language detector ({@value #MODEL}, from {@code
 * opennlp-models-langdetect}), with its ISO 639-3 codes turned into ISO 639-1 ({@code fra} to
 * {@code fr}; the Chinese macro-language codes to {@code zh}). The model loads on first use; a
 * {@link LanguageDetectorME} is cheap and not thread-safe, so each call makes its own.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  /** The model's classpath resource. */
  public static final String MODEL = "langdetect-183.bin";

  private static final int MAX_CHARS = 10_000;
  private static final int GUESSES = 3;
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private final Lazy<LanguageDetectorModel> model = new Lazy<>(OpenNlpLanguageDetector::readModel);

  /** Whether the model is on the classpath. */
  public static boolean isAvailable() {
    return OpenNlpLanguageDetector.class.getClassLoader().getResource(MODEL) != null;
  }

  /** Loads the model now rather than on the first text. */
  @Override
  public void load() {
    model.get();
  }

  // Whether load() or a first text has loaded the model.
  boolean isLoaded() {
    return model.isLoaded();
  }

  @Override
  public List<LanguageGuess> detect(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (t.codePoints().noneMatch(Character::isLetter)) {
      return List.of();
    }
    Language[] languages = new LanguageDetectorME(model.get()).predictLanguages(t);
    List<LanguageGuess> out = new ArrayList<>();
    for (Language language : languages) {
      if (out.size() == GUESSES) {
        break;
      }
      String code = TWO_LETTER.get(language.getLang());
      if (code != null) {
        out.add(new LanguageGuess(code, language.getConfidence()));
      }
    }
    return List.copyOf(out);
  }

  private static LanguageDetectorModel readModel() {
    try (InputStream in =
        OpenNlpLanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model not on the classpath: " + MODEL);
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
      } catch (MissingResourceException e) {
        // a language with no three-letter code cannot be named by the model either
      }
    }
    // The model names Chinese by its varieties and some languages by their macro-language codes.
    codes.put("cmn", "zh");
    codes.put("yue", "zh");
    codes.put("wuu", "zh");
    codes.put("zho", "zh");
    codes.put("pes", "fa");
    codes.put("zsm", "ms");
    codes.put("ekk", "et");
    codes.put("lvs", "lv");
    codes.put("npi", "ne");
    codes.put("swh", "sw");
    codes.put("uzn", "uz");
    codes.put("azj", "az");
    codes.put("khk", "mn");
    codes.put("plt", "mg");
    codes.put("ory", "or");
    codes.put("gug", "gn");
    return Map.copyOf(codes);
  }
}
