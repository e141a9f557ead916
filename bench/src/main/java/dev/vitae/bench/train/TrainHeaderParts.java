package dev.vitae.bench.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.Vitae;
import dev.vitae.extractor.eval.CorpusManifest;
import dev.vitae.extractor.eval.RendererSplit;
import dev.vitae.extractor.roles.HeaderPart;
import dev.vitae.extractor.roles.PartFeatures;
import dev.vitae.extractor.roles.PartLog;
import dev.vitae.extractor.roles.PartRole;
import dev.vitae.extractor.roles.PartRoleModel;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the header-part role model ({@link PartRoleModel}) on the tuning half of a rendered
 * development corpus, deterministically (GIS, fixed iterations and cutoff, no shuffling), and
 * reports leave-one-renderer-out accuracy. The extractor runs with its rules only while the
 * training headers are collected, so a model never learns from its own decisions.
 *
 * <pre>
 * TrainHeaderParts CORPUS GOLD SPLIT OUT.bin [--no-loro]
 * </pre>
 *
 * CORPUS holds {@code manifest.tsv} and the rendered files, GOLD the gold JSON, SPLIT the renderer
 * halves ({@code testdata/devcorpus/split.tsv}).
 */
public final class TrainHeaderParts {
  static final int ITERATIONS = 150;
  static final int CUTOFF = 2;

  private TrainHeaderParts() {}

  /** One aligned header: its renderer, parts and gold roles. */
  record Sample(
      String renderer, List<HeaderPart> parts, List<PartRole> rules, List<PartRole> roles) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: TrainHeaderParts CORPUS GOLD SPLIT OUT.bin [--no-loro]");
      System.exit(2);
    }
    System.setProperty(PartRoleModel.SWITCH, "off"); // the rules alone cut and label
    Path corpus = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    RendererSplit split =
        RendererSplit.parse(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
    Path out = Path.of(args[3]);
    boolean loro = !List.of(args).contains("--no-loro");
    PrintStream log = System.err;

    List<Sample> samples = collect(corpus, gold, split, log);
    Map<PartRole, Integer> counts = new EnumMap<>(PartRole.class);
    samples.forEach(s -> s.roles().forEach(r -> counts.merge(r, 1, Integer::sum)));
    log.printf(Locale.ROOT, "headers %d, parts %s%n", samples.size(), counts);

    AbstractModel model = train(samples);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(tmp);
        DataOutputStream dos = new DataOutputStream(os)) {
      new GenericModelWriter(model, dos).persist();
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    log.printf(Locale.ROOT, "model: %s (%d bytes)%n", out, Files.size(out));
    log.printf(
        Locale.ROOT, "training set accuracy: %s%n", accuracy(new PartRoleModel(model), samples));
    log.printf(
        Locale.ROOT, "the word rules on the same headers: %s%n", score(samples, Sample::rules));
    if (loro) {
      TreeSet<String> renderers = new TreeSet<>();
      samples.forEach(s -> renderers.add(s.renderer()));
      int right = 0;
      int all = 0;
      for (String r : renderers) {
        List<Sample> in = samples.stream().filter(s -> !s.renderer().equals(r)).toList();
        List<Sample> held = samples.stream().filter(s -> s.renderer().equals(r)).toList();
        Score sc = accuracy(new PartRoleModel(train(in)), held);
        right += sc.right;
        all += sc.parts;
        log.printf(
            Locale.ROOT, "  leave out %-28s %s (rules: %s)%n", r, sc, score(held, Sample::rules));
      }
      log.printf(
          Locale.ROOT,
          "leave-one-renderer-out: %d/%d parts = %.3f%n",
          right,
          all,
          (double) right / all);
    }
  }

  static List<Sample> collect(Path corpus, Path gold, RendererSplit split, PrintStream log)
      throws IOException {
    CorpusManifest manifest =
        CorpusManifest.parse(
            Files.readString(corpus.resolve(CorpusManifest.FILE_NAME), StandardCharsets.UTF_8));
    ObjectMapper json = new ObjectMapper();
    Vitae vitae = Vitae.builder().build();
    Map<String, List<PartLabels.GoldEntry>> golds = new TreeMap<>();
    List<Sample> samples = new ArrayList<>();
    int docs = 0;
    int unaligned = 0;
    for (CorpusManifest.Row row : manifest.rows()) {
      if (split.findHalf(row.renderer()).orElse(null) != RendererSplit.Half.TUNING) {
        continue;
      }
      Path file = corpus.resolve(row.file());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      List<PartLabels.GoldEntry> entries = golds.get(row.gold());
      if (entries == null) {
        JsonNode g = json.readTree(gold.resolve(row.gold()).toFile());
        entries = PartLabels.entries(g);
        golds.put(row.gold(), entries);
      }
      var logged = PartLog.collect(() -> vitae.parse(file));
      docs++;
      for (PartLog.Header h : logged.headers()) {
        var roles = PartLabels.label(h.parts(), entries);
        if (roles.isPresent()) {
          samples.add(new Sample(row.renderer(), h.parts(), h.rules(), roles.get()));
        } else {
          unaligned++;
        }
      }
    }
    log.printf(
        Locale.ROOT,
        "documents %d, aligned headers %d, unaligned %d%n",
        docs,
        samples.size(),
        unaligned);
    return samples;
  }

  static AbstractModel train(List<Sample> samples) throws IOException {
    List<Event> events = new ArrayList<>();
    for (Sample s : samples) {
      List<String> classes = s.parts().stream().map(p -> PartFeatures.classes(p.text())).toList();
      for (int i = 0; i < s.parts().size(); i++) {
        PartRole previous = i == 0 ? null : s.roles().get(i - 1);
        events.add(
            new Event(
                s.roles().get(i).name(),
                PartFeatures.of(s.parts(), classes, s.rules(), i, previous)));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    MaxentModel model =
        TrainerFactory.getEventTrainer(params, null)
            .train(ObjectStreamUtils.createObjectStream(events));
    return (AbstractModel) model;
  }

  /** Parts and whole headers labelled right. */
  record Score(int right, int parts, int headersRight, int headers) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "parts %d/%d = %.3f, headers %d/%d = %.3f",
          right,
          parts,
          (double) right / Math.max(1, parts),
          headersRight,
          headers,
          (double) headersRight / Math.max(1, headers));
    }
  }

  static Score accuracy(PartRoleModel model, List<Sample> samples) {
    return score(samples, s -> model.label(s.parts(), s.rules()));
  }

  static Score score(List<Sample> samples, Function<Sample, List<PartRole>> labeller) {
    int right = 0;
    int parts = 0;
    int headersRight = 0;
    for (Sample s : samples) {
      List<PartRole> got = labeller.apply(s);
      int r = 0;
      for (int i = 0; i < got.size(); i++) {
        r += got.get(i) == s.roles().get(i) ? 1 : 0;
      }
      right += r;
      parts += got.size();
      headersRight += r == got.size() ? 1 : 0;
    }
    return new Score(right, parts, headersRight, samples.size());
  }
}
