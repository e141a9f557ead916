package dev.vitae.extractor.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.extractor.entry.HeaderParts;
import dev.vitae.extractor.roles.HeaderPart.Separator;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class PartRoleModelTest {
  private static final List<HeaderPart> PARTS =
      List.of(
          new HeaderPart("Kitchen Supervisor", 0, Separator.START),
          new HeaderPart("Harbour Bistro Ltd", 0, Separator.BAR),
          new HeaderPart("Brighton", 0, Separator.COMMA));
  private static final List<PartRole> RULES = List.of(PartRole.TITLE, PartRole.ORG, PartRole.PLACE);

  @Test
  void theModelIsBuiltInAndLoadsOnce() {
    assertThat(PartRoleModel.builtIn()).isPresent();
    assertThat(PartRoleModel.builtIn().get()).isSameAs(PartRoleModel.builtIn().get());
  }

  @Test
  void aSureModelOverrulesTheRules() {
    // trained on one outcome only: it is certain every part is OTHER
    PartRoleModel sure = model(List.of(PartRole.OTHER, PartRole.OTHER));
    assertThat(sure.label(PARTS, RULES)).containsOnly(PartRole.OTHER);
  }

  @Test
  void aPartAloneOrCutByWordsKeepsTheRulesRole() {
    PartRoleModel sure = model(List.of(PartRole.OTHER));
    List<HeaderPart> alone = List.of(new HeaderPart("Quillfeather", 0, Separator.START));
    assertThat(sure.label(alone, List.of(PartRole.ORG))).containsExactly(PartRole.ORG);
    List<HeaderPart> byWords =
        List.of(
            new HeaderPart("Tech Leader", 0, Separator.START),
            new HeaderPart("Quillfeather", 0, Separator.SPACE));
    assertThat(sure.label(byWords, List.of(PartRole.TITLE, PartRole.ORG)))
        .containsExactly(PartRole.OTHER, PartRole.ORG);
  }

  @Test
  void anUnsureModelLeavesTheRulesRoles() {
    // as many TITLE as OTHER events on the same features: never 0.95 sure of either
    PartRoleModel unsure = model(List.of(PartRole.OTHER, PartRole.TITLE));
    assertThat(unsure.label(PARTS, RULES)).isEqualTo(RULES);
  }

  @Test
  void headerPartsTakeTheModelsRolesAndJoinNeighboursOfOneRole() {
    PartRoleModel sure = model(List.of(PartRole.TITLE, PartRole.TITLE));
    HeaderParts hp =
        HeaderParts.parse(List.of("Registered Nurse, Emergency Department"), List.of(), sure);
    assertThat(hp.title()).isEqualTo("Registered Nurse, Emergency Department");
    assertThat(hp.organization()).isNull();
  }

  @Test
  void withoutAModelHeaderPartsFollowTheRules() {
    HeaderParts hp =
        HeaderParts.parse(
            List.of("Kitchen Supervisor | Harbour Bistro Ltd, Boston, MA"), List.of(), null);
    assertThat(hp.title()).isEqualTo("Kitchen Supervisor");
    assertThat(hp.organization()).isEqualTo("Harbour Bistro Ltd");
    assertThat(hp.location()).isEqualTo("Boston, MA");
  }

  @Test
  void theStandardModelReadsACommonHeader() {
    HeaderParts hp =
        HeaderParts.parse(
            List.of("Senior Software Engineer | Kestrel Labs Inc., Denver, CO"),
            List.of(),
            PartRoleModel.builtIn().get());
    assertThat(hp.title()).isEqualTo("Senior Software Engineer");
    assertThat(hp.organization()).isEqualTo("Kestrel Labs Inc.");
    assertThat(hp.location()).isEqualTo("Denver, CO");
  }

  /**
   * A model that gives every part the same odds: all to the first outcome when there is one, an
   * even split otherwise.
   */
  private static PartRoleModel model(List<PartRole> outcomes) {
    String[] names = outcomes.stream().distinct().map(PartRole::name).toArray(String[]::new);
    return new PartRoleModel(
        new MaxentModel() {
          @Override
          public double[] eval(String[] context) {
            double[] p = new double[names.length];
            java.util.Arrays.fill(p, 1.0 / names.length);
            return p;
          }

          @Override
          public double[] eval(String[] context, double[] probs) {
            return eval(context);
          }

          @Override
          public double[] eval(String[] context, float[] values) {
            return eval(context);
          }

          @Override
          public String getBestOutcome(double[] outcomes) {
            return names[0];
          }

          @Override
          public String getAllOutcomes(double[] outcomes) {
            return String.join(" ", names);
          }

          @Override
          public String getOutcome(int i) {
            return names[i];
          }

          @Override
          public int getIndex(String outcome) {
            return List.of(names).indexOf(outcome);
          }

          @Override
          public int getNumOutcomes() {
            return names.length;
          }
        });
  }
}
