package org.kapfinder.server.search;

/**
 * The visit part of a search's reach ({@link ProviderSearch.Reach}) as a test of one match, read
 * from {@link ProviderColumns}: a provider the searcher can visit (in person, within the radius or
 * in the state) or one that travels to them (a mobile provider whose service circle holds the
 * point, or based in the state). A match that fails it was brought in by telehealth alone. It
 * agrees with the query because it makes the same tests on the same values: the search's own circle
 * ({@link InPersonArea}), the service circle's exact great-circle distance, the address's state.
 */
final class Visits {

  /** No way to visit: every match of the search is reached by telehealth. */
  static final Visits NONE = new Visits(false, null, false, Double.NaN, Double.NaN, -1);

  private final boolean inPerson;

  /** The circle to visit within, around a point; null in a state-wide search. */
  private final InPersonArea area;

  private final boolean mobile;

  /** The searcher's point; NaN for a state-wide search. */
  private final double lat;

  private final double lon;

  /** The state of a state-wide search ({@link ProviderColumns#stateOrdinal(String)}). */
  private final int stateOrdinal;

  private Visits(
      boolean inPerson,
      InPersonArea area,
      boolean mobile,
      double lat,
      double lon,
      int stateOrdinal) {
    this.inPerson = inPerson;
    this.area = area;
    this.mobile = mobile;
    this.lat = lat;
    this.lon = lon;
    this.stateOrdinal = stateOrdinal;
  }

  /**
   * Visits for a searcher at a point: in person within the search's circle, mobile covering the
   * point.
   *
   * @param area the circle of the radius; null when in person is not a way of reaching the searcher
   */
  static Visits aroundPoint(double lat, double lon, InPersonArea area, boolean mobile) {
    return new Visits(area != null, area, mobile, lat, lon, -1);
  }

  /** Visits for a searcher in a state: in person or mobile, based in the state. */
  static Visits inState(ProviderColumns columns, String state, boolean inPerson, boolean mobile) {
    return new Visits(inPerson, null, mobile, Double.NaN, Double.NaN, columns.stateOrdinal(state));
  }

  /**
   * True when the searcher can visit the document's provider at its place: in person, within the
   * search's circle or in the state.
   */
  boolean visitsAtItsPlace(ProviderColumns columns, int doc) {
    if (!inPerson || (columns.reachBits(doc) & ProviderColumns.REACH_IN_PERSON) == 0) {
      return false;
    }
    if (stateOrdinal != -1 || Double.isNaN(lat)) {
      return stateOrdinal > 0 && columns.stateOrdinal(doc) == stateOrdinal;
    }
    return area.containsPointOf(columns, doc);
  }

  /** True when the searcher can visit the document's provider or be visited by it. */
  boolean visits(ProviderColumns columns, int doc) {
    long reach = columns.reachBits(doc);
    boolean canVisit = inPerson && (reach & ProviderColumns.REACH_IN_PERSON) != 0;
    boolean isVisited = mobile && (reach & ProviderColumns.REACH_MOBILE) != 0;
    if (!canVisit && !isVisited) {
      return false;
    }
    if (stateOrdinal != -1 || Double.isNaN(lat)) {
      return stateOrdinal > 0 && columns.stateOrdinal(doc) == stateOrdinal;
    }
    if (canVisit && area.containsPointOf(columns, doc)) {
      return true;
    }
    return isVisited && columns.milesBeyondServiceRadius(doc, lat, lon) <= 0;
  }
}
