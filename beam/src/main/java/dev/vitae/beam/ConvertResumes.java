package dev.vitae.beam;

import java.util.Objects;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input files and converts each: {@code FileIO.match} → skip hidden files and the job's
 * own outputs → {@code FileIO.readMatches} (bytes as stored, never decompressed) → {@link
 * ResumeFn}. The result holds {@link ResumeFn#RESUMES} and {@link ResumeFn#DEAD_LETTERS}. A pattern
 * that matches no file fails the job (Beam's default), so that a mistyped input does not pass for
 * an empty run.
 */
public final class ConvertResumes extends PTransform<PBegin, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  private final InputRoot input;
  private final ConversionFactory factory;
  private final String[] skipped;

  private ConvertResumes(InputRoot input, ConversionFactory factory, String[] skipped) {
    this.input = Objects.requireNonNull(input, "input");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.skipped = skipped.clone();
  }

  /**
   * Converts what {@code input} matches with what {@code factory} builds.
   *
   * @param skipped prefixes of files never read even when matched (the job's own outputs, made
   *     absolute with {@link InputRoot#absolute(String)})
   */
  public static ConvertResumes of(InputRoot input, ConversionFactory factory, String... skipped) {
    return new ConvertResumes(input, factory, skipped);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    InputRoot root = input;
    String[] outputs = skipped;
    return begin
        .apply("Match", FileIO.match().filepattern(root.filepattern()))
        .apply(
            "SkipHiddenAndOutputs",
            Filter.by((MatchResult.Metadata file) -> read(root, outputs, file)))
        .apply("Read", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply(
            "Convert",
            ParDo.of(new ResumeFn(root, factory))
                .withOutputTags(ResumeFn.RESUMES, TupleTagList.of(ResumeFn.DEAD_LETTERS)));
  }

  private static boolean read(InputRoot root, String[] outputs, MatchResult.Metadata file) {
    String resource = file.resourceId().toString();
    for (String output : outputs) {
      if (resource.startsWith(output)) {
        return false;
      }
    }
    return root.accepts(resource);
  }
}
