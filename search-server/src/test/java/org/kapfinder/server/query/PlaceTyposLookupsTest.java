package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How many names a search looks up as possible misspelt cities: each cue word's longest name first,
 * and never more than a handful, however many cue words the search has.
 */
class PlaceTyposLookupsTest {

  @Test
  void aCueWordsNamesAreLookedUpLongestFirstThenTheEndOfTheSearchNotTriedYet() throws Exception {
    StubPlaces places = new StubPlaces(false, "brock hall");
    new QueryInterpreter(places).interpret("ketamine near zorblat quenfid", null, null);
    assertThat(places.cityLookups()).containsExactly("zorblat quenfid", "zorblat", "quenfid");
  }

  @Test
  void noNameHoldsACueWord() throws Exception {
    StubPlaces places = new StubPlaces(false, "brock hall");
    new QueryInterpreter(places).interpret("ketamine therapy in zorblat", null, null);
    assertThat(places.cityLookups()).containsExactly("zorblat");
  }

  @Test
  void thePartsOfAPlaceSpeltRightAreNotLookedUp() throws Exception {
    StubPlaces places = new StubPlaces(false, "brock hall");
    new QueryInterpreter(places).interpret("ketamine therapy in brock hall", null, null);
    assertThat(places.cityLookups()).isEmpty();
  }

  @Test
  void aSearchOfManyCueWordsLooksUpNoMoreThanAHandfulOfNames() throws Exception {
    StringBuilder q = new StringBuilder();
    for (int k = 0; k < 30; k++) {
      q.append("in zorblatq").append((char) ('a' + k % 26)).append(' ');
    }
    StubPlaces places = new StubPlaces(false, "brock hall");
    new QueryInterpreter(places).interpret(q.toString(), null, null);
    assertThat(places.cityLookups()).hasSize(6);
  }
}
