package org.kapfinder.server.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * The phrases the query interpreter recognises, each with its meaning, written as people type them
 * (lower case, without punctuation: "post traumatic stress" also matches "post-traumatic stress").
 * Treatments and conditions are in {@link TreatmentPhrases}, prices in {@link PricePhrases},
 * Spanish phrasings in {@link SpanishPhrases}; the words typo correction corrects towards are in
 * {@link CorrectionVocabulary}.
 */
final class IntentPhrases {

  /** The longest phrase, in words. */
  static final int MAX_WORDS = 5;

  private static final Map<String, Intent> PHRASES = new HashMap<>();

  /** Every word of every phrase. */
  private static final Set<String> PHRASE_WORDS = new HashSet<>();

  static {
    TreatmentPhrases.addTo(PHRASES);
    ConditionsInEverydayWords.addTo(PHRASES);
    PricePhrases.addTo(PHRASES);

    delivery(
        Mode.TELEHEALTH,
        "telehealth",
        "telemedicine",
        "virtual",
        "virtually",
        "online",
        "remote",
        "remotely",
        "video",
        "zoom",
        // "over" left to match would name no listing.
        "over zoom",
        "over video",
        "via zoom",
        "via video",
        "tele health",
        "teletherapy",
        "tele therapy",
        "telepsychiatry",
        "virtualy",
        // Medicine sent to the searcher's home comes from a telehealth programme.
        "by mail",
        "mail order",
        "mailed",
        "mailed to me",
        "mailed to my home",
        "mailed to my house",
        "mailed to my door",
        "shipped",
        "shipped to me",
        "shipped to my home",
        "shipped to my house",
        "shipped to my door",
        "sent to me",
        "sent to my home",
        "sent to my house",
        "delivered to me",
        "delivered to my home",
        "delivered to my house",
        "delivered to my door");
    delivery(
        Mode.AT_HOME,
        "at home",
        "at-home",
        "from home",
        "home",
        "in home",
        "in my home",
        "home visit",
        "home visits",
        "house call",
        "house calls",
        "mobile",
        "comes to you",
        "come to you",
        "comes to your house",
        "comes to your home",
        "comes to my house",
        "traveling nurse",
        "travelling nurse",
        "comes to me",
        "come to me",
        "athome",
        // Not leaving home is being treated there.
        "without leaving my house",
        "without leaving my home",
        "without leaving home",
        "without leaving the house",
        "to leave my house",
        "to leave my home",
        "to leave the house",
        "cant leave my house",
        "cant leave the house",
        "at my house",
        "at my home",
        "in my home",
        "to my house",
        "to my home",
        "concierge");
    delivery(Mode.IN_PERSON, "in person", "in clinic", "in office", "in-person", "office");

    for (String phrase :
        List.of(
            "insurance",
            "insured",
            "takes insurance",
            "accepts insurance",
            "accept insurance",
            "take insurance",
            "covered",
            "covered by insurance",
            "in network",
            "in-network",
            "coverage",
            "cover",
            "covers",
            // Plans bought on the marketplace.
            "obamacare",
            "obama care",
            "marketplace plan",
            "marketplace insurance",
            "aca plan",
            "affordable care act",
            // Plans no listing names, asked for as insurance in general.
            "tufts health plan",
            "harvard pilgrim",
            "emblemhealth",
            "emblem health",
            "fidelis",
            "healthfirst",
            "caresource",
            "wellcare",
            "health net",
            "amerigroup",
            "priority health",
            "geisinger health plan")) {
      PHRASES.put(phrase, new Intent.Insurance(null));
    }
    // A life insurance policy pays no provider: "does life insurance cover suicide". A phrase of
    // no meaning, read with the others so that its "insurance" is not.
    PHRASES.put("life insurance", new Intent.All(List.of()));
    // Plan names as people type them, each to the plan's name as records write it (lower case).
    Map<String, String> plans = new HashMap<>();
    for (InsurancePlanNames.Plan plan : InsurancePlanNames.PLANS) {
      plans.put(plan.name().toLowerCase(Locale.ROOT), plan.value());
      plan.otherNames().forEach(name -> plans.put(name, plan.value()));
    }
    // Misspellings of Medicaid that typo correction would take for Medicare, one letter away.
    plans.put("medicade", "medicaid");
    plans.put("medicaide", "medicaid");
    plans.forEach(
        (typed, plan) -> {
          PHRASES.put(typed, new Intent.Insurance(plan));
          PHRASES.put("takes " + typed, new Intent.Insurance(plan));
          PHRASES.put("accepts " + typed, new Intent.Insurance(plan));
          for (String accepts : SpanishPhrases.ACCEPTS) {
            PHRASES.put(accepts + " " + typed, new Intent.Insurance(plan));
          }
        });

    LanguageNames.CODES.forEach(
        (name, code) -> {
          PHRASES.put(name, new Intent.Language(code));
          PHRASES.put(name + " speaking", new Intent.Language(code));
          PHRASES.put("speaks " + name, new Intent.Language(code));
          PHRASES.put("in " + name, new Intent.Language(code));
        });

    clinicians(Clinician.PSYCHIATRIST, "psychiatrist", "psychiatrists", "psychiatry");
    clinicians(Clinician.ANESTHESIOLOGIST, "anesthesiologist", "anesthesiologists", "anaesthetist");
    clinicians(
        Clinician.NURSE_PRACTITIONER, "nurse practitioner", "nurse practitioners", "np", "pmhnp");
    clinicians(Clinician.CRNA, "crna", "nurse anesthetist", "nurse anesthetists");
    clinicians(Clinician.PSYCHOLOGIST, "psychologist", "psychologists");
    anyClinician(
        List.of("doctor", "doctors", "dr", "doc"),
        Clinician.PHYSICIAN,
        Clinician.PSYCHIATRIST,
        Clinician.ANESTHESIOLOGIST);
    // Not "md": in "ketamine MD" it may be Maryland.
    clinicians(Clinician.PHYSICIAN, "physician", "physicians", "medical doctor");
    clinicians(Clinician.REGISTERED_NURSE, "registered nurse", "rn");
    // A nurse of any kind: the one who comes to the home or watches an infusion may be any of them.
    anyClinician(
        List.of("nurse", "nurses"),
        Clinician.REGISTERED_NURSE,
        Clinician.NURSE_PRACTITIONER,
        Clinician.CRNA);

    for (String phrase :
        List.of(
            "accepting new patients",
            "accepting patients",
            "taking new patients",
            "new patients",
            "available now",
            "no waitlist",
            "no wait list")) {
      PHRASES.put(phrase, new Intent.AcceptingNewPatients());
    }

    for (String phrase :
        List.of(
            "psychotherapy",
            "kap",
            "ketamine assisted psychotherapy",
            "ketamine assisted therapy",
            "assisted psychotherapy",
            "assisted therapy",
            "talk therapy",
            "with therapy",
            // Therapy asked for as more than the medicine: "not just infusions, want real therapy".
            "want therapy",
            "real therapy",
            "actual therapy",
            "therapy too",
            "therapy as well",
            "plus therapy",
            "therapist",
            "therapists",
            "integration",
            "psychedelic therapy",
            "psychedelic assisted therapy")) {
      PHRASES.put(phrase, new Intent.Psychotherapy(true));
    }
    for (String phrase :
        List.of("infusion only", "infusions only", "just infusion", "just infusions")) {
      PHRASES.put(
          phrase,
          new Intent.All(
              List.of(new Intent.Routes(Set.of(Route.IV)), new Intent.Psychotherapy(false))));
    }
    for (String phrase :
        List.of(
            "medication only",
            "without therapy",
            "no therapy",
            "just ketamine",
            "only ketamine",
            "no counseling",
            "without counseling",
            "no counselling",
            "without counselling",
            "dont need therapy",
            "dont want therapy",
            "do not need therapy",
            "do not want therapy",
            "sin terapia")) {
      PHRASES.put(phrase, new Intent.Psychotherapy(false));
    }
    for (String phrase :
        List.of(
            "near me",
            // Misspelt as often as typed: "neer me" was read as "need me".
            "neer me",
            "nere me",
            "nearme",
            "nearby",
            "near by",
            "close to me",
            "close by",
            "around me",
            "in my area",
            "in my city",
            "in my town",
            "in my neighborhood",
            "in the area",
            "in your area",
            "around here",
            "near here",
            "near my location",
            // Where the searcher works, whose point the device gives as well as home's.
            "near my office",
            "near my work",
            "near work",
            "close to my office",
            "close to my work",
            "close to work",
            "near my job",
            "by my office",
            "nearme",
            // Home as where the searcher lives, not where the treatment happens.
            "close to home",
            "close to my home",
            "close to my house",
            "near home",
            "near my home",
            "near my house",
            "not far from home",
            "not too far from home",
            "not far from me",
            "not too far from me",
            "not too far",
            "local")) {
      PHRASES.put(phrase, Intent.NearMe.NEAR);
    }
    for (String phrase :
        List.of("closest", "nearest", "closest to me", "nearest to me", "the closest")) {
      PHRASES.put(phrase, Intent.NearMe.NEAREST);
    }
    FillerWords.addTo(PHRASES);
    QuestionForm.addTo(PHRASES);
    EligibilityQuestion.addTo(PHRASES);
    // The words of a comparison ("ketamine vs esketamine"), which no listing says.
    RouteComparison.PHRASES.forEach(phrase -> PHRASES.putIfAbsent(phrase, new Intent.Filler()));
    SpanishPhrases.addTo(PHRASES);
    FalseFriendPhrases.addTo(PHRASES);
    WhoItIsFor.addTo(PHRASES);
    PHRASES.keySet().forEach(phrase -> PHRASE_WORDS.addAll(Arrays.asList(phrase.split(" "))));
  }

  private IntentPhrases() {}

  /**
   * Whether the word is one of a phrase's, alone or with others: "obsesivo" of "obsesivo
   * compulsivo" is a word the search knows, no misspelling of "obsessive".
   */
  static boolean isPhraseWord(String word) {
    return PHRASE_WORDS.contains(word);
  }

  private static void clinicians(Clinician clinician, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, new Intent.ClinicianKind(clinician));
    }
  }

  /** Phrases that name any of several kinds of clinician ("doctor"). */
  private static void anyClinician(List<String> phrases, Clinician... kinds) {
    Intent any = Intent.anyClinician(kinds);
    phrases.forEach(phrase -> PHRASES.put(phrase, any));
  }

  private static void delivery(Mode mode, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, new Intent.Delivery(mode));
      // "in person only ketamine": the "only" is the way of care's, not "only ketamine", which
      // asks for no therapy.
      if (phrase.split(" ").length < MAX_WORDS) {
        PHRASES.put(phrase + " only", new Intent.Delivery(mode));
      }
    }
  }

  /** The meaning of a phrase of normalised words joined by single spaces, or null. */
  static Intent lookup(String phrase) {
    return PHRASES.get(phrase);
  }
}
