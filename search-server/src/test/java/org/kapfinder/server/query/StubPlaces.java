package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A gazetteer without cities, ZIPs or states, so that a search's words are read alone. It notes the
 * names looked up as misspelt cities, and finds none.
 */
public final class StubPlaces implements PlaceLookup {

  private final boolean knowsEveryWord;
  private final Set<String> placeNames;
  private final List<String> cityLookups = new ArrayList<>();

  /**
   * @param knowsEveryWord whether every word is a word of the corpus, or none is
   * @param placeNames the names taken for places spelt right
   */
  public StubPlaces(boolean knowsEveryWord, String... placeNames) {
    this.knowsEveryWord = knowsEveryWord;
    this.placeNames = Set.of(placeNames);
  }

  /** The names looked up as misspelt cities, in order. */
  public List<String> cityLookups() {
    return cityLookups;
  }

  @Override
  public Optional<ResolvedPlace> zip(String zip) {
    return Optional.empty();
  }

  @Override
  public Optional<ResolvedPlace> nearestZip(String zip, int maxGap) {
    return Optional.empty();
  }

  @Override
  public boolean isPlaceName(String name) {
    return placeNames.contains(name);
  }

  @Override
  public List<Candidate> candidates(Collection<String> keys) {
    return List.of();
  }

  @Override
  public Optional<String> citySpeltLike(String key, int maxEdits, long minPopulation) {
    cityLookups.add(key);
    return Optional.empty();
  }

  @Override
  public Optional<String> citySpeltLikeIn(String key, String state) {
    return Optional.empty();
  }

  @Override
  public Optional<String> stateSpeltLike(String key, int maxEdits) {
    return Optional.empty();
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
    return knowsEveryWord;
  }

  @Override
  public boolean usedOtherwise(String word, double lat, double lon, double miles) {
    return true;
  }

  @Override
  public boolean sameTerm(String a, String b) {
    return a.equals(b);
  }
}
