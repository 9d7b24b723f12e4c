package org.kapfinder.server.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The warning signs of suicide that the 988 Lifeline names, in the words people type beside those
 * of {@link CrisisPhrases}: a way to die searched for, the means at hand, a time set, goodbyes,
 * wanting to be gone, feeling a burden, urges to cut; in slang, misspelt, or in Spanish. Read by
 * {@link CrisisDetector}.
 */
final class WarningSigns {

  /**
   * A way to die searched for, or the means at hand: phrases, as normalised words, each standing as
   * whole words wherever it is. Such a search is answered with help alone, whatever treatment it
   * names ("how many troches to die" lists no provider of troches).
   */
  private static final WordPhrases MEANS =
      new WordPhrases(
          List.of(
              "kill yourself",
              "hang yourself",
              "hang myself",
              "hanging myself",
              "tie a noose",
              "tied a noose",
              "bleed out",
              "bleeding out",
              "painless way to die",
              "painless way to go",
              "painless ways to die",
              "painless ways to go",
              "easiest way to die",
              "quickest way to die",
              "quickest way to end it",
              "carbon monoxide in car",
              "charcoal in the bathroom",
              "jump off a bridge",
              "jump off the bridge",
              "jump off a roof",
              "jump off the roof",
              "jump off my balcony",
              "jump off a building",
              "jumping off a bridge",
              "drown myself",
              "walk into the ocean",
              "slit my throat",
              "slit my wrists",
              "slit wrists",
              "cut my wrists",
              "cut my wrist",
              "crash my car on purpose",
              "drive off a cliff",
              "starve myself to death",
              "how many troches to die",
              "how many lozenges to die",
              "cuantas pastillas para morir",
              // The means at hand, or the place.
              "gun in my mouth",
              "eat my gun",
              "eating my gun",
              "the gun is loaded",
              "knife on my wrist",
              "pills in my hand",
              "on the bridge right now",
              "standing on the ledge",
              "engine running in the garage",
              "saved up my troches",
              "saving up my troches",
              "stockpiling troches",
              "stockpiling my troches",
              "hoarding my troches",
              "hoarding my ketamine",
              "saving my ketamine for the end",
              "take all my troches will i die",
              "pills to end it",
              "pills ready",
              "tirar del puente",
              "tirarme de un puente",
              "tirarme del puente",
              "me quiero ahorcar",
              "quiero ahorcarme",
              "all my troches tonight",
              "in the car with the engine running",
              "about driving into a tree",
              "want to drive into a tree",
              "want to be hit by a train",
              "hope i get hit by a train",
              "jump in front of traffic",
              "jumping in front of traffic",
              "walk in front of traffic",
              "step in front of traffic",
              "want to drive off the road",
              "going to drive off the road",
              "keep looking at the train tracks",
              "troches would it take",
              "going to take all my troches",
              "gonna take all my troches",
              "going to take all my ketamine",
              "all my troches at once to die",
              "want to crash my car",
              "going to crash my car",
              "pills to die",
              "ketamine and alcohol to die",
              "get ketamine to die",
              "bridge need to be",
              "highest bridge",
              "buy a gun today",
              "mix all my pills",
              "bottle of pills ready",
              "k hole i dont come back",
              "ketamine i dont come back",
              "50 tylenol",
              "myself off a bridge",
              "hope my plane crashes",
              "stand on the bridge",
              "pastillas necesito para morir",
              "ketamina es mortal"));

  /** The other signs, as {@link #MEANS} are written. */
  private static final WordPhrases PHRASE =
      new WordPhrases(
          List.of(
              // A time set, a decision made.
              "going to do it tonight",
              "gonna do it tonight",
              "decided to do it tonight",
              "doing it tonight",
              "set a date to die",
              "a plan and a date",
              "next time i wont fail",
              "tengo un plan para morir",
              // Ending it, said of oneself.
              "im ending it",
              "ending it tonight",
              "ill end it",
              "im finna end it",
              "feel like ending it",
              "its over for me",
              "do something stupid tonight",
              "wont need to care for",
              "i wont be here next week",
              "i wont be here tomorrow",
              "i wont be here much longer",
              "last day on earth",
              // Slang and euphemisms.
              "ctb",
              "sewerslide",
              "sewer slide",
              "self deleting",
              "check out permanently",
              "want out of life",
              "want to sleep forever",
              "wanna sleep forever",
              "idwtl",
              "idw2l",
              "want to be gone",
              "wanna be gone",
              "sleep permanently",
              "k hole forever",
              "never come back from the k hole",
              // "want to die" and "kill myself", misspelt.
              "wnat to die",
              "wnt to die",
              "wan to die",
              "want too die",
              "want 2 die",
              "wanna d1e",
              "want to dei",
              "iwanttodie",
              "wanttodie",
              "be ded",
              "kill myslef",
              "kill mysef",
              "kll myself",
              "kil myself",
              "killmyself",
              "kill myselff",
              "killmyselff",
              "kill my selfe",
              // Urges to cut, and harm done.
              "relapsed cutting",
              "cut again last night",
              "sh urges",
              "relapsed with sh",
              "burned myself on purpose",
              "cut too deep",
              "dont feel safe with myself",
              "scared of what ill do to myself",
              "dont trust myself tonight",
              "do something bad to myself",
              // Better off without, undeserving of life, wishing for death.
              "better without me",
              "better off without me",
              "happier if i was gone",
              "happier if i were gone",
              "relieved if i was gone",
              "dont deserve to live",
              "shouldnt be alive",
              "should be dead",
              "deserve to be dead",
              "deserve to die",
              "why am i still alive",
              "all i want is to die",
              "i want death",
              "let me die",
              "pray i dont wake up",
              "hope i get hit by a car",
              "join my wife in heaven",
              "join my husband in heaven",
              "my last day alive",
              "this is goodbye",
              "feel like a burden",
              "wasnt meant to be alive",
              "life is pointless",
              "point in being alive",
              "give up on everything",
              "cant live without him",
              "cant live without her",
              "cant go on without him",
              "cant go on without her",
              "last hope and it failed",
              "22 a day and im going to be one",
              "happier if i wasnt here",
              "burned myself and",
              "decided to die",
              "happier without me",
              "i wont need them",
              "any reason to live",
              "cut deep and",
              "and should not exist",
              "wrote my will and letters",
              "doesnt work im done",
              "me voy a matar hoy",
              "no quiero despertar manana",
              "i should not exist",
              "i shouldnt exist",
              "nobody would care if i died",
              "nobody would care if i was gone",
              "want to leave this world",
              "ready to leave this world",
              "want off this planet",
              "get off this planet",
              "want to self delete",
              "wanna self delete",
              "going to self delete",
              "would come to my funeral",
              "stop feeling everything forever",
              "trapped and want out",
              "i should be gone",
              "would care if i died",
              "would notice if i died",
              "go home to god",
              "be with my dead",
              "cant do life",
              "cant handle living",
              "living is too hard",
              "death seems peaceful",
              "death would be a relief",
              "romanticize death",
              "fantasize about dying",
              "crave death",
              "pray for death",
              "shouldve died",
              "why am i alive",
              "why do i exist",
              "useless to everyone",
              "nobody loves me",
              "no one cares about me",
              "i have no one and nothing",
              "si thoughts",
              "covered in cuts",
              "want out of this life",
              "kill my sel",
              "kill myselfe",
              "cut wrists",
              "wrist cutting",
              "commit die",
              "want to not be here",
              "dont want to be here no more",
              "dont wanna exist",
              "want to end me",
              "soocide",
              "self h4rm",
              "clean from sh",
              "until my hands bleed",
              "until it bleeds",
              "starve myself to punish",
              "ojala no despertar",
              "sewer side",
              // Spanish, without accents.
              "quisiera estar muerto",
              "quisiera estar muerta",
              "ojala me muriera",
              "mejor me muero",
              "quiero dormir y no despertar",
              "me canse de vivir",
              "cansado de vivir",
              "cansada de vivir",
              "mi vida no tiene sentido",
              "la vida no tiene sentido",
              "estarian mejor sin mi",
              "estaria mejor sin mi",
              "me lastimo a proposito",
              "hoy me mato",
              "me quiero ir de este mundo",
              "quiero dejar de existir",
              "decision de morir",
              "ya no puedo mas con la vida",
              "no aguanto la vida"));

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
          "dont wanna be here anymore",
          "dont wanna be here no more",
          "dont want to keep going",
          "easiest way to go",
          "eternal sleep",
          "euthanasia ketamine dose",
          "gave away my things",
          "giving away my things",
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

  private WarningSigns() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does
   */
  static boolean signalledIn(String normalizedWords) {
    return namesAMeans(normalizedWords)
        || PHRASE.foundIn(normalizedWords)
        || AT_THE_END.matcher(normalizedWords).find();
  }

  /** Whether the words search for a way to die or name the means at hand ({@link #MEANS}). */
  static boolean namesAMeans(String normalizedWords) {
    return MEANS.foundIn(normalizedWords);
  }
}
