package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the bundled corpus and the real gazetteer: a large place matched at a later word of its name
 * ranks as if matched at its first, a small one does not.
 */
class SuggestRankingTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aLargePlaceMatchedAtALaterWordStillComesFirst() throws Exception {
    assertThat(texts("york")).startsWith("New York", "New York City, NY");
    assertThat(texts("angeles").get(0)).isEqualTo("Los Angeles, CA");
  }

  @Test
  void aSmallPlaceMatchedAtALaterWordComesAfterAnArticleMatchedThere() throws Exception {
    List<String> side = texts("side");
    assertThat(side.get(0)).isEqualTo("Ketamine side effects and risks");
    assertThat(side).contains("Near North Side, IL");
  }

  private static List<String> texts(String typed) throws Exception {
    return SAMPLE.suggestService().suggest(typed, SuggestService.DEFAULT_SIZE).stream()
        .map(SuggestService.Suggestion::text)
        .toList();
  }
}
