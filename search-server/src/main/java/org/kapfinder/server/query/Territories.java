package org.kapfinder.server.query;

import java.util.List;
import java.util.Map;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * The US territories a search may name ("ketamine in puerto rico"). The gazetteer and the
 * providers' licences cover the 50 states and DC only, so a territory is no place to search around:
 * its words are taken out of the text, the search is not made around a town of the same name ("San
 * Juan", Texas), and a notice says why nothing is listed there.
 */
public final class Territories {

  /** A territory's name in each language of the notices. */
  public record Territory(String english, String spanish) {}

  private static final Territory PUERTO_RICO = new Territory("Puerto Rico", "Puerto Rico");
  private static final Territory GUAM = new Territory("Guam", "Guam");
  private static final Territory VIRGIN_ISLANDS =
      new Territory("the U.S. Virgin Islands", "las Islas Vírgenes de EE. UU.");
  private static final Territory SAMOA = new Territory("American Samoa", "Samoa Americana");
  private static final Territory MARIANAS =
      new Territory("the Northern Mariana Islands", "las Islas Marianas del Norte");

  /** Each name as its normalised words, the longest first so that "us virgin islands" wins. */
  private static final Map<List<String>, Territory> NAMES =
      Map.ofEntries(
          Map.entry(List.of("puerto", "rico"), PUERTO_RICO),
          Map.entry(List.of("guam"), GUAM),
          Map.entry(List.of("us", "virgin", "islands"), VIRGIN_ISLANDS),
          Map.entry(List.of("virgin", "islands"), VIRGIN_ISLANDS),
          Map.entry(List.of("usvi"), VIRGIN_ISLANDS),
          Map.entry(List.of("american", "samoa"), SAMOA),
          Map.entry(List.of("northern", "mariana", "islands"), MARIANAS),
          Map.entry(List.of("saipan"), MARIANAS));

  private static final int LONGEST_NAME = 3;

  private Territories() {}

  /**
   * Consumes the first territory the tokens name, with its cue word ("in"), and returns it; null
   * when they name none.
   */
  static Territory consume(List<Token> tokens) {
    for (int from = 0; from < tokens.size(); from++) {
      for (int words = Math.min(LONGEST_NAME, tokens.size() - from); words >= 1; words--) {
        List<Token> name = tokens.subList(from, from + words);
        Territory territory = NAMES.get(name.stream().map(token -> token.norm).toList());
        if (territory != null && name.stream().noneMatch(token -> token.consumed)) {
          PlaceWords.consume(tokens, from, from + words);
          return territory;
        }
      }
    }
    return null;
  }
}
