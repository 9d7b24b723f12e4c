package org.kapfinder.bench.relevance;

/**
 * A place of a judged query: where the searcher's device is, or where they want care. Either a
 * point (graded by distance) or a whole state ({@code wholeState}, graded by the state of the
 * provider's address). {@code state} is the USPS code of the state the point lies in, which decides
 * which telehealth licences count.
 */
record Center(String label, double lat, double lon, String state, boolean wholeState) {

  Center {
    if (state == null) {
      throw new IllegalArgumentException(label + ": no state known for this place");
    }
  }
}
