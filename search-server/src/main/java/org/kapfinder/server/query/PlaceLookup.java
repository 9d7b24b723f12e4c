package org.kapfinder.server.query;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The gazetteer as the query interpreter sees it; implemented over the places index. */
public interface PlaceLookup {

  /** A candidate meaning of a phrase: a city (from its name or an alias) or a state. */
  record Candidate(
      String key, String kind, String name, String state, long population, double lat, double lon) {

    public static final String CITY = "city";
    public static final String ALIAS = "alias";
    public static final String STATE = "state";

    boolean isState() {
      return STATE.equals(kind);
    }

    /** A city reached through an alias people type ("nyc", "philly"). */
    boolean isAlias() {
      return ALIAS.equals(kind);
    }
  }

  /** The ZIP code's place, labelled "78701 (Austin, TX)". */
  Optional<ResolvedPlace> zip(String zip) throws IOException;

  /**
   * For a ZIP code the gazetteer does not hold (a PO box's, as 30301 is), the nearest one it does
   * of the same three-digit area, at most {@code maxGap} away in number, labelled "30301, taken as
   * 30303 (Atlanta, GA)"; empty when there is none.
   */
  Optional<ResolvedPlace> nearestZip(String zip, int maxGap) throws IOException;

  /** True when the name, normalised, names a place, an alias, a state or a ZIP. */
  boolean isPlaceName(String name) throws IOException;

  /** Every city, alias and state whose normalised name is one of {@code keys}. */
  List<Candidate> candidates(Collection<String> keys) throws IOException;

  /**
   * The normalised name of the most populous city of at least {@code minPopulation} people whose
   * name is within {@code maxEdits} edits of {@code key} and starts with the same letter: the city
   * a misspelt name most likely means. Empty when there is none.
   */
  Optional<String> citySpeltLike(String key, int maxEdits, long minPopulation) throws IOException;

  /**
   * The normalised name of the most populous city of {@code state} whose name is within one edit of
   * {@code key} and starts with the same letter: "pittsburg" in PA is Pittsburgh. Empty when there
   * is none.
   */
  Optional<String> citySpeltLikeIn(String key, String state) throws IOException;

  /**
   * The normalised name of the state whose name is within {@code maxEdits} edits of {@code key} and
   * starts with the same letter ("tennesee" is Tennessee), the most populous of several. Empty when
   * there is none.
   */
  Optional<String> stateSpeltLike(String key, int maxEdits) throws IOException;

  /**
   * The state a point lies in; when it lies in none (on the coast, on a lake), the state of the
   * nearest US place within 50 miles, unless a place abroad is nearer (Toronto, Tijuana).
   */
  Optional<String> stateAt(double lat, double lon) throws IOException;

  /** Normalises a place name exactly as the indexer did ("St. Louis" is "saint louis"). */
  String normalize(String name);

  /** True when the word is a word of the corpus (so typo correction leaves it alone). */
  boolean isKnownWord(String word) throws IOException;

  /**
   * True when the word is used otherwise than as the name of the place at the point: in an article
   * that is no city guide ("bend", "mobile"), or in the name or description of a provider more than
   * {@code miles} from it ("Davis Psychiatry" in Ohio, against Davis, CA).
   */
  boolean usedOtherwise(String word, double lat, double lon, double miles) throws IOException;

  /** True when two words are the same term to the text search (they share a stem). */
  boolean sameTerm(String a, String b);
}
