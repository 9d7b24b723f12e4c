package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises queries that signal suicidal thoughts or self-harm, and, apart, an overdose. Ketamine
 * treatment is not crisis care, so such a search answers with crisis or emergency help first. Errs
 * towards showing help: a phrase that may mean crisis counts as crisis, and misspellings of
 * "suicide" are caught; ordinary treatment searches ("ketamine for depression", "take my life back
 * from depression") never count.
 */
public final class CrisisDetector {

  private static final WordPhrases PHRASE = new WordPhrases(CrisisPhrases.PHRASES);

  /**
   * A question of how much would kill: "how much ketamine is lethal", "how many mg of ketamine is
   * fatal", "what dose of ketamine would kill someone", "how much ketamine to overdose", "how many
   * pills to die". "is ketamine safe" and "can ketamine kill you", which ask no amount, are
   * questions of safety that the articles answer.
   */
  private static final Pattern LETHAL_AMOUNT =
      Pattern.compile(
          "(?:^| )(?:how much|how many|what dose|what amount|what dosage|mg|milligrams)(?: .*)?"
              + " (?:lethal|fatal|deadly|kill|kills|overdose|od|die|to stop breathing|stops your heart"
              + "|to stop my heart|to never wake up|to not wake up)(?: |$)"
              // Not of a pain or an illness: "how many mg of ketamine to kill the pain".
              + "(?!(?:the |my |a )?(?:pain|migraine|headache|depression|anxiety|nerve))");

  /**
   * Despair in words that also have ordinary uses, so only in these forms: pills kept to die by
   * ("stockpiling my meds"), goodbye letters written (not "a goodbye letter to my therapist"),
   * wishing not to wake up (not "afraid i will never wake up from anesthesia"), and being done with
   * everything or wanting it to end as the whole search (not "done with everything my doctor
   * suggested"), and wanting to take one's life (not to take it back from depression).
   */
  private static final Pattern DESPAIR =
      Pattern.compile(
          "(?:^| )(?:(?:stockpiling|stockpiled|hoarding|saving up|saved up)"
              + " (?:my |all my )?"
              + "(?:pills|meds|medications?|medicine|sleeping pills)"
              + "|(?:wrote|written|writing|write) (?:my |some |a )?goodbye (?:letters?|notes?)"
              + "|wrote (?:letters|a letter|notes) to (?:my family|my kids|everyone)"
              + "|goodbye (?:letters?|notes?) to my (?:family|kids|children|wife|husband|parents"
              + "|mom|dad|mother|father|friends|son|daughter)"
              + "|(?:sleep and|want to|wanna|hope i|i could|wish i could|wish i would|i would)"
              + " (?:never|not|dont|do not) wake up"
              + ")(?: |$)"
              + "|^(?:i |im |i am )?(?:just |so |really )*(?:am |feel )?done"
              + " (?:with everything|with life|with living|living|with it all)$"
              + "|(?:^| )want (?:it|this) to (?:end|stop)$"
              // As the whole search, or its end: "whats the point", "i give up", "i have a plan",
              // "my daughter is cutting", "im going to jump", "i cant keep going".
              + "|^(?:whats|what is|theres|there is)(?: no)? (?:the |a )?point"
              + "(?: anymore| of anything| of it all| in anything| of trying| in trying)?$"
              + "|^(?:i )?(?:give up|gave up|want to give up|have a plan|made a plan)$"
              // Kept to die by, as the whole search's end: "i've been saving my pills", not "saving
              // my meds for the trip".
              + "|(?:^| )(?:saving|saved) (?:my |all my )?(?:pills|meds|medications?)(?: up)?$"
              + "|(?:^| )(?:daughter|son|kid|child|teen|teenager|girl|boy|friend|sister|brother"
              + "|partner|wife|husband|he|she|hes|shes) (?:is |has been |keeps |started |is still )?"
              + "cutting(?: again)?$"
              + "|(?:^| )(?:stop|quit) cutting$|^(?:just |please )?kill me$|(?:^| )se corta$"
              + "|(?:^| )(?:going to|gonna|about to) jump$"
              + "|(?:^| )(?:cant|cannot) keep going$"
              + "|^(?:i )?(?:want|wanna) to end$"
              + "|(?:^| )(?:want|wanna|going|gonna) to take my life(?! back)"
              + "|(?:^| )(?:plan|plans|planning|wish|ready|decided|going|gonna) (?:to|on)"
              + " (?:end|ending) (?:things|it|it all|everything)(?: |$)"
              + "|(?:^| )wish i could end (?:things|it|it all|everything)(?: |$)"
              + "|(?:^| )overdose (?:\\w+ ){0,3}on purpose(?: |$)");

  /**
   * Pills taken to die by, at once a crisis and an overdose: "i swallowed all my pills", "took a
   * whole bottle of pills".
   */
  static final Pattern PILLS_TAKEN =
      Pattern.compile(
          "(?:^| )(?:(?:swallowed|took|taken|(?:going to|gonna|want to|wanna|about to) take)"
              + " (?:all |all of )my "
              + OverdoseSigns.MEDICINES
              + "|(?:me tome|tome|voy a tomar|voy a tomarme) todas (?:mis|las) pastillas"
              + "|(?:whole|entire|full) bottle of (?:my |)"
              + OverdoseSigns.MEDICINES
              + ")(?: |$)");

  /**
   * All of one's medicine taken as prescribed, no overdose nor a crisis: "ive taken all my meds as
   * prescribed and still depressed". Read by {@link #NOT_A_CRISIS} and {@link OverdoseSigns}.
   */
  static final String PILLS_AS_PRESCRIBED =
      "(?:taken|took) all (?:of )?my (?:meds|medications?|pills) (?:as prescribed|as directed"
          + "|correctly|for years|every day|on time)";

  /** A word that is not the searcher's own ("i", "feel", "my"), as a repeatable group. */
  private static final String NOT_THE_SEARCHERS =
      "(?: (?!(?:i|im|me|my|feel|feeling|felt|am)(?: |$))\\w+)";

  /**
   * Uses of "suicide" that are no one's crisis: "suicide prevention training", "suicide squad".
   * Taken out of the words before they are read, so that any other signal still counts.
   */
  private static final Pattern NOT_A_CRISIS =
      Pattern.compile(
          "(?:^| )(?:suicide prevention (?:training|trainings|course|courses|certification"
              + "|month|week|day|conference|awareness)|suicide awareness (?:month|week|day)"
              + "|suicide prevention (?:research|study|studies|trial|trials)"
              + "|suicide (?:research|rates?|statistics)|qpr suicide|suicide squad"
              + "|(?:reduce|reduces|reducing|lower|lowers|lowering) (?:suicide|suicidal) (?:risk|rates?)"
              + "|(?:suicidal ideation|suicide risk) (?:studies|study|research|trials?|data)"
              // A question of research, the words between in any order: "studies on ketamine for
              // suicidal ideation", "ketamine reduces suicidal thoughts study". Not with the
              // searcher's own words between: "i'm in a trial and feel suicidal" is a crisis.
              + "|(?:research|study|studies|trials?|evidence|statistics)"
              + NOT_THE_SEARCHERS
              + "{0,4} (?:suicide|suicidal)(?: (?:risk|ideation|thoughts|rates?))?"
              + "|(?:suicide|suicidal)"
              + NOT_THE_SEARCHERS
              + "{0,3} (?:research|study|studies|trials?|evidence)"
              + "|suicidal patients"
              // Suicidal thoughts denied: "i'm not suicidal just depressed".
              + "|(?:not|never|no longer|isnt|arent|wasnt|im not|am not) (?:feeling |really )?suicidal"
              + "|no (?:suicidal|suicide) (?:thoughts|ideation|feelings|plans)"
              // Ending things with a provider, another's death, burning out, a haircut, an app.
              + "|(?:end|ending|ended) (?:things|it) with (?:my|the|our|a|this|that|your) \\w+"
              + "|(?:death|dying) of (?:my|a|his|her|our|their) \\w+"
              + "|(?:burn|burning|burned|burnt) myself out"
              + "|take my (?:own )?life back"
              + "|(?:cortando|cortarme|corto|corte) el pelo"
              + "|disappear from (?:social media|facebook|instagram|tiktok|the internet|work)"
              + "|giving up on (?:my|the|a) (?!life)\\w+"
              // Hardship with insurance, a claim or side effects, not with living.
              + "|(?:cant|cannot) (?:take|do) (?:it|this) any ?more"
              + " (?:with|from|of|for) (?:my|the|these|those|this|ssri|ssris|insurance)(?: \\w+)?"
              + "|no hope left (?:for|with|of|in|on) (?:my|the|this|our) \\w+"
              + "|ya no puedo mas con (?:el|la|mi|los|las) (?!vida)\\w+"
              // Ways of speaking: "these prices kill me", "my boss will kill me if i miss work",
              // "prices are about to jump", "can i end it early", "i cut myself shaving".
              + "|(?:would|will|gonna|going to) kill me if (?:(?:she|he|they) (?:found|finds|knew|knows|saw"
              + "|sees)|i (?:miss|skip|spend|tell|forget|am late|buy|do))|(?:prices?|costs?|bills?)(?: \\w+){0,4}"
              + " kill me|(?:prices?|costs?|rates?) (?:are |is )?(?:about|going) to jump"
              + "|(?:end|ending) it (?:early|after)"
              + "|giving up on (?:ketamine|spravato|treatment|therapy|meds)"
              + "|hate myself for (?:waiting|not|taking|letting)|burden on (?:my|the|our) \\w+ budget"
              + "|no way out of (?:my|the|a|this) (?!life)\\w+|988 (?:dollars|bucks|area code)"
              + "|(?:cut|hurt|burned) myself (?:shaving|cooking|at the gym|working out|exercising"
              + "|lifting|at work|playing)|me corte (?:la mano|el dedo|cocinando)"
              + "|(?:puede|ketamina puede|spravato puede)(?: la ketamina)? (?:hacerme dano|lastimarme)"
              + "|dolor(?: \\w+){0,3} va a matarme|irme para siempre a \\w+"
              + "|disappear for a (?:weekend|week|few days|vacation|retreat)"
              + "|(?:afraid|scared|worried) (?:i will|ill|that i will|i might|i could) die in my sleep"
              + "|"
              + PILLS_AS_PRESCRIBED
              + ")(?= |$)");

  /**
   * How a question of what may happen begins: "is ketamine overdose possible", "can you overdose on
   * spravato", "what happens if you take too much ketamine". The side effects article answers it.
   */
  static final Pattern GENERAL_QUESTION =
      Pattern.compile(
          "^(?:is|are|can|could|does|do|will|would|what happens|what if|how likely|how common"
              + "|how dangerous|how easy|how easily)(?: |$)|(?:^| )possible$");

  /** "my self" typed apart, but not "my self esteem". */
  private static final Pattern MY_SELF =
      Pattern.compile(
          " my self(?= |$)(?! (?:esteem|care|worth|confidence|image|help|love|doubt|off))");

  /** A letter typed three times or more, as in distress: "i want to diiiie". */
  private static final Pattern REPEATED_LETTERS = Pattern.compile("([a-z])\\1{2,}");

  /** How "suicide" words begin, misspellings included ("sucidal", "suiside"). */
  private static final List<String> SUICIDE_STEMS = List.of("suic", "sucid", "suisid");

  private static final List<String> SUICIDE_WORDS = List.of("suicide", "suicidal");

  /** "can't go on" as despair, not "can't go on a plane". */
  private static final Pattern CANT_GO_ON =
      Pattern.compile(
          "(?:^| )(?:cant|can not|cannot) go on(?: anymore| any more| like this| living)?$");

  /**
   * "I feel hopeless", "feeling so hopeless", "i feel empty and hopeless", "life is hopeless", or
   * "hopeless" alone, misspelt or not; not "hopelessness".
   */
  private static final Pattern HOPELESS =
      Pattern.compile(
          "(?:^| )(?:feel|feeling|felt|am|im|is)(?: (?:so|very|really|completely|totally|just"
              + "|empty|worthless|sad|alone|lonely|numb|depressed|and)){0,3}"
              + " (?:hopeless|hopless|hopelss)(?: |$)|^(?:hopeless|hopless|so hopeless)$");

  /**
   * "SI", clinicians' shorthand for suicidal ideation, where it cannot be the Spanish "si":
   * "ketamine for si", "passive si", "si ketamine".
   */
  private static final Pattern SUICIDAL_IDEATION_SHORT =
      Pattern.compile(
          "(?:^| )(?:for|with|having|have|had|passive|active|chronic|treat|treating|treats) si"
              + "(?! joint)(?: |$)|^si (?:and )?ketamine$");

  /**
   * The words of pills, which in a search in crisis or signalling an overdose ask for no route: "i
   * swallowed all my troches" lists no prescribers of troches.
   */
  static final Set<String> PILL_WORDS =
      Set.of(
          "pill",
          "pills",
          "tablet",
          "tablets",
          "capsule",
          "capsules",
          "pastilla",
          "pastillas",
          "troche",
          "troches",
          "lozenge",
          "lozenges");

  private CrisisDetector() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does, joined by
   *     single spaces
   */
  public static boolean signalsCrisis(String normalizedWords) {
    // "hurt my self", typed apart, is "hurt myself"; "i want to diiiie" is "i want to die".
    String words =
        NOT_A_CRISIS
            .matcher(
                REPEATED_LETTERS
                    .matcher(MY_SELF.matcher(normalizedWords).replaceAll(" myself"))
                    .replaceAll("$1"))
            .replaceAll(" ");
    if (PHRASE.foundIn(words)
        || DESPAIR.matcher(words).find()
        || PILLS_TAKEN.matcher(words).find()
        || CANT_GO_ON.matcher(words).find()
        || HOPELESS.matcher(words).find()
        || SUICIDAL_IDEATION_SHORT.matcher(words).find()
        || LETHAL_AMOUNT.matcher(words).find()
        || HarmToOthers.urgeIn(words)
        || HarmToOthers.threatIn(words)
        || WarningSigns.signalledIn(words)
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
   * What the words signal that needs help first.
   *
   * @param typed the query's words as typed, normalised as {@link QueryTokens} does
   * @param corrected the same with misspellings corrected, or null when none was
   */
  static Distress read(String typed, String corrected) {
    boolean crisis = signalsCrisis(typed) || (corrected != null && signalsCrisis(corrected));
    boolean overdose = signalsOverdose(typed) || (corrected != null && signalsOverdose(corrected));
    if (!crisis) {
      // Every other signal is one of a crisis: an ordinary search is read no further.
      return new Distress(false, false, overdose, false, false, false);
    }
    return new Distress(
        true,
        mayBeSomeoneElses(typed),
        overdose,
        HarmToOthers.urgeIn(typed),
        HarmToOthers.threatIn(typed),
        LETHAL_AMOUNT.matcher(typed).find() || WarningSigns.namesAMeans(typed));
  }

  /**
   * Whether text as typed, normalised as a query is, signals a crisis or an overdose: for text
   * typed where a place was expected.
   */
  public static boolean signalsDistressIn(String text) {
    String words = QueryTokens.words(QueryTokens.tokenize(text));
    return signalsCrisis(words) || signalsOverdose(words);
  }

  /**
   * @param normalizedWords as for {@link #signalsCrisis}
   */
  public static boolean signalsOverdose(String normalizedWords) {
    return OverdoseSigns.signalledIn(normalizedWords);
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
