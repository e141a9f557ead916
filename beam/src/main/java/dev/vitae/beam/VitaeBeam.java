package dev.vitae.beam;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The vitae Beam job: every file under {@code --input} to one JSON Resume line under {@code
 * --output}, and every failure to one line under {@code --deadLetter}. Runs on the DirectRunner
 * unless {@code --runner} names another runner on the classpath (FlinkRunner, SparkRunner, …).
 * Input and outputs go through Beam's {@link FileSystems}, so any scheme whose Beam module is in
 * the jar works ({@code gs://} with {@code -Pgcs}, {@code s3://} with {@code -Ps3}, {@code hdfs://}
 * with {@code -Phdfs}).
 */
public final class VitaeBeam {
  /** The suffix of every file the job writes. */
  public static final String SUFFIX = ".jsonl";

  /** Exit status of {@link #main}: the job ran to its end (files may have been dead-lettered). */
  static final int DONE = 0;

  /** Exit status of {@link #main}: the job started but did not finish. */
  static final int FAILED = 1;

  /** Exit status of {@link #main}: an option is missing or wrong; the job did not start. */
  static final int USAGE = 2;

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://");

  /** The Maven profile of the job jar, and the Beam module it adds, for each known scheme. */
  private static final Map<String, String> PROFILES =
      Map.of(
          "gs", "-Pgcs (beam-sdks-java-extensions-google-cloud-platform-core)",
          "s3", "-Ps3 (beam-sdks-java-io-amazon-web-services2)",
          "hdfs", "-Phdfs (beam-sdks-java-io-hadoop-file-system)");

  private VitaeBeam() {}

  /**
   * Builds the job, runs it to the end and prints its counts on stderr (stdout is the command
   * line's alone). Exits with {@value #USAGE} on a usage error, printed as one line and a hint, and
   * with {@value #FAILED} when the job fails.
   */
  public static void main(String[] args) {
    int status = run(args, System.err);
    if (status != DONE) {
      System.exit(status);
    }
  }

  /**
   * {@link #main} without the exit: builds and runs the job, reports on {@code err}.
   *
   * @return {@value #DONE}, {@value #FAILED} or {@value #USAGE}
   */
  static int run(String[] args, PrintStream err) {
    Pipeline pipeline;
    try {
      PipelineOptionsFactory.register(VitaeBeamOptions.class);
      pipeline =
          create(PipelineOptionsFactory.fromArgs(args).withValidation().as(VitaeBeamOptions.class));
    } catch (IllegalArgumentException e) {
      err.println("vitae-beam: " + e.getMessage());
      err.println("try --help=" + VitaeBeamOptions.class.getSimpleName());
      return USAGE;
    }
    PipelineResult result;
    PipelineResult.State state;
    try {
      result = pipeline.run();
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      // Runners wrap the cause (a pattern that matched nothing, an unwritable output) in their own.
      err.println("vitae-beam: the job failed: " + rootCause(e));
      return FAILED;
    }
    if (state != PipelineResult.State.DONE) {
      err.println("vitae-beam: the job ended " + state);
      return FAILED;
    }
    try {
      err.println("vitae-beam: " + ConversionCounts.of(result).describe());
    } catch (UnsupportedOperationException e) {
      err.println("vitae-beam: done; this runner reports no counters");
    }
    return DONE;
  }

  /**
   * The job as a pipeline, not yet run: match, convert with {@link
   * dev.vitae.convert.ResumeConverter#standard()} (built once per worker) or, with {@code
   * --nlp=on}, with {@link NlpConversionFactory}, write both outputs.
   *
   * @throws IllegalArgumentException when {@code --nlp} is neither {@code off} nor {@code on}, when
   *     it is {@code on} and the NLP layer is not on the class path, or when a path's scheme has no
   *     Beam file system in this jar; each message says what to do
   */
  public static Pipeline create(VitaeBeamOptions options) {
    return create(options, conversion(options.getNlp(), VitaeBeam.class.getClassLoader()));
  }

  /**
   * The job with another conversion, for tests and for callers with their own limits or stages.
   *
   * @throws IllegalArgumentException when a path's scheme has no Beam file system in this jar
   */
  public static Pipeline create(VitaeBeamOptions options, ConversionFactory factory) {
    InputRoot input = InputRoot.of(options.getInput());
    // Pipeline.create hands the options to FileSystems, which then knows the registered schemes.
    Pipeline pipeline = Pipeline.create(options);
    requireFileSystem("--input", input.root(), true);
    requireFileSystem("--output", options.getOutput(), false);
    requireFileSystem("--deadLetter", options.getDeadLetter(), false);
    PCollectionTuple converted =
        pipeline.apply(
            "ConvertResumes",
            ConvertResumes.of(
                input,
                factory,
                InputRoot.absolute(options.getOutput()),
                InputRoot.absolute(options.getDeadLetter())));
    converted
        .get(ResumeFn.RESUMES)
        .apply("WriteResumes", TextIO.write().to(options.getOutput()).withSuffix(SUFFIX));
    converted
        .get(ResumeFn.DEAD_LETTERS)
        .apply("WriteDeadLetters", TextIO.write().to(options.getDeadLetter()).withSuffix(SUFFIX));
    return pipeline;
  }

  /**
   * The conversion for {@code --nlp}: {@code off} (the rules alone) or {@code on}, in any case.
   *
   * @param loader where the NLP layer's provider is looked for
   * @throws IllegalArgumentException when the mode is neither, or is {@code on} and {@code loader}
   *     sees no NLP layer
   */
  static ConversionFactory conversion(String nlp, ClassLoader loader) {
    Objects.requireNonNull(nlp, "nlp");
    return switch (nlp.toLowerCase(Locale.ROOT)) {
      case "off" -> ConversionFactory.standard();
      case "on" -> NlpConversionFactory.require(loader);
      default -> throw new IllegalArgumentException("--nlp: expected off or on, got '" + nlp + "'");
    };
  }

  private static void requireFileSystem(String option, String spec, boolean directory) {
    try {
      FileSystems.matchNewResource(spec, directory);
    } catch (IllegalArgumentException e) {
      Matcher scheme = SCHEME.matcher(spec);
      if (!scheme.find()) {
        throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
      }
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      String profile = PROFILES.get(name);
      throw new IllegalArgumentException(
          option
              + ": no Beam file system for "
              + name
              + ":// in this jar"
              + (profile == null
                  ? "; add the Beam module that registers it to the job jar"
                  : "; build the job jar with " + profile),
          e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
