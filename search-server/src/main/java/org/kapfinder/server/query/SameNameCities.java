package org.kapfinder.server.query;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapfinder.index.geo.Distances;

/**
 * Which of the cities sharing a name a searcher means, when they did not name the state, and which
 * others to offer them.
 */
final class SameNameCities {

  /**
   * A city of a shared name this large is named to a searcher shown another: Springfield, IL
   * (114,000) to one shown Springfield, MO, but not Austin, MN (25,000) to one shown Austin, TX.
   */
  static final long MIN_POPULATION_OFFERED = 50_000;

  /**
   * A city of the name this close to the searcher is offered whatever its size, when a larger one
   * farther away was chosen: from Austin, "columbus" is Columbus, OH, and Columbus, TX, 90 miles
   * away, may be the one they meant.
   */
  static final double NEARBY_MILES = 100;

  static final int MAX_OFFERED = 3;

  private SameNameCities() {}

  /**
   * How much a city's size counts against its distance: the likeliest candidate has the least
   * distance over population to this power. At 0.5, a gravity model of travel (population over
   * squared distance), a town of 3,900 people 117 miles away outweighed a city of 680,000 1,630
   * miles away: "denver" from New York was Denver, PA. People name the cities they know of, and the
   * large ones are known far away.
   */
  private static final double POPULATION_WEIGHT = 0.75;

  /**
   * The candidate the searcher most likely means. With their point known, the one of least distance
   * over population to the {@link #POPULATION_WEIGHT}: from Boston, Portland is Portland, ME, not
   * the small Portland, CT at about the same distance nor the larger Portland, OR across the
   * country; from Austin, Brooklyn is Brooklyn, NY (2.3 million people, 1,500 miles), not Brooklyn,
   * IA (1,400 people, 830 miles); from New York, Denver is Denver, CO. Without their point, the
   * most populous.
   */
  static PlaceLookup.Candidate likeliest(
      List<PlaceLookup.Candidate> candidates, Double lat, Double lon) {
    if (lat != null && lon != null) {
      return candidates.stream()
          .min(Comparator.comparingDouble(c -> milesPerPerson(c, lat, lon)))
          .orElseThrow();
    }
    return candidates.stream()
        .max(Comparator.comparingLong(PlaceLookup.Candidate::population))
        .orElseThrow();
  }

  /** Distance over weighted population: the smaller, the likelier the place. */
  private static double milesPerPerson(PlaceLookup.Candidate city, double lat, double lon) {
    double miles = Distances.haversineMiles(lat, lon, city.lat(), city.lon());
    return miles / Math.pow(Math.max(1, city.population()), POPULATION_WEIGHT);
  }

  /**
   * The other cities of the chosen one's name that the searcher may have meant: when the name is a
   * region's that several states or parts of one share ("north shore", "panhandle"), the others of
   * those regions, nearest the searcher first; then the city of the name nearest them when within
   * {@link #NEARBY_MILES}, then the large ones, most populous first.
   */
  static List<String> others(
      List<PlaceLookup.Candidate> candidates,
      PlaceLookup.Candidate chosen,
      Double lat,
      Double lon) {
    Set<String> offered = new LinkedHashSet<>();
    if (chosen.isAlias()) {
      candidates.stream()
          .filter(c -> c.isAlias() && !label(c).equals(label(chosen)))
          .sorted(
              lat == null || lon == null
                  ? Comparator.comparingLong(PlaceLookup.Candidate::population).reversed()
                  : Comparator.comparingDouble(
                      c -> Distances.haversineMiles(lat, lon, c.lat(), c.lon())))
          .forEach(region -> offered.add(label(region)));
    }
    List<PlaceLookup.Candidate> cities =
        candidates.stream()
            .filter(c -> !c.isState() && !c.isAlias())
            .filter(c -> !label(c).equals(label(chosen)))
            .toList();
    if (lat != null && lon != null) {
      cities.stream()
          .filter(c -> Distances.haversineMiles(lat, lon, c.lat(), c.lon()) <= NEARBY_MILES)
          .min(
              Comparator.comparingDouble(c -> Distances.haversineMiles(lat, lon, c.lat(), c.lon())))
          .ifPresent(nearby -> offered.add(label(nearby)));
    }
    cities.stream()
        .filter(c -> c.population() >= MIN_POPULATION_OFFERED)
        .sorted(Comparator.comparingLong(PlaceLookup.Candidate::population).reversed())
        .forEach(c -> offered.add(label(c)));
    return offered.stream().limit(MAX_OFFERED).toList();
  }

  /** "Austin, TX"; "Washington, D.C." already says where it is. */
  static String label(PlaceLookup.Candidate city) {
    return city.name().contains(",") ? city.name() : city.name() + ", " + city.state();
  }
}
