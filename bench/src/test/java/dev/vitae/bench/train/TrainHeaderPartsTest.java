package dev.vitae.bench.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.roles.HeaderPart;
import dev.vitae.extractor.roles.HeaderPart.Separator;
import dev.vitae.extractor.roles.PartRole;
import dev.vitae.extractor.roles.PartRoleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelWriter;
import org.junit.jupiter.api.Test;

class TrainHeaderPartsTest {
  /** Headers written for the test: title then employer, or employer then title, in two layouts. */
  private static List<TrainHeaderParts.Sample> samples() {
    List<TrainHeaderParts.Sample> out = new ArrayList<>();
    String[][] jobs = {
      {"Line Cook", "Harbour Bistro Ltd"},
      {"Staff Nurse", "Riverside Hospital"},
      {"Sales Engineer", "Northwind Trading Co"},
      {"Class Teacher", "Meadow Park School"},
    };
    for (String[] job : jobs) {
      out.add(
          new TrainHeaderParts.Sample(
              "bar-row",
              List.of(
                  new HeaderPart(job[0], 0, Separator.START),
                  new HeaderPart(job[1], 0, Separator.BAR)),
              List.of(PartRole.TITLE, PartRole.ORG),
              List.of(PartRole.TITLE, PartRole.ORG)));
      out.add(
          new TrainHeaderParts.Sample(
              "two-lines",
              List.of(
                  new HeaderPart(job[1], 0, Separator.START),
                  new HeaderPart(job[0], 1, Separator.START)),
              List.of(PartRole.OTHER, PartRole.TITLE),
              List.of(PartRole.ORG, PartRole.TITLE)));
    }
    return out;
  }

  private static byte[] bytes(AbstractModel model) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream dos = new DataOutputStream(out)) {
      new GenericModelWriter(model, dos).persist();
    }
    return out.toByteArray();
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    assertThat(bytes(TrainHeaderParts.train(samples())))
        .isEqualTo(bytes(TrainHeaderParts.train(samples())));
  }

  @Test
  void aTrainedModelReadsBackAndLearnsTheLayouts() throws Exception {
    byte[] written = bytes(TrainHeaderParts.train(samples()));
    PartRoleModel model = PartRoleModel.read(new ByteArrayInputStream(written));
    TrainHeaderParts.Score score = TrainHeaderParts.accuracy(model, samples());
    assertThat(score.right()).isEqualTo(score.parts());
    assertThat(TrainHeaderParts.score(samples(), TrainHeaderParts.Sample::rules).right())
        .isLessThan(score.parts());
  }
}
