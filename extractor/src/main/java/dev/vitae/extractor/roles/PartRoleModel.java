package dev.vitae.extractor.roles;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.jspecify.annotations.Nullable;

/**
 * Labels the parts of an entry header with their roles, left to right, each decision seeing the one
 * before (a maximum-entropy Markov model). The model is built into the jar and loaded once per
 * process; the extractor uses it only when the system property {@code vitae.roles} is {@code on}.
 */
public final class PartRoleModel {
  /** Where the standard model is, on the class path. */
  public static final String RESOURCE = "/dev/vitae/extractor/roles/header-parts.bin";

  /** The system property that turns the model on ({@code on}; off by default). */
  public static final String SWITCH = "vitae.roles";

  /**
   * How sure the model must be to overrule the word rules' role for a part. Trained on the
   * development corpus, whose 60 resumes qualify titles more often than real ones do ("Registered
   * Nurse, Emergency Department"), the model is right about header layouts but overconfident about
   * such words: below 0.95 it gained on the corpus and lost on the wild gold (docs/roles.md).
   */
  static final double OVERRIDE = 0.95;

  private final MaxentModel model;
  private final int[] roleIndex;

  public PartRoleModel(MaxentModel model) {
    this.model = model;
    this.roleIndex = new int[PartRole.values().length];
    for (PartRole r : PartRole.values()) {
      roleIndex[r.ordinal()] = model.getIndex(r.name());
    }
  }

  /**
   * The model the extractor uses: the built-in one when the system property {@code vitae.roles} is
   * {@code on}, none otherwise (the default, the word rules alone: on real resumes the model does
   * not yet beat them, docs/roles.md).
   */
  public static Optional<PartRoleModel> standard() {
    return Holder.STANDARD;
  }

  /** The model built into the jar, loaded once; empty when the jar lacks it. */
  public static Optional<PartRoleModel> builtIn() {
    return Holder.BUILT_IN;
  }

  /** Reads a model written by the trainer (OpenNLP's binary format). */
  public static PartRoleModel read(InputStream in) throws IOException {
    return new PartRoleModel(
        new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel());
  }

  /** The role of each part, in order, given the roles the word rules gave them. */
  public List<PartRole> label(List<HeaderPart> parts, List<PartRole> rules) {
    List<String> classes = new ArrayList<>(parts.size());
    for (HeaderPart p : parts) {
      classes.add(PartFeatures.classes(p.text()));
    }
    List<PartRole> out = new ArrayList<>(parts.size());
    PartRole previous = null;
    for (int i = 0; i < parts.size(); i++) {
      double[] p = model.eval(PartFeatures.of(parts, classes, rules, i, previous));
      PartRole best = best(p);
      if (best != rules.get(i) && !mayOverrule(parts, i, p[roleIndex[best.ordinal()]])) {
        best = rules.get(i);
      }
      previous = best;
      out.add(previous);
    }
    return out;
  }

  /**
   * Whether the model's role for part {@code i}, of probability {@code p}, may replace the rules'
   * one: only when it is sure, when the header has parts around it to read (one part alone is a
   * question of words, which the model does not see), and when the part was cut at a separator the
   * document wrote rather than by the rules' words ("Tech Leader ByteDance").
   */
  private static boolean mayOverrule(List<HeaderPart> parts, int i, double p) {
    return p >= OVERRIDE
        && parts.size() > 1
        && parts.get(i).separator() != HeaderPart.Separator.SPACE;
  }

  private PartRole best(double[] p) {
    PartRole best = PartRole.OTHER;
    double max = -1;
    for (PartRole r : PartRole.values()) {
      int k = roleIndex[r.ordinal()];
      if (k >= 0 && p[k] > max) {
        max = p[k];
        best = r;
      }
    }
    return best;
  }

  private static final class Holder {
    static final Optional<PartRoleModel> BUILT_IN = load();
    static final Optional<PartRoleModel> STANDARD =
        System.getProperty(SWITCH, "off").toLowerCase(Locale.ROOT).equals("on")
            ? BUILT_IN
            : Optional.empty();

    private static Optional<PartRoleModel> load() {
      try (@Nullable InputStream in = PartRoleModel.class.getResourceAsStream(RESOURCE)) {
        return in == null ? Optional.empty() : Optional.of(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
