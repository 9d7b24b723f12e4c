package org.kapfinder.server.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The warning signs of {@link WarningSigns} whose words have ordinary uses elsewhere, so that they
 * count only as the search's end or as the whole search ("i bought a gun", not "i bought a gun for
 * hunting"), or only in a set form (jumping from or driving into something, planned or thought of).
 */
final class WarningSignsAtTheEnd {

  /**
   * Phrases that are signs only as the search's end: "i bought a gun", not "i bought a gun for
   * hunting"; "made my peace", not "made my peace with needing medication"; "se lastima", not "se
   * lastima la espalda".
   */
  private static final List<String> ENDINGS =
      List.of(
          "already said goodbye",
          "and never come back",
          "better off with someone else",
          "bridge is highest",
          "bridge is highest near me",
          "cansada de todo",
          "cansado de todo",
          "cant see a future",
          "cant survive this",
          "checking out for good",
          "cutting urges",
          "dont belong here",
          "dont have a future",
          "dont think ill be here",
          "dont think ill be here tomorrow",
          "dont wanna be here",
          "dont wanna be here no more",
          "dont want to keep going",
          "easiest way to go",
          "eternal sleep",
          "euthanasia ketamine dose",
          "gave away my things",
          "how deep to cut",
          "i bought a gun",
          "i gave away my dog",
          "i have the rope",
          "if i never woke up",
          "is life worth living",
          "ketamine euthanasia",
          "ketamine to die",
          "lethal amount",
          "life is not for me",
          "log off permanently",
          "made my peace",
          "me estoy lastimando",
          "me voy a matar",
          "most painless way",
          "my attempt failed",
          "no quiero despertar",
          "no quiero estar aqui",
          "no reason to keep going",
          "no tiene caso seguir",
          "nobody would care",
          "or i wont make it",
          "pensamientos de muerte",
          "permanent sleep",
          "pienso en la muerte",
          "pienso en la muerte todo el tiempo",
          "pills lined up",
          "point of me",
          "quit life",
          "ruin everything for everyone",
          "se lastima",
          "se va a matar",
          "self delete",
          "soy un estorbo",
          "this is my last day",
          "to stop my heart",
          "urge to cut",
          "urges to cut",
          "voy a terminar con todo",
          "ya no quiero estar aqui");

  /**
   * The same, in forms that have ordinary uses elsewhere, so only as the search's end ("i want to
   * jump", not "jump start"; "i want to cut again", "i want it to be over") or as the whole search
   * ("im done"), and jumping from or driving into something, planned or thought of, anywhere.
   */
  private static final Pattern AT_THE_END =
      Pattern.compile(
          "(?:^| )(?:(?:want|wanna|going|gonna) to jump(?: off)?"
              + "|i (?:want|need|have) to cut(?: again| myself)?"
              + "|(?:want|wanna) (?:everything|it|this) to (?:stop|be over|end)|(?:want|wanna) it over"
              + "|(?:want|wanna) to commit|thinking about committing"
              + "|(?:want to|wanna|going to|gonna|planning to) (?:ctb|catch the bus)(?: tonight)?|(?:want|wanna) to dye"
              + "|im giving up|ive given up|i have made my decision|want to check out"
              + "|wanna check out|wanna dye|say goodbye|(?:and|so) i want out|wanna disappear"
              + "|cant keep doing this|cant do it anymore|(?:ya )?no quiero seguir(?: viviendo)?"
              + "|tired of fighting|sh again|tonight is the night|tonights the night"
              + "|without my \\w+ (?:life )?isnt worth it|(?:im|i am) not (?:ok|okay))$"
              // Jumping, or driving into something, planned or thought of.
              + "|(?:^| )(?:going to|gonna|want to|wanna|about to|thinking about|think about"
              + "|thinking of) (?:jump|jumping) (?:off|from|in front of) (?:the|a|my|an) \\w+"
              + "|(?:^| )(?:going to|gonna|want to|wanna) drive (?:my car )?into (?:oncoming traffic"
              + "|a wall|a tree|the ocean|a lake|a river)"
              // Phrases of their own, as the search's end only ({@link #ENDINGS}).
              + "|(?:^| )(?:"
              + String.join("|", ENDINGS)
              + "|(?:saving|saved) (?:up )?my troches)$"
              // As the whole search: "i need help now" may also be a search for care.
              + "|^(?:sleep forever|(?:im|i am) not safe|i need help now(?: please)?|i want out"
              + "|i bang my head against the wall|i picked a date|i went to the bridge today"
              + "|(?:im|i am) (?:just |so )?(?:done|finished)|ive decided|i have everything ready"
              + "|i need to (?:talk|speak) to someone right now)$");

  private WarningSignsAtTheEnd() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does
   */
  static boolean signalledIn(String normalizedWords) {
    return AT_THE_END.matcher(normalizedWords).find();
  }
}
