package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Danger between people, in the words a search uses: thoughts or urges of harming someone ("i want
 * to hurt someone", "intrusive thoughts of harming my baby", "homicidal"), and someone threatening
 * or hurting the searcher or others ("my ex said he will kill me", "my partner is choking me").
 * Each is answered with help first ({@link CrisisDetector}), each with its own: 988 and 911 for the
 * first, 911 and the domestic violence hotline for the second.
 */
final class HarmToOthers {

  private static final String VERBS =
      "(?:hurt|hurting|harm|harming|kill|killing|murder|murdering|stab|stabbing|shoot|shooting"
          + "|strangle|strangling|choke|choking|drown|drowning|smother|smothering|shake|shaking"
          + "|beat|beating|attack|attacking|poison|poisoning)";

  /**
   * Not "my mom would kill me if she found out" nor "he's going to kill me when he sees the bill",
   * ways of speaking; "he will kill me if i leave" is a threat.
   */
  private static final String NOT_A_WAY_OF_SPEAKING =
      "(?! if (?:she|he|they) (?:found|finds|find|knew|knows|saw|sees)| if i (?:miss|skip|spend"
          + "|tell|forget|am late|buy|do)| when (?:he|she|they)"
          + " (?:sees|see|finds|find|gets|get)| with (?:these|the|those|their) (?:prices|bills"
          + "|costs))";

  private static final String PEOPLE =
      "(?:my (?:baby|newborn|child|children|kid|kids|son|daughter|wife|husband|partner|boyfriend"
          + "|girlfriend|ex|boss|mom|mother|dad|father|family|neighbor|neighbour|roommate|coworker"
          + "|brother|sister|dog|cat|school|teacher)|the baby|someone|somebody|people|everyone"
          + "|everybody|him|her|them|others|other people|a coworker)";

  /**
   * The searcher's own thoughts or urges: after "i" ("i want to", "im going to", "i might snap
   * and"), or as thoughts, urges and fears of one's own ("intrusive thoughts of", "afraid ill").
   * Not whether a treatment may harm ("can ketamine hurt my baby", "afraid of harming my baby with
   * ketamine").
   */
  private static final Pattern SEARCHERS_URGE =
      Pattern.compile(
          "(?:(?:^| )(?:i|im|i am|i m)(?: really| just| so| actually)?"
              + " (?:want|wanna|going|gonna|about|might|will|may|feel like|keep thinking"
              + " about|think about|fantasize about|might snap and|could snap and)"
              + "|(?:^| )(?:thoughts?|thinking|urges?|urge|fantasies) (?:of|about|to)"
              + "|(?:^| )(?:afraid|scared|worried|fear)(?: that)? (?:i|ill|i will|i might|i could"
              + "|i may|i am going|im going))"
              + "(?: to)? "
              + VERBS
              + "(?: up)? "
              + PEOPLE
              + "(?: |$)"
              + "|(?:^| )(?:(?:i feel|im|i am|feeling|having|have) homicidal"
              + "|homicidal (?:thoughts|urges|ideation)(?! (?:research|study|studies))"
              + "|^homicidal$|homicide thoughts|urges? to (?:kill|hurt|harm)$"
              + "|revenge and to (?:hurt|kill) them)"
              + "|(?:^| )(?:quiero|voy a|pienso en|pensamientos de) (?:hacerle dano|matar"
              + "|lastimar|herir) a(?! (?:mi |la )?(?:depresion|ansiedad|dolor))");

  /**
   * Someone else as the danger: threats ("threatened to kill me", "my son said he wants to kill
   * us"), violence now ("he is choking me", "my wife hits me"), not being safe at home, a list of
   * people to hurt.
   */
  private static final Pattern THREAT =
      Pattern.compile(
          "(?:^| )(?:threat\\w*(?: to (?:kill|hurt|shoot|stab|harm))? (?:me|us)"
              + "|threat\\w* to (?:kill|hurt|shoot|stab|harm|shoot up)"
              + " (?!himself|herself|themselves)\\w+"
              + "|(?:said|says|say|told me|keeps saying)"
              + " (?:he|she|they|hes|shes|hell|shell|theyll)(?: will| would| is going to| is gonna"
              + "| was going to| wants to| want to| is gonna| going to| gonna)? "
              + VERBS
              + "(?: up)? (?:me|us|people|everyone|someone|his \\w+|her \\w+|their \\w+|my \\w+)"
              + NOT_A_WAY_OF_SPEAKING
              + "|(?:he|she|they|my \\w+|hell|shell)(?: is| are| s| will| would)? (?:going to|gonna"
              + "|trying to|kill|hurt) (?:kill |hurt |shoot |stab )?(?:me|us|the kids|my kids)"
              + NOT_A_WAY_OF_SPEAKING
              // Violence now: "my boyfriend hit me tonight", "my partner strangled me".
              + "|(?:beat|hit|punched|choked|kicked|slapped) (?:me|us) (?:last night|tonight|today"
              + "|again|just now|and im scared|and i am scared)|strangled (?:me|us)"
              + "|^(?:he|she|my \\w+) (?:beat|hit|punched|choked|kicked|slapped) (?:me|us)$"
              + "|(?:esposo|esposa|pareja|novio|novia) me (?:pega|golpea|amenaza|amenazo)"
              + "|(?<!kid |kids |toddler |baby )(?:is|keeps|kept|started|been) (?:choking|hitting"
              + "|beating|strangling|hurting) (?:me|us)(?! with toys)"
              + "|(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex) (?:hits|beats|chokes"
              + "|strangles) (?:me|us)"
              + "|(?:im|i am|i feel) not safe at home|dont feel safe at home"
              + "|list of people to (?:hurt|kill|shoot)"
              + "|(?:im|i am) being abused(?! by (?:my |the )?(?:insurance|clinic|pharmacy|job|work|boss"
              + "|employer))|(?:says|said) (?:hell|shell) use it)(?: |$)");

  private HarmToOthers() {}

  /**
   * A worry that a treatment or a choice may harm someone, not an urge: "im worried i will harm my
   * baby if i take ketamine", "afraid i might hurt my family by spending our savings". A worry
   * during pregnancy or breastfeeding is read by {@link PregnancyOrBreastfeeding}.
   */
  private static final Pattern TREATMENTS_HARM =
      Pattern.compile(
          "(?:^| )(?:by \\w+ing|if i take|with ketamine|from ketamine|with spravato|my medication)"
              + "(?: |$)");

  /** Whether the searcher may harm someone. */
  static boolean urgeIn(String normalizedWords) {
    return SEARCHERS_URGE.matcher(normalizedWords).find()
        && !TREATMENTS_HARM.matcher(normalizedWords).find()
        && !PregnancyOrBreastfeeding.namedIn(FoldedText.of(normalizedWords));
  }

  /** Whether someone threatens or hurts the searcher or others. */
  static boolean threatIn(String normalizedWords) {
    return THREAT.matcher(normalizedWords).find();
  }
}
