package org.kapfinder.server.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a searcher who says they serve or served, in English or Spanish ("veteran", "army",
 * "deployed twice", "veterano"), or who names the military's own health plans (TRICARE, CHAMPVA,
 * for service members, veterans and their families): such a searcher has care to ask about first,
 * and crisis lines of their own.
 */
public final class MilitaryService {

  private static final Pattern WORDS =
      Pattern.compile(
          "\\b(veterans?|military|service ?members?|soldiers?|army|navy|marines?|air force"
              + "|national guard|coast guard|deployed|deployment|veteran[oa]s?|tri ?care|champva"
              + "|(?:i['’]?m|i am) an? (?:combat )?vet|(?:combat|army|navy|marine|afghanistan|iraq"
              + "|vietnam|military|disabled) vet|vet (?:with ptsd|crisis)|airman|airmen|sailor"
              + "|militar(es)?|soldad[oa]s?)\\b");

  /** Words after the Spanish "va" ("goes"): "va a mejorar", "va mal", "va bien". */
  private static final Set<String> SPANISH_AFTER_VA = Set.of("a", "al", "mal", "bien", "muy");

  private MilitaryService() {}

  /**
   * Consumes "VA" when it is left once the place is read: "does the va cover ketamine" asks about
   * Veterans Affairs, a word no listing has to match, while the "va" of "richmond va" is Virginia
   * and was read as the place. Its article words keep it, which find the article for veterans.
   *
   * @return whether there was such a word
   */
  static boolean consumeVeteransAffairs(List<QueryTokens.Token> tokens) {
    boolean named = false;
    for (int k = 0; k < tokens.size(); k++) {
      QueryTokens.Token token = tokens.get(k);
      // Not the Spanish "va" of "nada va a mejorar", "mi vida va mal".
      boolean spanish = k + 1 < tokens.size() && SPANISH_AFTER_VA.contains(tokens.get(k + 1).norm);
      if (!token.consumed && token.norm.equals("va") && !spanish) {
        token.consumed = true;
        named = true;
      }
    }
    return named;
  }

  /**
   * Whether a place read in a search about military service is Veterans Affairs, as "VA" is there
   * when "Virginia" is not written out: "I was in the Marines, VA wait list is 6 months".
   */
  static boolean meansVeteransAffairs(String q, ResolvedPlace place) {
    return place.isState()
        && "VA".equals(place.state())
        && namedIn(q)
        && !q.toLowerCase(Locale.ROOT).contains("virginia");
  }

  /**
   * @param q the search as typed, or null
   */
  public static boolean namedIn(String q) {
    return q != null && WORDS.matcher(q.toLowerCase(Locale.ROOT)).find();
  }
}
