package org.kapfinder.server.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises queries that signal suicidal thoughts or self-harm, and, apart, an overdose. Ketamine
 * treatment is not crisis care, so such a search answers with crisis or emergency help first. Errs
 * towards showing help: a phrase that may mean crisis counts as crisis, and misspellings of
 * "suicide" are caught; ordinary treatment searches ("ketamine for depression", "take my life back
 * from depression") never count.
 */
public final class CrisisDetector {

  /** Phrases, as normalised words; each must stand as whole words. */
  private static final List<String> PHRASES =
      List.of(
          "kill myself",
          "killing myself",
          "kill my self",
          "kms",
          "unalive myself",
          "unalive",
          "want to die",
          "wanna die",
          "ready to die",
          "want to be dead",
          "wish i was dead",
          "wish i were dead",
          "end my life",
          "ending my life",
          "end it all",
          "ending it all",
          "end my own life",
          "ending my own life",
          "want to end it",
          "wanna end it",
          "going to end it",
          "gonna end it",
          "end it tonight",
          "take my own life",
          "taking my own life",
          "better off dead",
          "better off without me",
          "nobody would miss me",
          "no one would miss me",
          "want to sleep forever",
          "go to sleep forever",
          "planning to overdose",
          "plan to overdose",
          "going to overdose",
          "gonna overdose",
          "want to overdose",
          "wanna overdose",
          "trying to overdose",
          "want it all to end",
          "want it all to stop",
          "want everything to end",
          "no reason to live",
          "no point in living",
          "no point living",
          "nothing to live for",
          "wish i could die",
          "wish i would die",
          "dont want to be here anymore",
          "do not want to be here anymore",
          "dont want to live",
          "do not want to live",
          "dont want to be alive",
          "do not want to be alive",
          "dont want to wake up",
          "do not want to wake up",
          "want to disappear forever",
          "want to disappear",
          "wish i could disappear",
          "ending things",
          "end things tonight",
          "point of living",
          "point in going on",
          "why keep living",
          "my life is over",
          "feel like dying",
          "stop existing",
          "not worth living",
          "isnt worth living",
          "cant do this anymore",
          "off myself",
          "end myself",
          // Asking for a way to die, or how much would kill, is asking about suicide.
          "how to die",
          "ways to die",
          "way to die",
          "die peacefully",
          "die painlessly",
          "painless death",
          "help me die",
          "die in my sleep",
          "lethal dose",
          "fatal dose",
          "deadly dose",
          "enough to kill me",
          "end my suffering",
          // Weariness of life (and hopelessness, HOPELESS): the 988 Lifeline is for distress, not
          // only for a plan.
          "hate my life",
          "hate being alive",
          "tired of living",
          "tired of being alive",
          "sick of living",
          "wish i was never born",
          "wish i had never been born",
          "dont want to exist",
          "do not want to exist",
          "jump off a bridge",
          "jumping off a bridge",
          "jump off a building",
          "pills would kill me",
          "pills to kill myself",
          "disappear forever",
          "self harm",
          "selfharm",
          "self harming",
          "self injury",
          "harm myself",
          "harming myself",
          "hurt myself",
          "hurting myself",
          "cut myself",
          "cutting myself",
          "hang myself",
          "hanging myself",
          "shoot myself",
          "overdose on purpose",
          "intentional overdose",
          "pills to overdose",
          "how to overdose",
          "to overdose on",
          "would kill me",
          "will kill me",
          "could kill me",
          "would kill someone",
          "would kill a person",
          "enough to kill",
          // Asking for the crisis line is asking for its help.
          "988",
          "crisis line",
          "crisis lines",
          "crisis text line",
          "crisis hotline",
          // Spanish, without accents ("suicidio", "suicida" are caught as "suicide" words are).
          "quiero morir",
          "quiero morirme",
          "me quiero morir",
          "ganas de morir",
          "me quiero matar",
          "quiero matarme",
          "matarme",
          "quitarme la vida",
          "acabar con mi vida",
          "no quiero vivir",
          "no quiero seguir viviendo",
          "mejor muerto",
          "mejor muerta",
          "nadie me extranaria",
          "dormir para siempre",
          "no vale la pena vivir",
          "quiero desaparecer",
          "hacerme dano",
          "lastimarme",
          "como morir",
          "morir en paz",
          "dosis letal",
          "dosis mortal",
          "odio mi vida",
          "cansado de vivir",
          "cansada de vivir",
          "sin esperanza",
          "no quiero existir",
          "autolesion",
          "autolesiones");

  private static final Pattern PHRASE = compile(PHRASES);

  /**
   * A question of how much would kill: "how much ketamine is lethal", "how many mg of ketamine is
   * fatal", "what dose of ketamine would kill someone", "how much ketamine to overdose", "how many
   * pills to die". "is ketamine safe" and "can ketamine kill you", which ask no amount, are
   * questions of safety that the articles answer.
   */
  private static final Pattern LETHAL_AMOUNT =
      Pattern.compile(
          "(?:^| )(?:how much|how many|what dose|what amount|what dosage|mg|milligrams)(?: .*)?"
              + " (?:lethal|fatal|deadly|kill|kills|overdose|od|die)(?: |$)");

  /**
   * Despair in words that also have ordinary uses, so only in these forms: pills kept to die by
   * ("stockpiling my meds"), goodbye letters written (not "a goodbye letter to my therapist"),
   * wishing not to wake up (not "afraid i will never wake up from anesthesia"), and being done with
   * everything or wanting it to end as the whole search (not "done with everything my doctor
   * suggested").
   */
  private static final Pattern DESPAIR =
      Pattern.compile(
          "(?:^| )(?:(?:stockpiling|stockpiled|hoarding|saving up|saved up) (?:my |all my )?"
              + "(?:pills|meds|medications?|medicine|sleeping pills)"
              + "|(?:wrote|written|writing|write) (?:my |some |a )?goodbye (?:letters?|notes?)"
              + "|goodbye (?:letters?|notes?) to my (?:family|kids|children|wife|husband|parents"
              + "|mom|dad|mother|father|friends|son|daughter)"
              + "|(?:sleep and|want to|wanna|hope i|i could|wish i could|wish i would|i would)"
              + " (?:never|not|dont|do not) wake up"
              + ")(?: |$)"
              + "|^(?:i |im |i am )?(?:just |so |really )*(?:am |feel )?done"
              + " (?:with everything|with life|with living|living|with it all)$"
              + "|(?:^| )want (?:it|this) to (?:end|stop)$");

  /**
   * Pills taken to die by, at once a crisis and an overdose: "i swallowed all my pills", "took a
   * whole bottle of pills".
   */
  private static final Pattern PILLS_TAKEN =
      Pattern.compile(
          "(?:^| )(?:(?:swallowed|took|taken|take|taking) (?:all |all of )?my (?:pills|meds"
              + "|medications?|medicine|sleeping pills)"
              + "|(?:whole|entire|full) bottle of (?:pills|my|sleeping pills|tylenol|advil))(?: |$)");

  /**
   * Uses of "suicide" that are no one's crisis: "suicide prevention training", "suicide squad".
   * Taken out of the words before they are read, so that any other signal still counts.
   */
  private static final Pattern NOT_A_CRISIS =
      Pattern.compile(
          "(?:^| )(?:suicide prevention (?:training|trainings|course|courses|certification"
              + "|month|week|day|conference|awareness)|suicide awareness (?:month|week|day)"
              + "|qpr suicide|suicide squad)(?= |$)");

  /** Phrases that say an overdose has happened, as normalised words: emergency help comes first. */
  private static final Pattern OVERDOSE_HAPPENED =
      compile(
          List.of(
              "overdosed",
              "overdosing",
              "passed out",
              "turning blue",
              "lips are blue",
              "lips turned blue",
              "blue lips",
              "not breathing",
              "stopped breathing",
              "wont wake up",
              "cant wake",
              "unresponsive",
              "sobredosis"));

  /**
   * Phrases that name an overdose without saying one happened: emergency help comes first for
   * "ketamine overdose" ({@link #OVERDOSE_WORD}) or "too much ketamine", as for "took too much"
   * ({@link #TOOK_TOO_MUCH}), but not for a question of whether one can happen ({@link
   * #GENERAL_QUESTION}).
   */
  private static final Pattern OVERDOSE_NAMED = compile(List.of("too much ketamine"));

  /**
   * How a question of what may happen begins: "is ketamine overdose possible", "can you overdose on
   * spravato", "what happens if you take too much ketamine". The side effects article answers it.
   */
  private static final Pattern GENERAL_QUESTION =
      Pattern.compile(
          "^(?:is|are|can|could|does|do|will|would|what happens|what if|how likely|how common"
              + "|how dangerous|how easy|how easily)(?: |$)");

  /**
   * "took too much" of a drug, not "too much time off work" nor "too much on at work": at the end,
   * or before the drug, a dose or a time.
   */
  private static final Pattern TOOK_TOO_MUCH =
      Pattern.compile(
          "(?:^| )(?:took|taken|take|taking) too much(?:$| (?:ketamine|k|ket|special k|spravato"
              + "|esketamine|of (?:it|my|the|ketamine|k)|and|last|tonight|today|now|again|im|i)(?: |$))");

  /** "overdose", but not as a question of how likely one is ("ketamine overdose risk"). */
  private static final Pattern OVERDOSE_WORD =
      Pattern.compile("(?:^| )overdose(?:$| (?!risks?(?:$| )))");

  /** How "suicide" words begin, misspellings included ("sucidal", "suiside"). */
  private static final List<String> SUICIDE_STEMS = List.of("suic", "sucid", "suisid");

  private static final List<String> SUICIDE_WORDS = List.of("suicide", "suicidal");

  /** "can't go on" as despair, not "can't go on a plane". */
  private static final Pattern CANT_GO_ON =
      Pattern.compile(
          "(?:^| )(?:cant|can not|cannot) go on(?: anymore| any more| like this| living)?$");

  /** "I feel hopeless", "feeling so hopeless", "life is hopeless"; not "hopelessness". */
  private static final Pattern HOPELESS =
      Pattern.compile(
          "(?:^| )(?:feel|feeling|felt|am|im|is)"
              + "(?: so| very| really| completely| totally| just)? hopeless(?: |$)");

  static Pattern compile(List<String> phrases) {
    StringBuilder alternatives = new StringBuilder();
    for (String phrase : phrases) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(Pattern.quote(phrase));
    }
    return Pattern.compile("(?:^| )(?:" + alternatives + ")(?: |$)");
  }

  private CrisisDetector() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does, joined by
   *     single spaces
   */
  public static boolean signalsCrisis(String normalizedWords) {
    String words = NOT_A_CRISIS.matcher(normalizedWords).replaceAll(" ");
    if (PHRASE.matcher(words).find()
        || DESPAIR.matcher(words).find()
        || PILLS_TAKEN.matcher(words).find()
        || CANT_GO_ON.matcher(words).find()
        || HOPELESS.matcher(words).find()
        || LETHAL_AMOUNT.matcher(words).find()
        || SomeoneElsesCrisis.signalledIn(words)) {
      return true;
    }
    for (String word : words.split(" ")) {
      if (isSuicideWord(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a crisis the words signal may be someone else's: they name another person's crisis ("my
   * daughter wants to die") or another person ("my son is suicidal"). Then the help is told to
   * someone who may be worried about another, as well as to one who may be in crisis.
   *
   * @param normalizedWords as for {@link #signalsCrisis}
   */
  public static boolean mayBeSomeoneElses(String normalizedWords) {
    return SomeoneElsesCrisis.signalledIn(normalizedWords)
        || WhoItIsFor.namesSomeoneElse(normalizedWords);
  }

  /**
   * @param normalizedWords as for {@link #signalsCrisis}
   */
  public static boolean signalsOverdose(String normalizedWords) {
    if (OVERDOSE_HAPPENED.matcher(normalizedWords).find()
        || PILLS_TAKEN.matcher(normalizedWords).find()) {
      return true;
    }
    if (TOOK_TOO_MUCH.matcher(normalizedWords).find()
        && !GENERAL_QUESTION.matcher(normalizedWords).find()) {
      return true;
    }
    return (OVERDOSE_NAMED.matcher(normalizedWords).find()
            || OVERDOSE_WORD.matcher(normalizedWords).find())
        && !GENERAL_QUESTION.matcher(normalizedWords).find();
  }

  /** "suicide", "suicidal", "suicidality", or one edit away from them ("sucide"). */
  static boolean isSuicideWord(String word) {
    for (String stem : SUICIDE_STEMS) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    if (word.length() < 6) {
      return false;
    }
    for (String suicide : SUICIDE_WORDS) {
      if (TypoCorrector.distance(word, suicide, 1) <= 1) {
        return true;
      }
    }
    return false;
  }
}
