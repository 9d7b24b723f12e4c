package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.server.query.ProviderBoosts;
import org.kapfinder.server.query.SearchRequest;

/**
 * A provider that lists both conditions one word names ("trauma": PTSD and childhood trauma) counts
 * a little more than one that lists one of them, not as much again, so that a telehealth programme
 * far away does not lead the clinics near the searcher; conditions named by words of their own each
 * count in full.
 */
class NamedConditionsRankingTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aWordOfTwoConditionsStillLeadsWithAClinicNearby() throws Exception {
    // "trauma" names PTSD and childhood trauma; from central Portland, OR.
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamine for trauma", 45.52, -122.68));

    assertThat(response.query().interpreted().conditions())
        .containsExactlyInAnyOrder("ptsd", "childhood_trauma");
    ProviderItem first = response.providers().items().get(0);
    assertThat(first.distanceMiles()).isNotNull().isLessThan(5.0);
    assertThat(first.conditions()).contains("ptsd");
  }

  @Test
  void eachFurtherConditionOfOneWordListedAddsAFifthOfTheFirst() {
    assertThat(ProviderBoosts.groupBoost(0)).isZero();
    assertThat(ProviderBoosts.groupBoost(1)).isEqualTo(ProviderBoosts.CONDITION_BOOST);
    assertThat(ProviderBoosts.groupBoost(3))
        .isEqualTo(ProviderBoosts.CONDITION_BOOST * 1.4f, Offset.offset(1e-6f));
  }

  @Test
  void conditionsOfOneWordAreOneGroupAndOthersAreEachTheirOwn() {
    assertThat(
            ProviderBoosts.conditionGroups(
                EnumSet.of(Condition.PTSD, Condition.CHILDHOOD_TRAUMA, Condition.ANXIETY)))
        .containsExactlyInAnyOrder(
            EnumSet.of(Condition.PTSD, Condition.CHILDHOOD_TRAUMA), EnumSet.of(Condition.ANXIETY));
    assertThat(ProviderBoosts.conditionGroups(EnumSet.of(Condition.PTSD, Condition.DEPRESSION)))
        .containsExactlyInAnyOrder(EnumSet.of(Condition.PTSD), EnumSet.of(Condition.DEPRESSION));
  }
}
