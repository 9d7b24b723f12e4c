package org.kapfinder.index.corpus.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kapfinder.index.geo.UsState;

/**
 * Draws the states a telehealth provider is licensed in. A local practice that adds video visits
 * serves its own state and perhaps a neighbour; a telehealth programme is licensed in a few states
 * of its region or, for the national ones, in thirty or more, the populous states first.
 */
final class LicensedStates {

  /** The Census Bureau's nine divisions: states whose residents a regional practice also sees. */
  private static final List<List<String>> DIVISIONS =
      List.of(
          List.of("CT", "MA", "ME", "NH", "RI", "VT"),
          List.of("NJ", "NY", "PA"),
          List.of("IL", "IN", "MI", "OH", "WI"),
          List.of("IA", "KS", "MN", "MO", "ND", "NE", "SD"),
          List.of("DC", "DE", "FL", "GA", "MD", "NC", "SC", "VA", "WV"),
          List.of("AL", "KY", "MS", "TN"),
          List.of("AR", "LA", "OK", "TX"),
          List.of("AZ", "CO", "ID", "MT", "NM", "NV", "UT", "WY"),
          List.of("AK", "CA", "HI", "OR", "WA"));

  private final Map<String, UsState> states;

  LicensedStates(Map<String, UsState> states) {
    this.states = states;
  }

  /** The home state, and with probability {@code neighbourChance} one more of its division. */
  List<String> local(String home, double neighbourChance, Dice dice) {
    List<String> licensed = new ArrayList<>(List.of(home));
    if (dice.chance(neighbourChance)) {
      List<String> neighbours = new ArrayList<>(division(home));
      neighbours.remove(home);
      if (!neighbours.isEmpty()) {
        licensed.add(dice.pick(neighbours));
      }
    }
    return sorted(licensed);
  }

  /** The home state and up to {@code extra} more of its division. */
  List<String> regional(String home, int extra, Dice dice) {
    List<String> neighbours = new ArrayList<>(division(home));
    neighbours.remove(home);
    List<String> licensed = new ArrayList<>(dice.some(neighbours, extra));
    licensed.add(home);
    return sorted(licensed);
  }

  /**
   * {@code count} states including the home state, drawn without replacement in proportion to
   * population (weighted random keys, Efraimidis and Spirakis), as a national programme grows.
   */
  List<String> national(String home, int count, Dice dice) {
    record Keyed(String code, double key) {}
    List<Keyed> keyed = new ArrayList<>();
    for (UsState state : states.values()) {
      double weight = Math.max(1, state.population());
      // log(u) / w orders states as u^(1/w) does, without underflowing for large weights.
      keyed.add(new Keyed(state.code(), Math.log(dice.uniform()) / weight));
    }
    keyed.sort(Comparator.comparingDouble(Keyed::key).reversed());
    List<String> licensed = new ArrayList<>(List.of(home));
    for (Keyed state : keyed) {
      if (licensed.size() >= count) {
        break;
      }
      if (!state.code().equals(home)) {
        licensed.add(state.code());
      }
    }
    return sorted(licensed);
  }

  /** The full name of a state, for descriptions. */
  String name(String code) {
    return states.get(code).name();
  }

  private static List<String> division(String state) {
    for (List<String> division : DIVISIONS) {
      if (division.contains(state)) {
        return division;
      }
    }
    return List.of(state);
  }

  private static List<String> sorted(List<String> codes) {
    String[] array = codes.toArray(new String[0]);
    Arrays.sort(array);
    return List.of(array);
  }
}
