package org.kapfinder.bench.relevance;

import java.util.List;

/**
 * How a judged query grades providers, 0 (not relevant) to 3 (ideal). A provider that misses any of
 * {@link #need} is 0. Otherwise it earns the best grade of the ways it can serve the searcher:
 *
 * <ul>
 *   <li>in person ({@code inPerson}): the first of {@code bands} its address is within, measured
 *       from where care is wanted; for a whole state, {@code stateGrade} when its address is in it;
 *   <li>by travelling to the searcher ({@code mobile}): the top band's grade when the point is
 *       within its service radius; for a whole state, {@code stateGrade} when it is based there;
 *   <li>by telehealth: {@code telehealth} when it holds telehealth visits, is licensed in the state
 *       where care is wanted, and a route taken at home (oral, sublingual, intranasal) meets the
 *       route need. Nobody gets an IV infusion over video, so a telehealth programme is never
 *       relevant to a search for IV, IM or Spravato alone.
 * </ul>
 */
record ProviderRule(
    Needs need,
    boolean inPerson,
    boolean mobile,
    int telehealth,
    List<Band> bands,
    int stateGrade) {

  static final List<Band> DEFAULT_BANDS =
      List.of(new Band(10, 3), new Band(25, 2), new Band(50, 1));
  static final int DEFAULT_TELEHEALTH = 1;
  static final int DEFAULT_STATE_GRADE = 2;

  ProviderRule {
    if (telehealth < 0 || telehealth > 3) {
      throw new IllegalArgumentException(
          "telehealth must be a grade from 0 to 3, got " + telehealth);
    }
    if (stateGrade < 1 || stateGrade > 3) {
      throw new IllegalArgumentException("stateGrade must be 1, 2 or 3, got " + stateGrade);
    }
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("bands must not be empty");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).miles() <= bands.get(i - 1).miles()
          || bands.get(i).grade() > bands.get(i - 1).grade()) {
        throw new IllegalArgumentException(
            "bands must go outwards with grades that never rise: " + bands);
      }
    }
    bands = List.copyOf(bands);
  }

  int topBandGrade() {
    return bands.get(0).grade();
  }
}
