package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How many names a search looks up as possible misspelt cities: each cue word's longest name first,
 * and never more than a handful, however many cue words the search has.
 */
class PlaceTyposLookupsTest {

  /** A gazetteer that knows no word and one place, and notes the names looked up. */
  private static final class CountingPlaces implements PlaceLookup {
    final List<String> lookedUp = new ArrayList<>();

    @Override
    public Optional<String> citySpeltLike(String key, int maxEdits, long minPopulation) {
      lookedUp.add(key);
      return Optional.empty();
    }

    @Override
    public Optional<ResolvedPlace> zip(String zip) {
      return Optional.empty();
    }

    @Override
    public boolean isPlaceName(String name) {
      // One place spelt right.
      return name.equals("brock hall");
    }

    @Override
    public List<Candidate> candidates(Collection<String> keys) {
      return List.of();
    }

    @Override
    public Optional<String> stateAt(double lat, double lon) {
      return Optional.empty();
    }

    @Override
    public String normalize(String name) {
      return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean isKnownWord(String word) {
      return false;
    }

    @Override
    public boolean sameTerm(String a, String b) {
      return a.equals(b);
    }
  }

  @Test
  void aCueWordsNamesAreLookedUpLongestFirstThenTheEndOfTheSearchNotTriedYet() throws Exception {
    CountingPlaces places = new CountingPlaces();
    new QueryInterpreter(places).interpret("ketamine near zorblat quenfid", null, null);
    assertThat(places.lookedUp).containsExactly("zorblat quenfid", "zorblat", "quenfid");
  }

  @Test
  void noNameHoldsACueWord() throws Exception {
    CountingPlaces places = new CountingPlaces();
    new QueryInterpreter(places).interpret("ketamine therapy in zorblat", null, null);
    assertThat(places.lookedUp).containsExactly("zorblat");
  }

  @Test
  void thePartsOfAPlaceSpeltRightAreNotLookedUp() throws Exception {
    CountingPlaces places = new CountingPlaces();
    new QueryInterpreter(places).interpret("ketamine therapy in brock hall", null, null);
    assertThat(places.lookedUp).isEmpty();
  }

  @Test
  void aSearchOfManyCueWordsLooksUpNoMoreThanAHandfulOfNames() throws Exception {
    StringBuilder q = new StringBuilder();
    for (int k = 0; k < 30; k++) {
      q.append("in zorblatq").append((char) ('a' + k % 26)).append(' ');
    }
    CountingPlaces places = new CountingPlaces();
    new QueryInterpreter(places).interpret(q.toString(), null, null);
    assertThat(places.lookedUp).hasSize(6);
  }
}
