package dev.vitae.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The vitae Beam job: every file under {@code --input} to one JSON Resume line under {@code
 * --output}, and every failure to one line under {@code --deadLetter}. Runs on the DirectRunner
 * unless {@code --runner} names another runner on the classpath (FlinkRunner, SparkRunner, …).
 */
public final class VitaeBeam {
  /** The suffix of every file the job writes. */
  public static final String SUFFIX = ".jsonl";

  private VitaeBeam() {}

  /**
   * Builds the job and runs it to the end.
   *
   * @throws IllegalArgumentException when an option is missing or malformed (Beam's message names
   *     it)
   */
  public static void main(String[] args) {
    PipelineOptionsFactory.register(VitaeBeamOptions.class);
    VitaeBeamOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(VitaeBeamOptions.class);
    PipelineResult.State state = create(options).run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the job ended " + state);
    }
  }

  /**
   * The job as a pipeline, not yet run: match, convert with {@link Conversion#standard()} (built
   * once per worker), write both outputs.
   */
  public static Pipeline create(VitaeBeamOptions options) {
    return create(options, ConversionFactory.standard());
  }

  /** The job with another conversion, for tests and for callers with their own limits or stages. */
  public static Pipeline create(VitaeBeamOptions options, ConversionFactory factory) {
    InputRoot input = InputRoot.of(options.getInput());
    Pipeline pipeline = Pipeline.create(options);
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
}
