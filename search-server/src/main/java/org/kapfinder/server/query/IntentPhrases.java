package org.kapfinder.server.query;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * The phrases the query interpreter recognises, each with its meaning, written as people type them
 * (lower case, without punctuation: "post traumatic stress" also matches "post-traumatic stress").
 * Also the vocabulary that typo correction corrects towards.
 */
final class IntentPhrases {

  /** The longest phrase, in words. */
  static final int MAX_WORDS = 4;

  private static final Map<String, Intent> PHRASES = new HashMap<>();

  static {
    routes(
        EnumSet.of(Route.IV),
        "iv",
        "ivs",
        "intravenous",
        "infusion",
        "infusions",
        "drip",
        "iv ketamine infusion",
        "iv infusion",
        "iv infusions");
    routes(
        EnumSet.of(Route.IM),
        "im",
        "intramuscular",
        "injection",
        "injections",
        "shot",
        "shots",
        "im injection",
        "im injections");
    routes(
        EnumSet.of(Route.INTRANASAL),
        "intranasal",
        "intranasal spray",
        "intranasal ketamine",
        "intranasal ketamine spray");
    // A nasal spray is, to most people, Spravato; compounded intranasal ketamine is one too.
    routes(
        EnumSet.of(Route.INTRANASAL, Route.SPRAVATO),
        "nasal",
        "nasal spray",
        "nose spray",
        "nasal ketamine",
        "spray",
        "sprays",
        "nasal sprays");
    routes(
        EnumSet.of(Route.ORAL),
        "oral",
        "tablet",
        "tablets",
        "pill",
        "pills",
        "capsule",
        "capsules",
        "by mouth");
    routes(
        EnumSet.of(Route.SUBLINGUAL),
        "sublingual",
        "under the tongue",
        "rdt",
        "rdts",
        "dissolving tablet");
    routes(EnumSet.of(Route.ORAL, Route.SUBLINGUAL), "troche", "troches", "lozenge", "lozenges");
    routes(
        EnumSet.of(Route.SPRAVATO),
        "spravato",
        "esketamine",
        "spravato nasal spray",
        "esketamine nasal spray",
        "esketamine spray");

    conditions(
        EnumSet.of(Condition.DEPRESSION),
        "depression",
        "depressed",
        "depressive",
        "major depression",
        "major depressive disorder",
        "mdd");
    conditions(
        EnumSet.of(Condition.TREATMENT_RESISTANT_DEPRESSION),
        "trd",
        "treatment resistant depression",
        "treatment resistant",
        "resistant depression",
        "refractory depression");
    conditions(
        EnumSet.of(Condition.ANXIETY),
        "anxiety",
        "anxious",
        "panic",
        "panic attacks",
        "generalized anxiety",
        "social anxiety");
    conditions(
        EnumSet.of(Condition.PTSD),
        "ptsd",
        "post traumatic stress",
        "posttraumatic stress",
        "post traumatic stress disorder",
        "posttraumatic stress disorder",
        "c ptsd",
        "cptsd");
    conditions(EnumSet.of(Condition.PTSD, Condition.CHILDHOOD_TRAUMA), "trauma", "traumatic");
    conditions(
        EnumSet.of(Condition.CHILDHOOD_TRAUMA),
        "childhood trauma",
        "child abuse",
        "childhood abuse",
        "developmental trauma");
    conditions(
        EnumSet.of(Condition.OCD), "ocd", "obsessive compulsive", "obsessive compulsive disorder");
    conditions(
        EnumSet.of(Condition.BIPOLAR_DEPRESSION),
        "bipolar",
        "bipolar depression",
        "bipolar disorder",
        "manic depression");
    conditions(
        EnumSet.of(Condition.CHRONIC_PAIN),
        "chronic pain",
        "pain",
        "fibromyalgia",
        "crps",
        "complex regional pain",
        "neuropathic pain",
        "migraine",
        "migraines");
    conditions(
        EnumSet.of(Condition.END_OF_LIFE_DISTRESS),
        "end of life",
        "end of life distress",
        "terminal illness",
        "hospice",
        "palliative",
        "existential distress");
    conditions(EnumSet.of(Condition.GRIEF), "grief", "grieving", "bereavement", "mourning");
    conditions(
        EnumSet.of(Condition.POSTPARTUM_DEPRESSION),
        "postpartum",
        "postpartum depression",
        "post partum",
        "perinatal depression",
        "ppd");
    conditions(
        EnumSet.of(Condition.SUBSTANCE_USE),
        "addiction",
        "substance use",
        "substance abuse",
        "alcohol",
        "alcoholism",
        "alcohol use",
        "opioid",
        "opioids",
        "drinking");

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
        "tele health");
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
        "comes to me",
        "come to me",
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
            "coverage")) {
      PHRASES.put(phrase, new Intent.Insurance(null));
    }
    // Plan names as people type them, each to the plan's name as records write it (lower case).
    Map<String, String> plans = new HashMap<>();
    for (String plan :
        List.of(
            "aetna",
            "cigna",
            "humana",
            "kaiser",
            "medicare",
            "medicaid",
            "tricare",
            "magellan",
            "oscar",
            "ambetter",
            "molina",
            "champva")) {
      plans.put(plan, plan);
    }
    for (String bcbs :
        List.of("blue cross", "blue shield", "blue cross blue shield", "bcbs", "anthem")) {
      plans.put(bcbs, "blue cross blue shield");
    }
    for (String united : List.of("united healthcare", "unitedhealthcare", "uhc", "optum")) {
      plans.put(united, "unitedhealthcare");
    }
    plans.forEach(
        (typed, plan) -> {
          PHRASES.put(typed, new Intent.Insurance(plan));
          PHRASES.put("takes " + typed, new Intent.Insurance(plan));
          PHRASES.put("accepts " + typed, new Intent.Insurance(plan));
        });

    Map<String, String> languages = new HashMap<>();
    languages.put("spanish", "es");
    languages.put("espanol", "es");
    languages.put("en espanol", "es");
    languages.put("habla espanol", "es");
    languages.put("se habla espanol", "es");
    languages.put("chinese", "zh");
    languages.put("mandarin", "zh");
    languages.put("cantonese", "zh");
    languages.put("vietnamese", "vi");
    languages.put("korean", "ko");
    languages.put("tagalog", "tl");
    languages.put("filipino", "tl");
    languages.put("russian", "ru");
    languages.put("arabic", "ar");
    languages.put("french", "fr");
    languages.put("portuguese", "pt");
    languages.put("hindi", "hi");
    languages.put("german", "de");
    languages.put("japanese", "ja");
    languages.put("polish", "pl");
    languages.put("haitian creole", "ht");
    languages.put("creole", "ht");
    languages.put("italian", "it");
    languages.put("hebrew", "he");
    languages.put("farsi", "fa");
    languages.put("persian", "fa");
    languages.forEach(
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
    for (String doctor : List.of("doctor", "doctors", "dr")) {
      PHRASES.put(
          doctor,
          new Intent.All(
              List.of(
                  new Intent.ClinicianKind(Clinician.PHYSICIAN),
                  new Intent.ClinicianKind(Clinician.PSYCHIATRIST),
                  new Intent.ClinicianKind(Clinician.ANESTHESIOLOGIST))));
    }
    // Not "md": in "ketamine MD" it may be Maryland.
    clinicians(Clinician.PHYSICIAN, "physician", "physicians", "medical doctor");
    clinicians(Clinician.REGISTERED_NURSE, "registered nurse", "rn");

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
            "medication only", "without therapy", "no therapy", "just ketamine", "only ketamine")) {
      PHRASES.put(phrase, new Intent.Psychotherapy(false));
    }
    for (String phrase :
        List.of(
            "cheap",
            "cheapest",
            "affordable",
            "low cost",
            "low-cost",
            "inexpensive",
            "budget",
            "lowest price",
            "least expensive")) {
      PHRASES.put(phrase, new Intent.LowPrice());
    }
    for (String phrase : List.of("sliding scale", "sliding-scale", "income based", "reduced fee")) {
      PHRASES.put(phrase, new Intent.SlidingScale());
    }
    for (String phrase :
        List.of(
            "near me",
            "nearby",
            "near by",
            "close to me",
            "close by",
            "around me",
            "in my area",
            "near my location",
            "closest",
            "nearest",
            "local")) {
      PHRASES.put(phrase, new Intent.NearMe());
    }
    for (String phrase :
        List.of(
            "ketamine",
            "ketamine therapy",
            "ketamine treatment",
            "ketamine treatments",
            "ketamine clinic",
            "ketamine clinics",
            "clinic",
            "clinics",
            "center",
            "centers",
            "centre",
            "provider",
            "providers",
            "treatment",
            "treatments",
            "therapy",
            "therapies",
            "practitioner",
            "practitioners",
            "program",
            "programs",
            "service",
            "services",
            "near",
            "in",
            "around",
            "for",
            "with",
            "the",
            "a",
            "an",
            "and",
            "of",
            "to",
            "at",
            "me",
            "my",
            "that",
            "best",
            "top",
            "find",
            "looking",
            "who",
            "does",
            "do",
            "offers",
            "offer",
            "offering",
            "how",
            "much",
            "what",
            "is",
            "are",
            "it",
            "can",
            "i",
            "get",
            "cost",
            "costs",
            "price",
            "prices",
            "pricing",
            "fee",
            "fees",
            "expensive",
            "options",
            "option",
            "help",
            "want",
            "need",
            "someone",
            "place",
            "places",
            "where")) {
      PHRASES.putIfAbsent(phrase, new Intent.Filler());
    }
  }

  private IntentPhrases() {}

  private static void routes(Set<Route> routes, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, new Intent.Routes(Set.copyOf(routes)));
    }
  }

  private static void conditions(Set<Condition> conditions, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, new Intent.Conditions(Set.copyOf(conditions)));
    }
  }

  private static void clinicians(Clinician clinician, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, new Intent.ClinicianKind(clinician));
    }
  }

  private static void delivery(Mode mode, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, new Intent.Delivery(mode));
    }
  }

  /** The meaning of a phrase of normalised words joined by single spaces, or null. */
  static Intent lookup(String phrase) {
    return PHRASES.get(phrase);
  }

  /**
   * The words typo correction corrects towards: domain words people misspell ("ketamin",
   * "theraphy", "spravado"), and no everyday English words, so that "thinking" never becomes
   * "drinking" and "want" stays "want".
   */
  static Set<String> correctableWords() {
    return Set.of(
        "ketamine",
        "esketamine",
        "spravato",
        "therapy",
        "therapist",
        "psychotherapy",
        "psychedelic",
        "assisted",
        "infusion",
        "infusions",
        "intravenous",
        "intramuscular",
        "injection",
        "injections",
        "intranasal",
        "sublingual",
        "lozenge",
        "lozenges",
        "troche",
        "troches",
        "depression",
        "depressed",
        "anxiety",
        "bipolar",
        "trauma",
        "traumatic",
        "postpartum",
        "perinatal",
        "fibromyalgia",
        "migraine",
        "chronic",
        "bereavement",
        "obsessive",
        "compulsive",
        "addiction",
        "opioid",
        "telehealth",
        "telemedicine",
        "insurance",
        "medicare",
        "medicaid",
        "tricare",
        "humana",
        "affordable",
        "palliative",
        "hospice",
        "clinic",
        "clinics",
        "treatment");
  }
}
