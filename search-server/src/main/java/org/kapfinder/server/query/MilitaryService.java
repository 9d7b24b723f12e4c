package org.kapfinder.server.query;

import java.util.List;
import java.util.Locale;
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
              + "|(?:i['’]?m|i am) an? (?:combat )?vet"
              + "|militar(es)?|soldad[oa]s?)\\b");

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
    for (QueryTokens.Token token : tokens) {
      if (!token.consumed && token.norm.equals("va")) {
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
