package dev.vitae.bench.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.extractor.roles.HeaderPart;
import dev.vitae.extractor.roles.HeaderPart.Separator;
import dev.vitae.extractor.roles.PartRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartLabelsTest {
  private static final String GOLD =
      """
      {"work": [
        {"name": "Harbour Bistro Ltd", "position": "Line Cook, Pastry", "location": "Brighton"},
        {"name": "Gull Point Hotel", "position": "Kitchen Porter"}],
       "volunteer": [{"organization": "Food Bank Hove", "position": "Driver"}]}
      """;

  private static List<PartLabels.GoldEntry> gold() throws Exception {
    return PartLabels.entries(new ObjectMapper().readTree(GOLD));
  }

  private static HeaderPart part(String text, int line, Separator sep) {
    return new HeaderPart(text, line, sep);
  }

  @Test
  void eachPartTakesTheRoleOfTheFieldHoldingIt() throws Exception {
    List<HeaderPart> parts =
        List.of(
            part("Line Cook", 0, Separator.START),
            part("Pastry", 0, Separator.COMMA),
            part("Harbour Bistro Ltd", 1, Separator.START),
            part("Brighton", 1, Separator.BAR),
            part("Full-time", 1, Separator.BAR));
    assertThat(PartLabels.label(parts, gold()))
        .contains(
            List.of(PartRole.TITLE, PartRole.TITLE, PartRole.ORG, PartRole.PLACE, PartRole.OTHER));
  }

  @Test
  void theHeaderIsAlignedWithTheEntryNamingMostOfIt() throws Exception {
    List<HeaderPart> parts =
        List.of(
            part("Kitchen Porter", 0, Separator.START), part("Gull Point Hotel", 0, Separator.AT));
    assertThat(PartLabels.label(parts, gold())).contains(List.of(PartRole.TITLE, PartRole.ORG));
    List<HeaderPart> volunteer =
        List.of(part("Food Bank Hove", 0, Separator.START), part("Driver", 1, Separator.START));
    assertThat(PartLabels.label(volunteer, gold())).contains(List.of(PartRole.ORG, PartRole.TITLE));
  }

  @Test
  void aHeaderMostlyUnknownToTheGoldIsNotAligned() throws Exception {
    List<HeaderPart> parts =
        List.of(
            part("Brighton", 0, Separator.START),
            part("Seasonal catering for weddings and corporate events", 0, Separator.BAR));
    assertThat(PartLabels.label(parts, gold())).isEmpty();
  }
}
