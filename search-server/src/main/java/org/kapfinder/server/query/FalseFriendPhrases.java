package org.kapfinder.server.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases that hold an intent's word but ask for nothing: "I read online that..." asks for no
 * telehealth, "I live at home" for no care at home, "I got shot" for no injection, "worth a shot"
 * for no route at all, "is ketamine addictive" for no treatment of addiction, "my doctor" and "i'm
 * a nurse" for no kind of clinician. Longer than the intent's word, they are matched first and hold
 * it. The country's name ("in the united states") asks for nothing either: every search is made in
 * it.
 */
final class FalseFriendPhrases {

  /** An intent of no parts: the phrase is understood, and filters and boosts nothing. */
  static final Intent NOTHING = new Intent.All(List.of());

  /** Words for a clinician that may be the searcher's own, or the searcher. */
  static final List<String> CLINICIANS =
      List.of(
          "doctor",
          "dr",
          "physician",
          "psychiatrist",
          "psychologist",
          "therapist",
          "counselor",
          "nurse",
          "nurse practitioner",
          "np",
          "pcp");

  private FalseFriendPhrases() {}

  static void addTo(Map<String, Intent> phrases) {
    for (String phrase :
        List.of(
            // "online" as where something was read, not how care is given
            "read online",
            "saw online",
            "seen online",
            "found online",
            "looked online",
            "searched online",
            "researched online",
            "online reviews",
            "online review",
            "virtual reality",
            // "home" as where someone lives or works
            "live at home",
            "lives at home",
            "living at home",
            "stay at home",
            "stay-at-home",
            "work from home",
            "works from home",
            "working from home",
            // More than, not other than: "not just infusions, i want therapy" rules no route out.
            "not just",
            "not only",
            "no therapy experience",
            // A herbal remedy, not St. Johns, FL: the article on interactions answers it.
            "st johns wort",
            "saint johns wort",
            // English, which every listing is written in: "in english" asks for nothing (and is
            // not English, IN).
            "english",
            "in english",
            "english speaking",
            // The whole country, which every search is made in already. ("usa" and "america" stay
            // words: they are in clinics' names.)
            "united states",
            // "shot" as a wound or a try
            "got shot",
            "was shot",
            "been shot",
            "gunshot",
            "gun shot",
            "a shot at",
            "worth a shot",
            "give it a shot",
            // Care outside a plan's network asks for no provider in it; the article on insurance
            // says what out-of-network benefits may pay.
            "out of network",
            "not in network",
            "outside my network",
            // Ketamine's risk asked about ("is ketamine addictive"), not a condition to treat: the
            // typo corrector would read it as "addiction", which is substance use.
            "addictive",
            // "tx", clinicians' shorthand for treatment, before what it treats: no Texas.
            "tx for",
            "healthcare workers",
            "health care workers")) {
      phrases.put(phrase, NOTHING);
    }
    // More than the medicine alone: "not just an infusion clinic, want therapy" asks for therapy
    // beside infusions, not for infusions only.
    for (String more : List.of("not just", "not only", "more than")) {
      for (String medicine :
          List.of(
              "infusion", "infusions", "an infusion", "an infusion clinic", "iv", "medication")) {
        phrases.put(more + " " + medicine, NOTHING);
      }
    }
    // The searcher's own clinician ("my doctor mentioned ketamine", "i already have a therapist")
    // or work ("i'm a nurse and burned out") asks for no kind of clinician on the care team.
    for (String clinician : CLINICIANS) {
      for (String who :
          List.of(
              "my %s",
              "im a %s",
              "i am a %s",
              "as a %s",
              "my own %s",
              // Someone else's: "my husband's psychiatrist recommended ketamine".
              "his %s",
              "her %s",
              "their %s",
              "husbands %s",
              "wifes %s",
              "partners %s",
              "sons %s",
              "daughters %s",
              "moms %s",
              "dads %s",
              "i have a %s",
              "already have a %s",
              "i see a %s",
              "already see a %s",
              // The patient's work, not the care team's: "ketamine for nurses with burnout",
              // "my wife who is a nurse".
              "for %ss",
              "who is a %s",
              "works as a %s")) {
        String phrase = String.format(Locale.ROOT, who, clinician);
        if (phrase.split(" ").length <= IntentPhrases.MAX_WORDS) {
          phrases.put(phrase, NOTHING);
        }
      }
    }
  }
}
