package org.kapfinder.server.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * The places outside the 50 states and DC that a search may name: the US territories ("ketamine in
 * puerto rico"), and countries and cities abroad people travel to or live in ("ketamine in mexico",
 * "ketamine clinic toronto"). The gazetteer and the providers' licences cover the states and DC
 * only, so such a place is no place to search around: its words are taken out of the text, the
 * search is not made around a US town of the same name ("San Juan", Texas; Mexico, Missouri;
 * Toronto, Ohio), and a notice says why nothing is listed there. A territory's ZIP code ("00901")
 * names it too. Names that are as often a US place of some size (Paris, Dublin, Vancouver, Jamaica
 * in Queens) are left to the gazetteer.
 */
public final class OutsideTheStates {

  /** A place's name in each language of the notices. */
  public record Place(String english, String spanish) {}

  private static final Place PUERTO_RICO = new Place("Puerto Rico", "Puerto Rico");
  private static final Place GUAM = new Place("Guam", "Guam");
  private static final Place VIRGIN_ISLANDS =
      new Place("the U.S. Virgin Islands", "las Islas Vírgenes de EE. UU.");
  private static final Place SAMOA = new Place("American Samoa", "Samoa Americana");
  private static final Place MARIANAS =
      new Place("the Northern Mariana Islands", "las Islas Marianas del Norte");
  private static final Place MEXICO = new Place("Mexico", "México");
  private static final Place CANADA = new Place("Canada", "Canadá");
  private static final Place UNITED_KINGDOM = new Place("the United Kingdom", "el Reino Unido");
  private static final Place COSTA_RICA = new Place("Costa Rica", "Costa Rica");

  /** Each name as its normalised words, the longest first so that "us virgin islands" wins. */
  private static final Map<List<String>, Place> NAMES =
      Map.ofEntries(
          Map.entry(List.of("puerto", "rico"), PUERTO_RICO),
          Map.entry(List.of("guam"), GUAM),
          Map.entry(List.of("us", "virgin", "islands"), VIRGIN_ISLANDS),
          Map.entry(List.of("virgin", "islands"), VIRGIN_ISLANDS),
          Map.entry(List.of("usvi"), VIRGIN_ISLANDS),
          Map.entry(List.of("american", "samoa"), SAMOA),
          Map.entry(List.of("northern", "mariana", "islands"), MARIANAS),
          Map.entry(List.of("saipan"), MARIANAS),
          Map.entry(List.of("mexico"), MEXICO),
          Map.entry(List.of("mexico", "city"), new Place("Mexico City", "Ciudad de México")),
          Map.entry(List.of("tijuana"), new Place("Tijuana, Mexico", "Tijuana, México")),
          Map.entry(List.of("cancun"), new Place("Cancún, Mexico", "Cancún, México")),
          Map.entry(List.of("tulum"), new Place("Tulum, Mexico", "Tulum, México")),
          Map.entry(
              List.of("guadalajara"), new Place("Guadalajara, Mexico", "Guadalajara, México")),
          Map.entry(
              List.of("puerto", "vallarta"),
              new Place("Puerto Vallarta, Mexico", "Puerto Vallarta, México")),
          Map.entry(List.of("canada"), CANADA),
          Map.entry(List.of("toronto"), new Place("Toronto, Canada", "Toronto, Canadá")),
          Map.entry(List.of("montreal"), new Place("Montreal, Canada", "Montreal, Canadá")),
          Map.entry(List.of("calgary"), new Place("Calgary, Canada", "Calgary, Canadá")),
          Map.entry(List.of("winnipeg"), new Place("Winnipeg, Canada", "Winnipeg, Canadá")),
          Map.entry(List.of("uk"), UNITED_KINGDOM),
          Map.entry(List.of("united", "kingdom"), UNITED_KINGDOM),
          Map.entry(List.of("england"), new Place("England", "Inglaterra")),
          Map.entry(List.of("london"), new Place("London", "Londres")),
          Map.entry(List.of("costa", "rica"), COSTA_RICA),
          Map.entry(List.of("ireland"), new Place("Ireland", "Irlanda")),
          Map.entry(List.of("netherlands"), new Place("the Netherlands", "los Países Bajos")),
          Map.entry(List.of("portugal"), new Place("Portugal", "Portugal")),
          Map.entry(List.of("colombia"), new Place("Colombia", "Colombia")),
          Map.entry(List.of("australia"), new Place("Australia", "Australia")));

  /**
   * How the territories' ZIP codes begin: "ketamine 00901" is San Juan, Puerto Rico, a ZIP the
   * gazetteer of the states does not hold. The longest matching beginning decides (969 is Guam, but
   * 9695 the Northern Mariana Islands).
   */
  private static final Map<String, Place> ZIP_PREFIXES =
      Map.of(
          "006", PUERTO_RICO,
          "007", PUERTO_RICO,
          "009", PUERTO_RICO,
          "008", VIRGIN_ISLANDS,
          "969", GUAM,
          "9695", MARIANAS,
          "96799", SAMOA);

  private static final int LONGEST_NAME = 3;

  private static final Set<String> NEW = Set.of("new", "nuevo", "nueva");

  private OutsideTheStates() {}

  /**
   * Consumes the first such place the tokens name, with its cue word ("in"), and returns it; null
   * when they name none. A name that is part of a US place's ("new mexico", "new england", "mexico
   * beach"), followed by a state ("toronto ohio", "london, ky"), or the name of a US place near the
   * searcher (Toronto, Ohio, to one in Steubenville) is left to the gazetteer.
   *
   * @param nearLat the searcher's point; may be null
   */
  static Place consume(List<Token> tokens, PlaceLookup places, Double nearLat, Double nearLon)
      throws IOException {
    for (int at = 0; at < tokens.size(); at++) {
      Token token = tokens.get(at);
      Place territory = token.norm.matches("\\d{5}") ? territoryOfZip(token.norm) : null;
      if (territory != null && !token.consumed) {
        PlaceWords.consumeZip(tokens, at);
        return territory;
      }
    }
    for (int from = 0; from < tokens.size(); from++) {
      for (int words = Math.min(LONGEST_NAME, tokens.size() - from); words >= 1; words--) {
        List<Token> name = tokens.subList(from, from + words);
        Place place = NAMES.get(name.stream().map(token -> token.norm).toList());
        if (place != null
            && name.stream().noneMatch(token -> token.consumed)
            && !partOfUsPlace(tokens, from, from + words, places)
            && !usPlaceNear(PlaceWords.key(name), places, nearLat, nearLon)) {
          PlaceWords.consume(tokens, from, from + words);
          return place;
        }
      }
    }
    return null;
  }

  private static Place territoryOfZip(String zip) {
    for (int digits = zip.length(); digits >= 3; digits--) {
      Place place = ZIP_PREFIXES.get(zip.substring(0, digits));
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  private static boolean partOfUsPlace(List<Token> tokens, int from, int to, PlaceLookup places)
      throws IOException {
    // "New England" is a US region the gazetteer does not hold; "nuevo méxico" is New Mexico.
    if (from > 0
        && (NEW.contains(tokens.get(from - 1).norm) || isUsPlace(tokens, from - 1, to, places))) {
      return true;
    }
    int next = to < tokens.size() && tokens.get(to).isComma() ? to + 1 : to;
    for (int words = 1; words <= 2 && next + words <= tokens.size(); words++) {
      List<PlaceLookup.Candidate> state =
          places.candidates(List.of(PlaceWords.key(tokens.subList(next, next + words))));
      if (state.stream().anyMatch(PlaceLookup.Candidate::isState)
          || (next == to && isUsPlace(tokens, from, to + words, places))) {
        return true;
      }
    }
    return false;
  }

  private static boolean usPlaceNear(String name, PlaceLookup places, Double lat, Double lon)
      throws IOException {
    return lat != null
        && lon != null
        && places.candidates(List.of(name)).stream()
            .anyMatch(
                place ->
                    Distances.haversineMiles(lat, lon, place.lat(), place.lon())
                        <= SameNameCities.NEARBY_MILES);
  }

  private static boolean isUsPlace(List<Token> tokens, int from, int to, PlaceLookup places)
      throws IOException {
    return !places.candidates(List.of(PlaceWords.key(tokens.subList(from, to)))).isEmpty();
  }
}
