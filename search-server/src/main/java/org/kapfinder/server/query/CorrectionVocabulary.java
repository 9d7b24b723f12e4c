package org.kapfinder.server.query;

import java.util.Set;

/** The vocabulary the query interpreter's typo correction corrects towards. */
final class CorrectionVocabulary {

  private CorrectionVocabulary() {}

  /**
   * The words typo correction corrects towards: domain words people misspell ("ketamin",
   * "theraphy", "spravado"), and no everyday English words, so that "thinking" never becomes
   * "drinking" and "want" stays "want".
   */
  static Set<String> words() {
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
        // Four letters: corrected only for two letters swapped ("pstd", "pian").
        "ptsd",
        "pain",
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
        "neuropathy",
        "chronic",
        "bereavement",
        // Not "grief", one letter from "brief".
        "grieving",
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
