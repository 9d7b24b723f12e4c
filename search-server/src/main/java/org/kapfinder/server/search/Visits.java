package org.kapfinder.server.search;

import org.apache.lucene.geo.GeoUtils;
import org.kapfinder.index.geo.Distances;

/**
 * The visit part of a search's reach ({@link ProviderSearch.Reach#visit}) as a test of one match,
 * read from {@link ProviderColumns}: a provider the searcher can visit (in person, within the
 * radius or in the state) or one that travels to them (a mobile provider whose service circle holds
 * the point, or based in the state). A match that fails it was brought in by telehealth alone. It
 * agrees with the query because it makes the same tests on the same values: the radius filter's
 * distance test, the service circle's exact great-circle distance, the address's state.
 */
final class Visits {

  /** No way to visit: every match of the search is reached by telehealth. */
  static final Visits NONE = new Visits(false, false, Double.NaN, Double.NaN, Double.NaN, -1);

  private final boolean inPerson;
  private final boolean mobile;

  /** The searcher's point; NaN for a state-wide search. */
  private final double lat;

  private final double lon;

  /** The haversine sort key of the radius, as {@code LatLonPoint.newDistanceQuery} compares. */
  private final double radiusSortKey;

  /** The state of a state-wide search ({@link ProviderColumns#stateOrdinal(String)}). */
  private final int stateOrdinal;

  private Visits(
      boolean inPerson,
      boolean mobile,
      double lat,
      double lon,
      double radiusSortKey,
      int stateOrdinal) {
    this.inPerson = inPerson;
    this.mobile = mobile;
    this.lat = lat;
    this.lon = lon;
    this.radiusSortKey = radiusSortKey;
    this.stateOrdinal = stateOrdinal;
  }

  /**
   * Visits for a searcher at a point: in person within the radius, mobile covering the point.
   *
   * @param radiusMiles null when in person is not a way of reaching the searcher
   */
  static Visits aroundPoint(
      double lat, double lon, Double radiusMiles, boolean inPerson, boolean mobile) {
    return new Visits(
        inPerson && radiusMiles != null,
        mobile,
        lat,
        lon,
        radiusMiles == null
            ? Double.NaN
            : GeoUtils.distanceQuerySortKey(Distances.milesToMeters(radiusMiles)),
        -1);
  }

  /** Visits for a searcher in a state: in person or mobile, based in the state. */
  static Visits inState(ProviderColumns columns, String state, boolean inPerson, boolean mobile) {
    return new Visits(
        inPerson, mobile, Double.NaN, Double.NaN, Double.NaN, columns.stateOrdinal(state));
  }

  /**
   * True when the searcher can visit the document's provider or be visited by it.
   *
   * @param haversinSortKey the match's distance from the point as {@link
   *     ProviderColumns#haversinSortKey} gives it; unused in a state-wide search
   */
  boolean visits(ProviderColumns columns, int doc, double haversinSortKey) {
    long reach = columns.reachBits(doc);
    boolean canVisit = inPerson && (reach & ProviderColumns.REACH_IN_PERSON) != 0;
    boolean isVisited = mobile && (reach & ProviderColumns.REACH_MOBILE) != 0;
    if (!canVisit && !isVisited) {
      return false;
    }
    if (stateOrdinal != -1 || Double.isNaN(lat)) {
      return stateOrdinal > 0 && columns.stateOrdinal(doc) == stateOrdinal;
    }
    if (canVisit && haversinSortKey <= radiusSortKey) {
      return true;
    }
    return isVisited && columns.milesBeyondServiceRadius(doc, lat, lon) <= 0;
  }
}
