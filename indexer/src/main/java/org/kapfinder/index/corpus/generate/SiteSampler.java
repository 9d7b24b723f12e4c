package org.kapfinder.index.corpus.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.geo.Component2D;
import org.apache.lucene.geo.LatLonGeometry;
import org.apache.lucene.index.PointValues.Relation;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.geo.StateBoundaries;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.geo.ZipCode;

/**
 * Chooses where a generated provider is: a place drawn in proportion to its population, then a ZIP
 * code whose centroid is near that place, then a point within about a kilometre of the ZIP's
 * centroid that lies inside the ZIP's state. The address takes the ZIP's postal city and state, so
 * ZIP, city, state and point always agree with the gazetteer.
 *
 * <p>Only ZIPs whose centroid lies inside their own state's polygon are used (this leaves out the
 * few that straddle a state line or sit offshore), so a point can always fall back to the centroid.
 * Immutable and safe to share between threads once built.
 */
final class SiteSampler {

  /** Where a provider is. {@code zip} is null for an address given only as city and state. */
  record Site(ZipCode zip, Place place, String city, String state, GeoPoint point) {}

  /** An eligible ZIP, and whether its whole jitter disc lies in its state. */
  private record Candidate(ZipCode zip, boolean discInside) {}

  /** Jitter around a ZIP centroid or place point, so that providers of one ZIP do not stack. */
  static final double MAX_OFFSET_METERS = 1_000;

  private static final double KM_PER_DEGREE_LAT = 110.57;
  private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;
  private static final double FALLBACK_RADIUS_KM = 30;
  private static final int POINT_ATTEMPTS = 24;

  private final StateBoundaries boundaries;
  private final Map<String, Component2D> stateShapes = new LinkedHashMap<>();
  private final Place[] places;
  private final Candidate[][] candidateZips;
  private final boolean[] placeNameResolves;
  private final boolean[] placeDiscInside;
  private final long[] cumulativePopulation;
  private final Map<String, int[]> placeRangeByState = new LinkedHashMap<>();
  private final List<String> stateCodes;
  private final long[] cumulativeStatePopulation;

  SiteSampler(Gazetteer gazetteer) {
    this.boundaries = gazetteer.boundaries();
    for (String code : gazetteer.states().keySet()) {
      stateShapes.put(code, LatLonGeometry.create(boundaries.polygons(code)));
    }
    Map<String, List<Candidate>> zipsByState = new LinkedHashMap<>();
    for (ZipCode zip : gazetteer.zips().values()) {
      if (boundaries.stateAt(zip.lat(), zip.lon()).filter(zip.state()::equals).isPresent()) {
        zipsByState
            .computeIfAbsent(zip.state(), s -> new ArrayList<>())
            .add(new Candidate(zip, discInside(zip.lat(), zip.lon(), zip.state())));
      }
    }
    // Sorted by latitude so that zipsNear scans only a band; ties keep ZIP order.
    zipsByState.values().forEach(zips -> zips.sort(Comparator.comparingDouble(c -> c.zip().lat())));
    List<Place> kept = new ArrayList<>();
    List<Candidate[]> candidates = new ArrayList<>();
    List<Boolean> resolves = new ArrayList<>();
    // places.tsv is sorted by state, so each state's places form one range.
    for (Place place : gazetteer.places()) {
      if (place.population() <= 0) {
        continue;
      }
      Candidate[] near = zipsNear(place, zipsByState.getOrDefault(place.state(), List.of()));
      if (near.length == 0) {
        continue;
      }
      int index = kept.size();
      kept.add(place);
      candidates.add(near);
      resolves.add(resolvesToItself(gazetteer, place));
      int[] range = placeRangeByState.computeIfAbsent(place.state(), s -> new int[] {index, index});
      range[1] = index + 1;
    }
    this.places = kept.toArray(new Place[0]);
    this.candidateZips = candidates.toArray(new Candidate[0][]);
    this.placeNameResolves = new boolean[places.length];
    this.placeDiscInside = new boolean[places.length];
    for (int i = 0; i < places.length; i++) {
      placeNameResolves[i] = resolves.get(i);
      placeDiscInside[i] = discInside(places[i].lat(), places[i].lon(), places[i].state());
    }
    this.cumulativePopulation = new long[places.length];
    long total = 0;
    for (int i = 0; i < places.length; i++) {
      total += places[i].population();
      cumulativePopulation[i] = total;
    }
    this.stateCodes = new ArrayList<>();
    List<Long> statePopulations = new ArrayList<>();
    for (UsState state : gazetteer.states().values()) {
      if (placeRangeByState.containsKey(state.code())) {
        stateCodes.add(state.code());
        statePopulations.add(state.population());
      }
    }
    this.cumulativeStatePopulation = new long[stateCodes.size()];
    long sum = 0;
    for (int i = 0; i < stateCodes.size(); i++) {
      sum += statePopulations.get(i);
      cumulativeStatePopulation[i] = sum;
    }
  }

  /** The states a site can be drawn in, in gazetteer order (all 50 and DC with real data). */
  List<String> states() {
    return List.copyOf(stateCodes);
  }

  /** A state drawn in proportion to its population (a telehealth programme's home state). */
  String state(Dice dice) {
    return stateCodes.get(draw(cumulativeStatePopulation, 0, stateCodes.size(), dice));
  }

  /**
   * A site drawn in proportion to population, anywhere or within {@code state} when it is not null.
   * With {@code withZip} false the address is a city and state only, the city being a place name
   * that the gazetteer resolves back to that place; when the drawn place's name does not, the site
   * keeps its ZIP.
   */
  Site site(Dice dice, String state, boolean withZip) {
    int from = 0;
    int to = places.length;
    if (state != null) {
      int[] range = placeRangeByState.get(state);
      if (range == null) {
        throw new IllegalArgumentException("no places in state " + state);
      }
      from = range[0];
      to = range[1];
    }
    int index = draw(cumulativePopulation, from, to, dice);
    Place place = places[index];
    if (!withZip && placeNameResolves[index]) {
      GeoPoint point =
          pointNear(place.lat(), place.lon(), place.state(), placeDiscInside[index], dice);
      return new Site(null, place, place.name(), place.state(), point);
    }
    Candidate candidate = dice.pick(candidateZips[index]);
    ZipCode zip = candidate.zip();
    GeoPoint point = pointNear(zip.lat(), zip.lon(), zip.state(), candidate.discInside(), dice);
    return new Site(zip, place, zip.city(), zip.state(), point);
  }

  /**
   * A point within {@link #MAX_OFFSET_METERS} of the given one (uniform over the disc) that lies in
   * {@code state}'s polygon; the given point itself when no attempt lands inside (a sliver of
   * coast). Coordinates are rounded to 5 decimals (about a metre), as records carry them.
   *
   * <p>When the disc's bounding box lies wholly inside the state, as it does almost everywhere away
   * from borders and coasts, any point of it will do and the polygon test is skipped.
   */
  private GeoPoint pointNear(double lat, double lon, String state, boolean discInside, Dice dice) {
    for (int attempt = 0; attempt < POINT_ATTEMPTS; attempt++) {
      double distanceKm = MAX_OFFSET_METERS / 1000 * Math.sqrt(dice.uniform());
      double bearing = 2 * Math.PI * dice.uniform();
      double pointLat = round5(lat + distanceKm * Math.cos(bearing) / KM_PER_DEGREE_LAT);
      double pointLon =
          round5(
              lon
                  + distanceKm
                      * Math.sin(bearing)
                      / (KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat))));
      if (discInside || boundaries.stateAt(pointLat, pointLon).filter(state::equals).isPresent()) {
        return new GeoPoint(pointLat, pointLon);
      }
    }
    return new GeoPoint(round5(lat), round5(lon));
  }

  /** True when every point within {@link #MAX_OFFSET_METERS} of the point lies in the state. */
  private boolean discInside(double lat, double lon, String state) {
    double marginKm = MAX_OFFSET_METERS / 1000 + 0.01;
    double latMargin = marginKm / KM_PER_DEGREE_LAT;
    double lonMargin =
        marginKm
            / (KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(Math.abs(lat) + latMargin)));
    return stateShapes
            .get(state)
            .relate(lon - lonMargin, lon + lonMargin, lat - latMargin, lat + latMargin)
        == Relation.CELL_INSIDE_QUERY;
  }

  /**
   * The ZIPs of the place's state whose centroid is within a radius that grows with the place's
   * population (a big city's offices spread over many ZIPs); the nearest one within 30 km when none
   * is. {@code stateZips} is sorted by latitude, so only a band of it is scanned.
   */
  private static Candidate[] zipsNear(Place place, List<Candidate> stateZips) {
    double radiusKm = Math.min(25, 3 + Math.sqrt(place.population()) / 120);
    double bandDegrees = Math.max(radiusKm, FALLBACK_RADIUS_KM) / KM_PER_DEGREE_LAT;
    List<Candidate> near = new ArrayList<>();
    Candidate nearest = null;
    double nearestKm = Double.MAX_VALUE;
    for (int i = firstAtOrAbove(stateZips, place.lat() - bandDegrees);
        i < stateZips.size() && stateZips.get(i).zip().lat() <= place.lat() + bandDegrees;
        i++) {
      Candidate candidate = stateZips.get(i);
      ZipCode zip = candidate.zip();
      double km = approximateKm(place.lat(), place.lon(), zip.lat(), zip.lon());
      if (km <= radiusKm) {
        near.add(candidate);
      }
      if (km < nearestKm) {
        nearestKm = km;
        nearest = candidate;
      }
    }
    if (near.isEmpty() && nearest != null && nearestKm <= FALLBACK_RADIUS_KM) {
      near.add(nearest);
    }
    // In ZIP order, so that which ZIP a draw picks does not depend on how they were found.
    near.sort(Comparator.comparing(c -> c.zip().zip()));
    return near.toArray(new Candidate[0]);
  }

  /** The first index whose ZIP latitude is at least {@code lat}, in a list sorted by latitude. */
  private static int firstAtOrAbove(List<Candidate> byLatitude, double lat) {
    int low = 0;
    int high = byLatitude.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (byLatitude.get(middle).zip().lat() < lat) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** True when the place's own name finds it again, and its point lies in its state's polygon. */
  private boolean resolvesToItself(Gazetteer gazetteer, Place place) {
    Optional<Place> found = gazetteer.place(place.name(), place.state());
    return found.isPresent()
        && found.get().id() == place.id()
        && boundaries.stateAt(place.lat(), place.lon()).filter(place.state()::equals).isPresent();
  }

  /** An index in {@code [from, to)} drawn in proportion to the weights behind the running sums. */
  private static int draw(long[] cumulative, int from, int to, Dice dice) {
    long base = from == 0 ? 0 : cumulative[from - 1];
    long target = base + dice.below(cumulative[to - 1] - base);
    int found = Arrays.binarySearch(cumulative, from, to, target);
    // Running sums are strictly increasing; the entry whose sum first exceeds target wins.
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** Equirectangular distance: plenty for "within a few kilometres" and much cheaper. */
  private static double approximateKm(double lat1, double lon1, double lat2, double lon2) {
    double dy = (lat2 - lat1) * KM_PER_DEGREE_LAT;
    double dx =
        (lon2 - lon1) * KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    return Math.sqrt(dx * dx + dy * dy);
  }

  static double round5(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }
}
