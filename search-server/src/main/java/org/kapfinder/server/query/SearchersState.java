package org.kapfinder.server.query;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * "In my state", "my home state", "en mi estado": the whole state the searcher is in, found from
 * their point. Such a searcher asks for every provider who may treat them there, the telehealth
 * programs licensed in it above all, not for those within a few miles.
 */
final class SearchersState {

  private static final Set<String> OWNERS = Set.of("my", "our", "mi", "nuestro");

  private static final Set<String> STATE = Set.of("state", "estado");

  /** A word between the owner and "state": "my home state", "my own state". */
  private static final Set<String> BETWEEN = Set.of("home", "own");

  /** Words before the phrase that only place it: the "in" of "in my state". */
  private static final Set<String> BEFORE = Set.of("in", "within", "across", "throughout", "en");

  private SearchersState() {}

  /**
   * Consumes the first such phrase, with the word that places it.
   *
   * @return whether there was one
   */
  static boolean consume(List<Token> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (!isFree(tokens, k, OWNERS)) {
        continue;
      }
      int state = isFree(tokens, k + 1, BETWEEN) ? k + 2 : k + 1;
      if (!isFree(tokens, state, STATE) || saysStateOfMind(tokens, state)) {
        continue;
      }
      int from = isFree(tokens, k - 1, BEFORE) ? k - 1 : k;
      for (int at = from; at <= state; at++) {
        tokens.get(at).consumed = true;
      }
      return true;
    }
    return false;
  }

  /**
   * The searcher's state as a place to search in, or empty without a point or outside the states.
   */
  static Optional<ResolvedPlace> at(PlaceLookup places, Double lat, Double lon) throws IOException {
    if (lat == null || lon == null) {
      return Optional.empty();
    }
    Optional<String> code = places.stateAt(lat, lon);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return places.candidates(List.of(code.get().toLowerCase(Locale.ROOT))).stream()
        .filter(candidate -> candidate.isState() && candidate.state().equals(code.get()))
        .findFirst()
        .map(
            state ->
                new ResolvedPlace(
                    state.name(),
                    state.lat(),
                    state.lon(),
                    state.state(),
                    ResolvedPlace.KIND_STATE,
                    ResolvedPlace.SOURCE_QUERY));
  }

  /** "my state of mind" is no place. */
  private static boolean saysStateOfMind(List<Token> tokens, int state) {
    return state + 2 < tokens.size()
        && tokens.get(state + 1).norm.equals("of")
        && tokens.get(state + 2).norm.equals("mind");
  }

  private static boolean isFree(List<Token> tokens, int at, Set<String> words) {
    return at >= 0
        && at < tokens.size()
        && !tokens.get(at).consumed
        && words.contains(tokens.get(at).norm);
  }
}
