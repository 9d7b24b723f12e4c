package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search for someone under 18 ("ketamine for teens", "my 16 year old", "adolescent
 * depression", "para adolescentes"). Esketamine is approved only for adults and many clinics treat
 * only adults, so such a search is told so before the providers.
 */
public final class UnderEighteen {

  /**
   * Lower-case words without accents. Not "child" alone, which is as often the searcher's own past
   * ("childhood trauma", "abused as a child"), nor "minor" ("minor side effects"), nor "young
   * adults", who are 18 and over.
   */
  private static final Pattern SIGNS =
      FoldedText.phrases(
          "teen|teens|teenager|teenagers|teenage|teenaged|preteen|tween|tweens"
              + "|adolescent|adolescents|adolescence|kid|kids|minors|under 18|under eighteen"
              + "|for children|for my children|children with|for a child|for my child"
              + "|high school|high schooler|middle school|pediatric|paediatric"
              + "|(?:[5-9]|1[0-7]) ?(?:year|yr)s? old|(?:[5-9]|1[0-7]) ?(?:yo|y o)"
              // "my daughter is 12", "my son just turned 16"
              + "|(?:son|daughter|child|kid|boy|girl) (?:is|just turned|turned) (?:[5-9]|1[0-7])"
              + "|adolescente|adolescentes|nino|nina|ninos|ninas|menor de edad|menores de edad"
              + "|(?:[5-9]|1[0-7]) anos");

  /**
   * The searcher's own past, which names a teen without asking for one: "depression since i was a
   * teen", "anxiety since my teens".
   */
  private static final Pattern OWN_PAST =
      FoldedText.phrases(
          "(?:since|when|as) (?:i was )?(?:a )?(?:teen|teenager|kid)|since my teens|in my teens"
              + "|as a teenager|when i was young");

  private UnderEighteen() {}

  public static boolean namedIn(FoldedText q) {
    return q.has(SIGNS) && SIGNS.matcher(OWN_PAST.matcher(q.text()).replaceAll(" ")).find();
  }
}
