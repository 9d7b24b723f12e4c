package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.PlaceLookup;
import org.kapfinder.server.query.QueryInterpreter;
import org.kapfinder.server.query.ResolvedPlace;

/**
 * Resolves a place typed on its own, exactly as the search's {@code near} parameter does, and lists
 * the other places its words may name, so that a client can offer "did you mean Portland, ME?".
 * Thread-safe; each call holds one snapshot from start to end.
 */
public final class PlaceResolution {

  /** The most candidates returned. */
  public static final int MAX_CANDIDATES = 10;

  /** The longest phrase looked up as a place name, in words (as the query interpreter does). */
  private static final int MAX_PHRASE_WORDS = 4;

  private final SnapshotManager snapshots;

  public PlaceResolution(SnapshotManager snapshots) {
    this.snapshots = snapshots;
  }

  /** A place as the API shows it. */
  public record Place(String label, double lat, double lon, String state, String kind) {}

  /** A place a phrase of the text may name, with its population to weigh it by. */
  public record Candidate(
      String label, double lat, double lon, String state, String kind, long population) {}

  /** The place the text means (null when none), and what its phrases may name. */
  public record Result(Place place, List<Candidate> candidates) {}

  /**
   * @param text a ZIP, city, alias or state, with or without its state ("austin tx")
   * @param nearLat the searcher's point, to choose between places of one name; may be null
   */
  public Result resolve(String text, Double nearLat, Double nearLon) throws IOException {
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      PlaceIndexLookup lookup = new PlaceIndexLookup(snapshot);
      Place place =
          new QueryInterpreter(lookup)
              .place(text, nearLat, nearLon)
              .map(PlaceResolution::place)
              .orElse(null);
      return new Result(place, candidates(lookup, text));
    } finally {
      snapshots.release(snapshot);
    }
  }

  /** The label people recognise: "Austin, TX" for a city, "Texas" for a state. */
  static String label(String name, String state, boolean isState) {
    // A state is its name; "Washington, D.C." already says where it is.
    return isState || name.contains(",") ? name : name + ", " + state;
  }

  private static Place place(ResolvedPlace resolved) {
    return new Place(
        resolved.label(), resolved.lat(), resolved.lon(), resolved.state(), resolved.kind());
  }

  /** Every city and state that a run of the text's words names, most populous first. */
  private static List<Candidate> candidates(PlaceLookup lookup, String text) throws IOException {
    String[] words = lookup.normalize(text).split(" ");
    Set<String> phrases = new LinkedHashSet<>();
    for (int from = 0; from < words.length; from++) {
      StringBuilder phrase = new StringBuilder();
      for (int to = from; to < Math.min(words.length, from + MAX_PHRASE_WORDS); to++) {
        if (to > from) {
          phrase.append(' ');
        }
        phrase.append(words[to]);
        if (!phrase.toString().isBlank()) {
          phrases.add(phrase.toString());
        }
      }
    }
    Set<Candidate> found = new LinkedHashSet<>();
    for (PlaceLookup.Candidate candidate : lookup.candidates(phrases)) {
      boolean state = PlaceLookup.Candidate.STATE.equals(candidate.kind());
      found.add(
          new Candidate(
              label(candidate.name(), candidate.state(), state),
              candidate.lat(),
              candidate.lon(),
              candidate.state(),
              state ? ResolvedPlace.KIND_STATE : ResolvedPlace.KIND_CITY,
              candidate.population()));
    }
    List<Candidate> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingLong(Candidate::population).reversed().thenComparing(Candidate::label));
    return List.copyOf(sorted.subList(0, Math.min(MAX_CANDIDATES, sorted.size())));
  }
}
