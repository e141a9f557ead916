package dev.vitae.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;
import org.jspecify.annotations.Nullable;

/** The job's command-line options, next to the runner's own ({@code --runner}, …). */
public interface VitaeBeamOptions extends PipelineOptions {

  /** The folder or glob to read. */
  @Description(
      "Input: a folder (every file under it) or a glob such as /data/in/**/*.pdf or gs://b/in/*"
          + " (gs://, s3:// and hdfs:// need the jar built with -Pgcs, -Ps3 or -Phdfs);"
          + " names in meta.vitae.source.file are relative to the folder before the first wildcard")
  @Validation.Required
  String getInput();

  /** Sets {@link #getInput()}. */
  void setInput(String input);

  /** The prefix of the JSON Resume lines files. */
  @Description("Output prefix: JSON Resume lines go to <output>-SSSSS-of-NNNNN.jsonl")
  @Validation.Required
  String getOutput();

  /** Sets {@link #getOutput()}. */
  void setOutput(String output);

  /** The prefix of the dead-letter files; {@code <output>-errors} unless set. */
  @Description(
      "Dead-letter prefix: one {\"file\",\"reason\",\"message\"} line per failed file goes to"
          + " <deadLetter>-SSSSS-of-NNNNN.jsonl; defaults to <output>-errors")
  @Default.InstanceFactory(DeadLetterDefault.class)
  String getDeadLetter();

  /** Sets {@link #getDeadLetter()}. */
  void setDeadLetter(String deadLetter);

  /**
   * {@code off} (the rules alone, the default) or {@code on} (the rules checked by the NLP layer).
   */
  @Description(
      "NLP layer: off (default) or on; on needs a job jar built with -Pnlp, which adds the GPL-3.0"
          + " vitae-nlp module and its models (CoreNLP entities, OpenNLP language detection)")
  @Default.String("off")
  String getNlp();

  /** Sets {@link #getNlp()}. */
  void setNlp(String nlp);

  /** {@code <output>-errors}. */
  final class DeadLetterDefault implements DefaultValueFactory<String> {
    @Override
    public @Nullable String create(PipelineOptions options) {
      String output = options.as(VitaeBeamOptions.class).getOutput();
      return output == null ? null : output + "-errors";
    }
  }
}
