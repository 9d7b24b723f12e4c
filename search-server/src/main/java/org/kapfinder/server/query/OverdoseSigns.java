package org.kapfinder.server.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a search that signals an overdose or another emergency of the body, whose help is 911
 * and Poison Control: too much taken ("i took too many pills", "my toddler ate a troche"), a person
 * who will not wake or breathe, symptoms that need care now ("chest pain after ketamine", "slurred
 * speech"). Not a question of what may happen ({@link CrisisDetector#GENERAL_QUESTION}), nor the
 * same words about treatment ("depression not responding to ssris").
 */
final class OverdoseSigns {

  /** Medicines people name when they have taken too many of them. */
  static final String MEDICINES =
      "(?:pills|meds|medications?|medicine|sleeping pills|tablets|tylenol|advil|xanax|benadryl"
          + "|ibuprofen|acetaminophen|sertraline|zoloft|lexapro|prozac|klonopin|ativan|valium"
          + "|ambien|lithium|seroquel|trazodone|wellbutrin|gabapentin|oxy|oxycodone|percocet"
          + "|adderall|troches|lozenges)";

  /**
   * Too much of a medicine, or a poison, taken, as an accident may be: an overdose, whose help is
   * 911 and Poison Control, not by itself a crisis of suicide ("i took too many pills", "my toddler
   * drank bleach", "tomé muchas pastillas").
   */
  private static final Pattern OVERDOSE_TAKEN =
      Pattern.compile(
          "(?:^| )(?:(?:swallowed|took|taken|ate|had) (?:too many|a bunch of|a handful of|a lot of"
              + "|[2-9]\\d|\\d{3,}|a bottle of|way too many)(?: of)?(?: my)? "
              + MEDICINES
              // A dose of one's own taken twice, or all at once, by mistake or by another.
              + "|accidentally (?:double dosed|took (?:two|three|four|five|[2-9]|\\d{2,}|double"
              + "|extra|another|too many|all))"
              + "|(?:took|taken|swallowed)(?: \\w+){1,4} (?:by accident|by mistake)"
              + "|(?:took|taken|had) a double dose|double dosed|took double (?:my|the) dose"
              + "|took my dose twice|took (?:two|2) doses"
              + "|(?:took|taken|swallowed) (?:all (?:of )?(?:my|his|her|their) (?:ketamine|spravato"
              + "|troches|lozenges|pills|meds)|(?:my|his|her|their) (?:whole|entire)"
              + " (?:ketamine |spravato )?(?:months|weeks|bottle|supply|prescription))"
              + "|(?:took|taken|swallowed) too many (?:troches|lozenges|rdts|ketamine tablets)"
              // A child or a pet into someone's medicine: "my toddler ate a troche".
              + "|(?:kid|child|son|daughter|toddler|baby|dog|cat|puppy|year old) (?:(?:ate|swallowed"
              + "|drank|chewed)(?: (?:my|his|her|the|some|a|an|one of my|one of the))?|got into"
              + " (?:my|his|her|the|some))"
              + " (?:troches?|lozenges?|pills?|meds|ketamine|nasal spray|spravato)"
              + "|(?:kid|child|son|daughter|toddler|baby) took my (?:troches?|lozenges?|pills|meds"
              + "|ketamine)|found (?:my|his|her|the) \\w+ and (?:ate|swallowed) (?:them|it|some)"
              // At once, not over a course: "i took 10 troches", not "12 troches so far".
              + "|(?:took|dissolved|swallowed) (?:[3-9]|\\d{2,}) (?:troches|lozenges|rdts)"
              + "(?! (?:so far|total|in total|over|this|last|since|in the|as prescribed|as directed"
              + "|during|each))"
              + "|(?:dissolved|used) too many|(?:took|swallowed) every (?:pill|troche)"
              + "|(?:se )?(?:comio|trago|tomo) (?:una pastilla|todas (?:sus|mis|las) pastillas"
              + "|muchas pastillas)"
              + "|took too many$|took too many of"
              + "|mixed (?:my )?(?:pills|meds|medications?|ketamine|troches?) (?:and|with)"
              + " (?:alcohol|booze|drinks?|benzos|xanax|opioids|oxy|wine|vodka)"
              + "|(?:whole|entire) bottle of (?:wine|vodka|whiskey|liquor|alcohol) (?:with|and|on)"
              + "|(?:drank|drink|drinking|swallowed) bleach"
              + "|(?:tome|me tome) (?:muchas|demasiadas|un frasco de) pastillas)(?: |$)");

  /** Phrases that say an overdose has happened, as normalised words: emergency help comes first. */
  private static final WordPhrases OVERDOSE_HAPPENED =
      new WordPhrases(
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
              "not waking up",
              "wont respond",
              "not responding",
              "isnt responding",
              "is unconscious",
              "hes unconscious",
              "shes unconscious",
              "unconscious after",
              "i odd on",
              "he odd on",
              "she odd on",
              "i odd",
              "i oded",
              "just odd",
              "sobredosis",
              // Breathing, waking and colour, as a frightened person types them.
              "isnt breathing",
              "barely breathing",
              "breathing weird",
              "breathing funny",
              "cant be woken",
              "cant be woke",
              "cant wake him",
              "cant wake her",
              "turned blue",
              "is blue after",
              "just collapsed",
              "someone collapsed",
              "collapsed after",
              "is seizing",
              "foaming at the mouth",
              "choking on vomit",
              "choking on his vomit",
              "choking on her vomit",
              "choking on their vomit",
              "narcan not working",
              "gave him narcan",
              "gave her narcan",
              "no respira",
              "no despierta",
              "no reacciona",
              "no puedo respirar"));

  /**
   * Phrases that name an overdose without saying one happened: emergency help comes first for
   * "ketamine overdose" ({@link #OVERDOSE_WORD}) or "too much ketamine", as for "took too much"
   * ({@link #TOOK_TOO_MUCH}), but not for a question of whether one can happen ({@link
   * #GENERAL_QUESTION}).
   */
  private static final WordPhrases OVERDOSE_NAMED = new WordPhrases(List.of("too much ketamine"));

  /**
   * "took too much" (or "did", "snorted" too much) of a drug, not "too much time off work" nor "too
   * much on at work": at the end, or before the drug, a dose or a time.
   */
  private static final Pattern TOOK_TOO_MUCH =
      Pattern.compile(
          "(?:^| )(?:took|taken|take|taking|did|done|used|snorted|sniffed|railed)"
              + " too much(?:$| (?:ketamine|k|ket|special k|spravato"
              + "|esketamine|of (?:it|my|the|ketamine|k)|and|last|tonight|today|now|again|im|i"
              + "|xanax|tylenol|advil|benadryl|ibuprofen|acetaminophen|klonopin|ativan|valium"
              + "|adderall|lithium|insulin|oxy|fentanyl|heroin|meds|medicine|medication|pills"
              + "|alcohol)(?: |$))");

  /**
   * "overdose", but not as a question of how likely one is ("ketamine overdose risk") nor as a
   * subject of study or training ("overdose prevention", "overdose naloxone training").
   */
  private static final Pattern OVERDOSE_WORD =
      Pattern.compile(
          "(?:^| )(?:overdose|od|oded on)(?:$| (?!(?:risks?|prevention|awareness|training"
              + "|vs|research|rates?|symptoms|signs|deaths?|crisis|epidemic|mean|means|dose|once"
              + "|statistics|naloxone)(?:$| )))");

  /**
   * Symptoms that need 911 now, said as happening: "chest pain after ketamine infusion", "i think
   * im dying". Not when asked as a question of what may happen ({@link #GENERAL_QUESTION}).
   */
  private static final Pattern EMERGENCY_SYMPTOMS =
      Pattern.compile(
          "(?:^| )(?:(?:chest pains?|chest hurts|chest is tight|heart (?:is )?racing|heart pounding"
              + "|trouble breathing|hard to breathe|chest tightness) (?:after|since)"
              + "|cant move(?: my \\w+)? after|hit my head during"
              + "|cant breathe|cannot breathe|think im dying|feel like im dying|having a seizure"
              + "|^im dying$|took extra (?:ketamine|troches?|spravato)"
              + "|(?:he|she|someone|my \\w+) (?:just )?collapsed$"
              // Signs of a stroke, or of blood pressure high enough for one.
              + "|cant feel my (?:legs|arms|face|body|hands)|slurred speech|slurring my words"
              + "|face is (?:numb|drooping)|numb face|face drooping|worst headache of my life"
              + "|(?:blood pressure|bp) (?:is |of |at )?(?:1[89]\\d|2\\d\\d)"
              + "|cant stay awake|cant keep (?:my )?eyes open)"
              + "(?: |$)");

  /**
   * The same words in other senses, taken out before the words are read: a treatment that does not
   * work ("not responding to ssris", "unresponsive to antidepressants"), waking up late ("cant wake
   * up in the morning"), fainting as a question or at needles, the signs of an overdose asked
   * about.
   */
  private static final Pattern NOT_AN_OVERDOSE =
      Pattern.compile(
          "(?:^| )(?:(?:not responding|isnt responding|unresponsive|wont respond|not responded"
              + "|didnt respond|doesnt respond) to(?! (?:me|anyone|anything|my voice|touch|pain"
              + "|calls|texts|his name|her name)(?: |$))"
              + "|cant wake up (?:in the morning|for work|for school|early|on time|before)"
              + "|passed out (?:from|at the sight of|when i see) (?:needles|blood|shots)"
              + "|(?:signs|symptoms) of (?:a )?(?:ketamine )?overdose"
              // A death or a history, not an emergency now: grief, treatment that did not work.
              + "|(?:died|passed away|lost \\w+ \\w+) (?:of|from|to) (?:an |a )?overdose"
              + "|unresponsive (?:depression|for years)|(?:medications?|meds|antidepressants|pills)"
              + " (?:that|which) (?:didnt|did not|never|dont) work"
              + "|"
              + CrisisDetector.PILLS_AS_PRESCRIBED
              // An overdose planned is a crisis, not yet an emergency of the body.
              + "|(?:plan|planning|want|wanna|going|gonna|decided|thinking about|thought about)"
              + "(?: to)? overdose)(?= |$)");

  /**
   * Someone frightened in a k-hole, ketamine's dissociation at a high dose, now: "stuck in a k
   * hole", "in a khole and scared". Poison Control advises on it at any hour, and 911 is for the
   * signs of an overdose the help names. Not a question about one ("what is a k hole", "will i k
   * hole").
   */
  private static final Pattern K_HOLE_NOW =
      Pattern.compile(
          "(?:^| )(?:(?:stuck|trapped|lost) in (?:a |the |this |my )?k ?hole"
              + "|(?:cant|cannot|how do i|how to|help me|help) (?:get|come|snap) (?:out of|back from)"
              + " (?:a |the |this |my )?k ?hole"
              + "|k ?hole (?:and |im |i am )?(?:scared|terrified|panic|panicking|freaking out"
              + "|wont end|wont stop|cant move|help|right now|rn)"
              + "|(?:im|i am|is|hes|shes|theyre|still) (?:in|having) (?:a |the )?k ?hole)(?: |$)");

  /** A question of whether something is normal: "passed out during infusion is that normal". */
  private static final Pattern IS_IT_NORMAL = Pattern.compile("(?:^| )is (?:that|it|this) normal$");

  private OverdoseSigns() {}

  /**
   * @param normalizedWords as for {@link CrisisDetector#signalsCrisis}
   */
  static boolean signalledIn(String normalizedWords) {
    String words = NOT_AN_OVERDOSE.matcher(normalizedWords).replaceAll(" ");
    boolean question =
        CrisisDetector.GENERAL_QUESTION.matcher(words).find() || IS_IT_NORMAL.matcher(words).find();
    if ((OVERDOSE_HAPPENED.foundIn(words) && !IS_IT_NORMAL.matcher(words).find())
        || CrisisDetector.PILLS_TAKEN.matcher(words).find()
        || OVERDOSE_TAKEN.matcher(words).find()) {
      return true;
    }
    return (TOOK_TOO_MUCH.matcher(words).find()
            || OVERDOSE_NAMED.foundIn(words)
            || OVERDOSE_WORD.matcher(words).find()
            || EMERGENCY_SYMPTOMS.matcher(words).find()
            || K_HOLE_NOW.matcher(words).find())
        && !question;
  }
}
