package dev.vitae.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.vitae.extractor.eval.CorpusManifest;
import dev.vitae.extractor.eval.DocumentScore;
import dev.vitae.extractor.eval.GoldIndex;
import dev.vitae.extractor.eval.RendererSplit;
import dev.vitae.extractor.eval.Report;
import dev.vitae.extractor.eval.ReportWriter;
import dev.vitae.extractor.eval.Scorer;
import dev.vitae.parser.DocumentException;
import dev.vitae.parser.DocumentParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vitae eval}: scores a folder of predictions against a folder of gold JSON Resume files and
 * prints the P/R/F1 tables of {@code docs/evaluation.md}.
 *
 * <p>When the gold folder has an {@code index.tsv} ({@link GoldIndex}), each gold file it lists
 * pairs with the prediction {@code <file>.json} and the source document {@code <file>}, at the same
 * relative path or, failing that, anywhere under their folders when that file name is unique there:
 * a resume kept in several formats ({@code x.md}, {@code x.pdf}) is then scored in the format its
 * gold was written for. Otherwise, and for gold files the index does not list, each gold {@code
 * X.json} pairs with the prediction for the same stem: {@code X.<ext>.json} as {@code vitae batch}
 * writes it, or {@code X.json}, at the same relative path or, failing that, anywhere under the
 * prediction folder when the stem is unique there.
 *
 * <p>With {@code --manifest}, a rendered corpus is scored instead ({@link CorpusManifest}, as
 * {@code scripts/devcorpus.sh} writes it): each row is one document, scored against its gold under
 * {@code --gold} with the prediction {@code <file>.json} under {@code --pred}, and tagged with its
 * {@code renderer}, {@code format} and {@code language}; with {@code --split} also its {@code
 * half}, and {@code --half} keeps one half only. The report then has a table per renderer and per
 * half.
 *
 * <p>Each document is tagged with its {@code format} (the source file's extension) and {@code
 * language} (the first of the prediction's {@code meta.vitae.source.languages}); the report has a
 * table per format and per language. Exit codes: 0 when scored, 1 when the micro-F1 is below {@code
 * --min-f1}, 2 on usage errors (a missing folder, no gold file, an unreadable gold file or index,
 * an index naming a missing gold file, an unwritable {@code --json} file).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Scores predicted JSON Resume files against gold ones: P/R/F1 per slot, group and"
            + " document.")
public final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final String JSON = ".json";

  /** Reads the text of a source document, for the "not visible in the document" rule. */
  @FunctionalInterface
  interface DocumentTexts {
    String read(Path file, String name) throws DocumentException;
  }

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold JSON files.")
  private Path goldDir;

  @Option(
      names = "--pred",
      required = true,
      paramLabel = "DIR|FILE",
      description =
          "Predictions: a folder of <input name>.json files (vitae batch) and .jsonl files, or one"
              + " .jsonl file (vitae parse --jsonl, the Beam job: each line names its document in"
              + " meta.vitae.source.file).")
  private Path predDir;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      description =
          "Source documents; gold values their text does not show are left out of recall.")
  private Path docsDir;

  @Option(
      names = "--min-f1",
      paramLabel = "X",
      description = "Exit with 1 when the micro-F1 is below X (0 to 1).")
  private Double minF1;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  private Path jsonFile;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "Score a rendered corpus by its manifest.tsv (file, gold, renderer, format, lang): each"
              + " row's prediction is <file>.json under --pred, its gold under --gold, its document"
              + " under --docs (default: the manifest's folder).")
  private Path manifestFile;

  @Option(
      names = "--split",
      paramLabel = "FILE",
      description =
          "With --manifest: the half of each renderer (renderer<TAB>tuning|check); every"
              + " document is tagged with its half.")
  private Path splitFile;

  @Option(
      names = "--half",
      paramLabel = "HALF",
      description = "With --manifest and --split: score only this half (tuning or check).")
  private String half;

  @Spec private CommandSpec spec;

  private final DocumentTexts texts;

  // Predictions read from JSON Lines, under the names <source file>.json they would have in a
  // folder; the paths are not files.
  private final Map<Path, JsonNode> linePredictions = new HashMap<>();

  /** The command as the {@code vitae} launcher runs it: document texts come from the parser. */
  public EvalCommand() {
    // Built on first read: picocli makes every subcommand at start-up, and Tika's type registry
    // would cost `vitae parse` a few hundred milliseconds of its cold start.
    this(
        new DocumentTexts() {
          private @Nullable DocumentTexts parser;

          @Override
          public synchronized String read(Path file, String name) throws DocumentException {
            if (parser == null) {
              parser = parserTexts(DocumentParser.withDefaults());
            }
            return parser.read(file, name);
          }
        });
  }

  EvalCommand(DocumentTexts texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * Scores every gold file, prints the report to the command's standard output and, with {@code
   * --json}, writes it to a file.
   *
   * @return 0, or 1 when the micro-F1 is below {@code --min-f1}
   * @throws ParameterException on usage errors, which picocli turns into exit code 2
   */
  @Override
  public Integer call() {
    requireDirectory(goldDir, "--gold");
    boolean predFile = Files.isRegularFile(predDir) && isJsonLines(predDir);
    if (!predFile) {
      requireDirectory(predDir, "--pred");
    }
    if (docsDir != null) {
      requireDirectory(docsDir, "--docs");
    }
    if (minF1 != null && !(minF1 >= 0 && minF1 <= 1)) {
      throw usage("--min-f1 must be between 0 and 1");
    }
    if (manifestFile == null && (splitFile != null || half != null)) {
      throw usage("--split and --half need --manifest");
    }
    Path given = predDir;
    List<Path> predFiles = predictionFiles(predFile);
    if (manifestFile != null) {
      requirePredictions(predFiles, given);
      return report(scoreManifest(new Scorer()), "");
    }
    List<Path> golds = jsonFiles(goldDir);
    if (golds.isEmpty()) {
      throw usage("--gold: no .json file in " + goldDir);
    }
    Optional<GoldIndex> index = readIndex(golds);
    requirePredictions(predFiles, given);
    FileIndex predictions = new FileIndex(predDir, predFiles, true);
    FileIndex documents = docsDir == null ? null : new FileIndex(docsDir, files(docsDir), false);

    Scorer scorer = new Scorer();
    List<DocumentScore> scores = new ArrayList<>();
    for (Path gold : golds) {
      String name = relative(goldDir, gold);
      String key = stripSuffix(name, JSON);
      Optional<String> source = index.flatMap(i -> i.findSource(name));
      List<String> notes = new ArrayList<>();
      if (index.isPresent() && source.isEmpty()) {
        notes.add("not listed in " + GoldIndex.FILE_NAME + ": paired by file stem");
      }
      scores.add(scoreOne(scorer, key, source, readGold(gold), predictions, documents, notes));
    }
    return report(
        scores,
        String.format(
            Locale.ROOT,
            "%n%d gold documents scored with %d prediction files; %d prediction files had no gold%n",
            golds.size(),
            predictions.used(),
            predictions.size() - predictions.used()));
  }

  // Prints the report and its summary line, writes --json, and checks --min-f1.
  private int report(List<DocumentScore> scores, String summary) {
    Report report = new Report(scores);
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReportWriter.toText(report));
    out.print(summary);
    out.flush();

    if (jsonFile != null) {
      writeJson(report);
    }
    if (minF1 != null && report.microF1() < minF1) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "micro-F1 %.3f is below --min-f1 %.3f%n", report.microF1(), minF1);
      err.flush();
      return 1;
    }
    return 0;
  }

  /**
   * Scores one gold file.
   *
   * @param source the source document the index names for it, or empty to pair by stem
   */
  private DocumentScore scoreOne(
      Scorer scorer,
      String key,
      Optional<String> source,
      JsonNode gold,
      FileIndex predictions,
      @Nullable FileIndex documents,
      List<String> notes) {
    Optional<Path> predFile =
        source.isPresent()
            ? predictions.findFile(source.get(), notes, "prediction")
            : predictions.find(key, notes, "prediction");
    JsonNode pred = MissingNode.getInstance();
    if (predFile.isEmpty()) {
      notes.add(
          "no prediction"
              + source.map(f -> " " + f + JSON).orElse("")
              + ": every gold slot counted as missed");
    } else {
      try {
        pred = readPrediction(predFile.get());
      } catch (IOException e) {
        notes.add("prediction is not readable JSON: every gold slot counted as missed");
      }
    }

    String text = null;
    Optional<Path> docFile = Optional.empty();
    if (documents != null) {
      docFile = findDocument(key, source, predFile, documents, notes);
      if (docFile.isEmpty()) {
        notes.add("no source document found: scored without exclusion");
      } else {
        text = readText(docFile.get(), relative(docsDir, docFile.get()), notes);
      }
    }

    DocumentScore score = scorer.score(key, gold, pred, text);
    for (String note : notes) {
      score = score.withNote(note);
    }
    Optional<Path> doc = docFile;
    Optional<String> format =
        source
            .map(EvalCommand::baseName)
            .or(() -> doc.map(p -> p.getFileName().toString()))
            .or(() -> predFile.map(p -> stripSuffix(p.getFileName().toString(), JSON)))
            .flatMap(EvalCommand::extension);
    if (format.isPresent()) {
      score = score.withAttribute("format", format.get());
    }
    JsonNode languages = pred.path("meta").path("vitae").path("source").path("languages");
    // A bilingual document counts under its first (main) language.
    if (languages.isArray() && !languages.isEmpty() && !languages.get(0).asText().isBlank()) {
      score = score.withAttribute("language", languages.get(0).asText());
    }
    return score;
  }

  /**
   * Scores every row of the manifest (of the chosen half): the row's file is the document id, its
   * renderer, format, language and half are its attributes.
   */
  private List<DocumentScore> scoreManifest(Scorer scorer) {
    CorpusManifest manifest = readTsv("--manifest", manifestFile, CorpusManifest::parse);
    Optional<RendererSplit> split =
        Optional.ofNullable(splitFile).map(f -> readTsv("--split", f, RendererSplit::parse));
    Optional<RendererSplit.Half> only = Optional.empty();
    if (half != null) {
      if (split.isEmpty()) {
        throw usage("--half needs --split");
      }
      try {
        only = Optional.of(RendererSplit.Half.of(half));
      } catch (IllegalArgumentException e) {
        throw usage("--half: " + e.getMessage());
      }
    }
    Path parent = manifestFile.toAbsolutePath().getParent();
    Path docs = docsDir != null ? docsDir : Objects.requireNonNull(parent, "a file has a parent");
    Map<String, JsonNode> golds = new HashMap<>();
    List<DocumentScore> scores = new ArrayList<>();
    int missing = 0;
    for (CorpusManifest.Row row : manifest.rows()) {
      Optional<RendererSplit.Half> rowHalf = split.flatMap(s -> s.findHalf(row.renderer()));
      if (split.isPresent() && rowHalf.isEmpty()) {
        throw usage("--split: no half for renderer " + row.renderer());
      }
      if (only.isPresent() && !only.equals(rowHalf)) {
        continue;
      }
      JsonNode gold = golds.get(row.gold());
      if (gold == null) {
        Path goldFile = goldDir.resolve(row.gold());
        if (!Files.isRegularFile(goldFile)) {
          throw usage("--manifest: no gold " + row.gold() + " under --gold for " + row.file());
        }
        gold = readGold(goldFile);
        golds.put(row.gold(), gold);
      }
      List<String> notes = new ArrayList<>();
      JsonNode pred = MissingNode.getInstance();
      Path predFile = predDir.resolve(row.file() + JSON);
      if (!linePredictions.containsKey(predFile) && !Files.isRegularFile(predFile)) {
        missing++;
        notes.add("no prediction " + row.file() + JSON + ": every gold slot counted as missed");
      } else {
        try {
          pred = readPrediction(predFile);
        } catch (IOException e) {
          notes.add("prediction is not readable JSON: every gold slot counted as missed");
        }
      }
      Path doc = docs.resolve(row.file());
      String text = null;
      if (Files.isRegularFile(doc)) {
        text = readText(doc, row.file(), notes);
      } else {
        notes.add("no source document found: scored without exclusion");
      }
      DocumentScore score =
          scorer
              .score(row.file(), gold, pred, text)
              .withAttribute("renderer", row.renderer())
              .withAttribute("format", row.format())
              .withAttribute("language", row.language());
      if (rowHalf.isPresent()) {
        score = score.withAttribute("half", rowHalf.get().key());
      }
      for (String note : notes) {
        score = score.withNote(note);
      }
      scores.add(score);
    }
    if (scores.isEmpty()) {
      throw usage("--manifest: no document to score" + (half == null ? "" : " in half " + half));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (missing > 0) {
      err.printf(
          Locale.ROOT,
          "vitae eval: %d of %d documents had no prediction%n",
          missing,
          scores.size());
      err.flush();
    }
    return scores;
  }

  /**
   * The prediction files: the {@code .json} files of the folder and, for each JSON Resume line of
   * its {@code .jsonl} files (or of the one {@code .jsonl} file given), the name {@code <source
   * file>.json} it would have there. Failure lines ({@code {"error":…}}, the Beam job's dead
   * letters) are skipped: their documents count as having no prediction.
   */
  private List<Path> predictionFiles(boolean single) {
    List<Path> files = new ArrayList<>();
    List<Path> lineFiles;
    if (single) {
      lineFiles = List.of(predDir);
    } else {
      List<Path> all = files(predDir);
      all.stream().filter(p -> p.getFileName().toString().endsWith(JSON)).forEach(files::add);
      // A batch's manifest and error log are not predictions.
      lineFiles =
          all.stream()
              .filter(EvalCommand::isJsonLines)
              .filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME))
              .filter(p -> !p.getFileName().toString().equals(ErrorLog.FILE_NAME))
              .toList();
    }
    Path root = single ? Objects.requireNonNull(predDir.toAbsolutePath().getParent()) : predDir;
    int unnamed = 0;
    for (Path lineFile : lineFiles) {
      List<String> lines;
      try {
        lines = Files.readAllLines(lineFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw usage("--pred: cannot read " + lineFile + ": " + IoMessages.describe(e));
      }
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (IOException e) {
          unnamed++;
          continue;
        }
        if (isFailureLine(node)) {
          continue;
        }
        Optional<String> name = sourceName(node);
        if (name.isEmpty()) {
          unnamed++;
          continue;
        }
        Path path = root.resolve(name.get() + JSON);
        if (linePredictions.put(path, node) == null) {
          files.add(path);
        }
      }
    }
    if (unnamed > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "vitae eval: %d JSON lines skipped: not JSON, or no meta.vitae.source.file%n",
          unnamed);
      err.flush();
    }
    if (single) {
      // Everything is paired by name under the .jsonl file's folder.
      predDir = root;
    }
    files.sort(Comparator.comparing(p -> relative(predDir, p)));
    return files;
  }

  // No prediction at all is a mistyped folder or a run that wrote nothing, not an F1 of 0.
  private void requirePredictions(List<Path> predFiles, Path given) {
    if (predFiles.isEmpty()) {
      throw usage("--pred: no prediction in " + given + " (no .json file, no JSON Resume line)");
    }
  }

  private JsonNode readPrediction(Path file) throws IOException {
    JsonNode fromLine = linePredictions.get(file);
    return fromLine != null ? fromLine : MAPPER.readTree(file.toFile());
  }

  private static boolean isJsonLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  // `vitae parse --jsonl` writes {"error":{…}}; the Beam job's dead letters are {file, reason, …}.
  private static boolean isFailureLine(JsonNode node) {
    return node.has("error") || (node.has("reason") && node.has("file") && !node.has("meta"));
  }

  // The document's name as a relative path: no root, no "." or ".." steps.
  private static Optional<String> sourceName(JsonNode node) {
    JsonNode file = node.path("meta").path("vitae").path("source").path("file");
    if (!file.isTextual()) {
      return Optional.empty();
    }
    String name =
        Stream.of(file.asText().replace('\\', '/').split("/"))
            .filter(part -> !part.isEmpty() && !part.equals(".") && !part.equals(".."))
            .collect(Collectors.joining("/"));
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  // A TSV file an option names, parsed; an unreadable or malformed one is a usage error.
  private <T> T readTsv(String option, Path file, Function<String, T> parse) {
    try {
      return parse.apply(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw usage(option + ": cannot read " + file + ": " + e.getClass().getSimpleName());
    } catch (IllegalArgumentException e) {
      throw usage(option + ": " + e.getMessage());
    }
  }

  private Optional<Path> findDocument(
      String key,
      Optional<String> source,
      Optional<Path> predFile,
      FileIndex documents,
      List<String> notes) {
    if (source.isPresent()) {
      return documents.findFile(source.get(), notes, "source document");
    }
    // The prediction's name tells the document's own name: X.pdf.json was written for X.pdf.
    return predFile
        .map(p -> stripSuffix(relative(predDir, p), JSON))
        .flatMap(documents::findExact)
        .or(() -> documents.find(key, notes, "source document"));
  }

  private @Nullable String readText(Path doc, String name, List<String> notes) {
    try {
      return texts.read(doc, name);
    } catch (DocumentException e) {
      notes.add(
          "source document not readable (" + e.reason().code() + "): scored without exclusion");
    } catch (RuntimeException e) {
      // A parser bug must not stop the scoring of other documents; it is reported, not hidden.
      notes.add(
          "source document not readable ("
              + e.getClass().getSimpleName()
              + "): scored without exclusion");
    }
    return null;
  }

  /** The gold folder's index, if it has one; every gold file it names must exist. */
  private Optional<GoldIndex> readIndex(List<Path> golds) {
    Path file = goldDir.resolve(GoldIndex.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    GoldIndex index;
    try {
      index = GoldIndex.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw usage(
          "--gold: cannot read " + GoldIndex.FILE_NAME + ": " + e.getClass().getSimpleName());
    } catch (IllegalArgumentException e) {
      throw usage("--gold: " + e.getMessage());
    }
    Set<String> names = golds.stream().map(g -> relative(goldDir, g)).collect(Collectors.toSet());
    for (String gold : index.sources().keySet()) {
      if (!names.contains(gold)) {
        throw usage("--gold: " + GoldIndex.FILE_NAME + " lists " + gold + ", which is not there");
      }
    }
    return Optional.of(index);
  }

  private JsonNode readGold(Path gold) {
    try {
      JsonNode node = MAPPER.readTree(gold.toFile());
      if (node == null || !node.isObject()) {
        throw usage("--gold: " + relative(goldDir, gold) + " is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw usage("--gold: " + relative(goldDir, gold) + " is not readable JSON");
    }
  }

  private void writeJson(Report report) {
    try {
      Path parent = jsonFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(jsonFile, ReportWriter.toJsonString(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw usage("--json: cannot write " + jsonFile + ": " + e.getClass().getSimpleName());
    }
  }

  private void requireDirectory(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw usage(option + ": not a directory: " + dir);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static DocumentTexts parserTexts(DocumentParser parser) {
    return (file, name) -> parser.parse(file, name).text();
  }

  private static List<Path> jsonFiles(Path dir) {
    return files(dir).stream()
        .filter(p -> p.getFileName().toString().endsWith(JSON))
        .collect(Collectors.toList());
  }

  /** Regular files under a folder, sorted by path; hidden files are skipped. */
  private static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> relative(dir, p)))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  private static String stripSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  /** The part of a relative path before its file name's last extension, if it has one. */
  private static String stripExtension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  private static Optional<String> extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && dot < fileName.length() - 1
        ? Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * Files of a folder looked up by document key (relative path without extensions): first at the
   * same relative path, then by file name anywhere when only one file has it.
   */
  private static final class FileIndex {
    private final Map<String, Path> byPath = new LinkedHashMap<>();
    private final Map<String, List<Path>> byKey = new LinkedHashMap<>();
    private final Map<String, List<Path>> byName = new LinkedHashMap<>();
    private final Map<String, List<Path>> byFileName = new LinkedHashMap<>();
    private final Set<Path> used = new HashSet<>();

    FileIndex(Path dir, List<Path> files, boolean json) {
      for (Path file : files) {
        String rel = relative(dir, file);
        String withoutJson = json ? stripSuffix(rel, JSON) : rel;
        byPath.put(withoutJson, file);
        byFileName.computeIfAbsent(baseName(withoutJson), k -> new ArrayList<>()).add(file);
        List<String> keys = new ArrayList<>();
        // X.json and X.pdf.json are both predictions for X; a document X.pdf has key X.
        if (json) {
          keys.add(withoutJson);
        }
        String stripped = stripExtension(withoutJson);
        if (!keys.contains(stripped)) {
          keys.add(stripped);
        }
        for (String key : keys) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
          byName.computeIfAbsent(baseName(key), k -> new ArrayList<>()).add(file);
        }
      }
    }

    /** The file at exactly this relative path (without {@code .json} for predictions). */
    Optional<Path> findExact(String path) {
      Optional<Path> file = Optional.ofNullable(byPath.get(path));
      file.ifPresent(used::add);
      return file;
    }

    /**
     * The file for a source document named by relative path (for predictions, {@code <path>.json}):
     * at that path, or else the only file of that name in the folder; adds a note when several
     * could be meant.
     */
    Optional<Path> findFile(String path, List<String> notes, String what) {
      Optional<Path> exact = findExact(path);
      if (exact.isPresent()) {
        return exact;
      }
      List<Path> candidates = byFileName.getOrDefault(baseName(path), List.of());
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      if (candidates.size() > 1) {
        notes.add(candidates.size() + " files could be the " + what + "; used the first by path");
      }
      used.add(candidates.get(0));
      return Optional.of(candidates.get(0));
    }

    /** The file for a document key; adds a note when several files could be meant. */
    Optional<Path> find(String key, List<String> notes, String what) {
      List<Path> candidates = byKey.getOrDefault(key, List.of());
      if (candidates.isEmpty()) {
        candidates = byName.getOrDefault(baseName(key), List.of());
      }
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      if (candidates.size() > 1) {
        notes.add(candidates.size() + " files could be the " + what + "; used the first by name");
      }
      used.add(candidates.get(0));
      return Optional.of(candidates.get(0));
    }

    int size() {
      return byPath.size();
    }

    int used() {
      return used.size();
    }
  }
}
