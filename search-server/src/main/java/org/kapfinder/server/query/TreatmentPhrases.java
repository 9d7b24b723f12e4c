package org.kapfinder.server.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;

/**
 * The phrases that name a treatment route or a condition, as people type them, with their synonyms
 * ("infusion" is IV, "post traumatic stress" is PTSD). Part of {@link IntentPhrases}.
 */
final class TreatmentPhrases {

  /** What "trauma" names: trauma of adult life (PTSD) or of childhood. */
  static final Set<Condition> TRAUMA =
      Collections.unmodifiableSet(EnumSet.of(Condition.PTSD, Condition.CHILDHOOD_TRAUMA));

  private TreatmentPhrases() {}

  static void addTo(Map<String, Intent> phrases) {
    routes(
        phrases,
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
        phrases,
        EnumSet.of(Route.IM),
        "im",
        "intramuscular",
        "injection",
        "injections",
        "shot",
        "shots",
        "im injection",
        "im injections");
    // "no needles", "scared of needles": both routes by needle, ruled out (see Negation).
    routes(phrases, EnumSet.of(Route.IV, Route.IM), "needle", "needles");
    routes(
        phrases,
        EnumSet.of(Route.INTRANASAL, Route.ORAL, Route.SUBLINGUAL, Route.SPRAVATO),
        "needle free",
        "needle-free",
        "needleless",
        // A fear of needles asks for the routes without one, as "afraid of needles" does.
        "needle phobia",
        "needle phobic",
        "needle phobe",
        "needlephobia",
        "trypanophobia");
    routes(
        phrases,
        EnumSet.of(Route.INTRANASAL),
        "intranasal",
        "intranasal spray",
        "intranasal ketamine",
        "intranasal ketamine spray");
    // Ketamine compounded by a pharmacy is racemic ketamine, never Spravato, which comes only as
    // the manufacturer's device.
    routes(
        phrases,
        EnumSet.of(Route.INTRANASAL),
        "compounded nasal",
        "compounded nasal spray",
        "compounded nasal ketamine",
        "compounded ketamine nasal spray",
        "nasal spray compounded",
        "compounded spray",
        "compounded intranasal");
    // A nasal spray is, to most people, Spravato; compounded intranasal ketamine is one too.
    routes(
        phrases,
        EnumSet.of(Route.INTRANASAL, Route.SPRAVATO),
        "nasal",
        "nasal spray",
        "nose spray",
        "nasal ketamine",
        "spray",
        "sprays",
        "nasal sprays");
    routes(
        phrases,
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
        phrases,
        EnumSet.of(Route.SUBLINGUAL),
        "sublingual",
        "under the tongue",
        "rdt",
        "rdts",
        "dissolving tablet",
        "dissolving tablets",
        "rapid dissolve",
        "rapid dissolve tablet",
        "rapid dissolve tablets",
        "rapidly dissolving tablets");
    routes(
        phrases,
        EnumSet.of(Route.ORAL, Route.SUBLINGUAL),
        "troche",
        "troches",
        "lozenge",
        "lozenges");
    routes(
        phrases,
        EnumSet.of(Route.SPRAVATO),
        "spravato",
        "esketamine",
        "spravato nasal spray",
        "esketamine nasal spray",
        "esketamine spray");

    conditions(
        phrases,
        EnumSet.of(Condition.DEPRESSION),
        "depression",
        "depressed",
        "depressive",
        "major depression",
        "major depressive disorder",
        "depressive disorder",
        "persistent depressive disorder",
        "dysthymia",
        "mdd",
        "hopelessness",
        "low mood");
    conditions(
        phrases,
        EnumSet.of(Condition.TREATMENT_RESISTANT_DEPRESSION),
        "trd",
        "treatment resistant depression",
        "treatment resistant",
        "resistant depression",
        "refractory depression",
        "treatment resistent depression",
        "treatment resitant depression",
        "depression resistant to treatment",
        "hasnt responded to meds",
        "hasnt responded to medication",
        // As people say it: treatments tried without success.
        "nothing else has worked",
        "nothing else worked",
        "nothing has worked",
        "antidepressants dont work",
        "antidepressants didnt work",
        "ssris dont work",
        "ssris didnt work",
        "tried everything for depression",
        "antidepressants not working",
        "antidepressants stopped working",
        "antidepressants dont help",
        "ssris not working",
        "ssris stopped working",
        "depression meds dont work",
        "depression meds not working",
        "depression medication not working",
        "depression medication doesnt work",
        "failed antidepressants");
    conditions(
        phrases,
        EnumSet.of(Condition.ANXIETY),
        "anxiety",
        "anxious",
        "panic",
        "panic attacks",
        "generalized anxiety",
        "generalized anxiety disorder",
        "social anxiety",
        "social anxiety disorder",
        "anxiety disorder",
        "anxiety disorders",
        "panic disorder",
        "gad",
        "anxiousness",
        "constant worry",
        "cant stop worrying",
        "worry all the time",
        "nervousness");
    conditions(
        phrases,
        EnumSet.of(Condition.PTSD),
        "ptsd",
        "post traumatic stress",
        "posttraumatic stress",
        "post traumatic stress disorder",
        "posttraumatic stress disorder",
        "c ptsd",
        "cptsd");
    conditions(phrases, TRAUMA, "trauma", "traumatic");
    // Trauma of adult life, not of childhood.
    conditions(
        phrases,
        EnumSet.of(Condition.PTSD),
        "military sexual trauma",
        "mst",
        "combat trauma",
        "sexual assault");
    conditions(
        phrases,
        EnumSet.of(Condition.CHILDHOOD_TRAUMA),
        "childhood trauma",
        "child abuse",
        "childhood abuse",
        "developmental trauma");
    conditions(
        phrases,
        EnumSet.of(Condition.OCD),
        "ocd",
        "obsessive compulsive",
        "obsessive compulsive disorder");
    conditions(
        phrases,
        EnumSet.of(Condition.BIPOLAR_DEPRESSION),
        "bipolar",
        "bipolar depression",
        "bipolar disorder",
        "bipolar i",
        "bipolar ii",
        "bipolar 1",
        "bipolar 2",
        "manic depression");
    conditions(
        phrases,
        EnumSet.of(Condition.CHRONIC_PAIN),
        "chronic pain",
        "pain",
        "fibromyalgia",
        "fibro",
        "crps",
        "complex regional pain",
        "complex regional pain syndrome",
        "reflex sympathetic dystrophy",
        "rsd",
        "neuropathic pain",
        "neuropathy",
        "nerve pain",
        "phantom limb pain",
        "migraine",
        "migraines",
        "cluster headache",
        "cluster headaches");
    conditions(
        phrases,
        EnumSet.of(Condition.END_OF_LIFE_DISTRESS),
        "end of life",
        "end of life distress",
        "terminal illness",
        "terminal cancer",
        "terminally ill",
        "hospice",
        "palliative",
        "existential distress");
    conditions(
        phrases,
        EnumSet.of(Condition.GRIEF),
        "grief",
        // Its common misspelling, which typo correction cannot reach: "brief" is one letter away.
        "greif",
        "grieving",
        "bereavement",
        "bereaved",
        "mourning",
        "loss of a loved one",
        "losing a loved one",
        "lost a loved one",
        "widow",
        "widowed",
        "widower",
        "death of my",
        "death of a child");
    conditions(
        phrases,
        EnumSet.of(Condition.POSTPARTUM_DEPRESSION),
        "postpartum",
        "postpartum depression",
        "post partum",
        "perinatal depression",
        "ppd",
        "after having a baby",
        "after giving birth",
        "after my baby",
        "since having my baby");
    conditions(
        phrases,
        EnumSet.of(Condition.SUBSTANCE_USE),
        "addiction",
        "substance use",
        "substance abuse",
        "alcohol",
        "alcoholism",
        "alcohol use",
        "alcohol use disorder",
        "substance use disorder",
        "opioid use disorder",
        "opioid",
        "opioids",
        "drinking",
        // As clinicians abbreviate them.
        "sud",
        "aud",
        "oud");
  }

  private static void routes(Map<String, Intent> phrases, Set<Route> routes, String... words) {
    for (String phrase : words) {
      phrases.put(phrase, new Intent.Routes(Set.copyOf(routes)));
    }
  }

  private static void conditions(
      Map<String, Intent> phrases, Set<Condition> conditions, String... words) {
    for (String phrase : words) {
      phrases.put(phrase, new Intent.Conditions(Set.copyOf(conditions)));
    }
  }
}
