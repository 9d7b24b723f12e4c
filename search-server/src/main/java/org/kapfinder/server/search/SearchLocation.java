package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Optional;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.InvalidRequestException;
import org.kapfinder.server.query.QueryInterpreter;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;

/**
 * Where a search is made: the place box ({@code near}), else a place in the text, else the
 * searcher's own point; and the searcher's point inside a whole state searched.
 */
final class SearchLocation {

  private SearchLocation() {}

  /**
   * The {@code near} parameter, else a place in the text, else the client's point; null without
   * any.
   *
   * @throws InvalidRequestException when {@code near} names no place
   */
  static ResolvedPlace of(
      SearchRequest request,
      Interpretation understood,
      QueryInterpreter interpreter,
      PlaceIndexLookup places)
      throws IOException {
    if (request.near() != null && !request.near().isBlank() && !asksForOwnPlace(request)) {
      Optional<ResolvedPlace> near =
          interpreter.place(request.near(), request.lat(), request.lon());
      if (near.isEmpty()) {
        throw new InvalidRequestException(
            "near", "near must be a US city, state or 5-digit ZIP code; that place was not found");
      }
      return near.get().withSource(ResolvedPlace.SOURCE_NEAR);
    }
    if (understood.place() != null) {
      return understood.place();
    }
    return clientPoint(request, places);
  }

  /**
   * Whether the place box holds only "near me" or the like: the searcher's own point is the place,
   * as "near me" in the search's text says.
   */
  static boolean asksForOwnPlace(SearchRequest request) {
    return request.near() != null && QueryInterpreter.saysOnlyNearMe(request.near());
  }

  /** The searcher's own point ({@code lat} and {@code lon}) with its state; null without one. */
  private static ResolvedPlace clientPoint(SearchRequest request, PlaceIndexLookup places)
      throws IOException {
    if (!request.hasPoint()) {
      return null;
    }
    String state = places.stateAt(request.lat(), request.lon()).orElse(null);
    return new ResolvedPlace(
        "your location",
        request.lat(),
        request.lon(),
        state,
        ResolvedPlace.KIND_POINT,
        ResolvedPlace.SOURCE_CLIENT);
  }

  /**
   * The searcher's own point when the search is in the whole state that holds it: "ketamine texas"
   * typed in Austin lists Texas, nearest to Austin first, not El Paso's providers beside Austin's.
   * Null otherwise: from New York, Texas has no near or far.
   */
  static ResolvedPlace searcherInState(
      SearchRequest request, ResolvedPlace location, PlaceIndexLookup places) throws IOException {
    if (location == null || !location.isState() || !request.hasPoint()) {
      return null;
    }
    ResolvedPlace searcher = clientPoint(request, places);
    return location.state().equals(searcher.state()) ? searcher : null;
  }
}
