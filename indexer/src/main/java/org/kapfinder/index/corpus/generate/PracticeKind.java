package org.kapfinder.index.corpus.generate;

import static org.kapfinder.index.schema.Clinician.ANESTHESIOLOGIST;
import static org.kapfinder.index.schema.Clinician.CRNA;
import static org.kapfinder.index.schema.Clinician.NURSE_PRACTITIONER;
import static org.kapfinder.index.schema.Clinician.PHYSICIAN;
import static org.kapfinder.index.schema.Clinician.PSYCHIATRIST;
import static org.kapfinder.index.schema.Clinician.PSYCHOLOGIST;
import static org.kapfinder.index.schema.Clinician.REGISTERED_NURSE;
import static org.kapfinder.index.schema.Clinician.THERAPIST;

import java.util.List;
import org.kapfinder.index.schema.Clinician;

/**
 * The kinds of ketamine provider the generator draws, each with its share of listings and the odds
 * of what it offers. The shares are a rough picture of the US market: infusion clinics and
 * psychotherapy practices make up most listings, Spravato is mostly given by psychiatry practices
 * and dedicated centres, and a few providers travel to patients or run telehealth programmes with
 * treatment at home.
 *
 * <p>Route odds are in {@code Route} order (iv, im, intranasal, oral, sublingual, spravato);
 * condition odds in {@code Condition} order (depression, treatment_resistant_depression, anxiety,
 * ptsd, ocd, bipolar_depression, chronic_pain, childhood_trauma, end_of_life_distress, grief,
 * postpartum_depression, substance_use). A route or condition with odds 1 is always offered.
 */
enum PracticeKind {
  /** A clinic built around IV infusions, sometimes with IM, nasal or Spravato as well. */
  IV_INFUSION_CLINIC(
      28,
      0.9,
      0.25,
      new double[] {1, 0.25, 0.1, 0, 0, 0.12},
      new double[] {0.85, 0.8, 0.6, 0.55, 0.3, 0.25, 0.45, 0.1, 0.03, 0.08, 0.15, 0.12},
      List.of(
          List.of(ANESTHESIOLOGIST, CRNA),
          List.of(PHYSICIAN, REGISTERED_NURSE),
          List.of(CRNA, NURSE_PRACTITIONER),
          List.of(ANESTHESIOLOGIST, REGISTERED_NURSE),
          List.of(PSYCHIATRIST, REGISTERED_NURSE),
          List.of(CRNA))),
  /** A REMS-certified centre giving Spravato (esketamine) and billing insurance. */
  SPRAVATO_CENTER(
      14,
      0.85,
      0.25,
      new double[] {0.15, 0.1, 0, 0, 0, 1},
      new double[] {0.8, 1, 0.2, 0.15, 0.05, 0.1, 0, 0, 0, 0, 0.05, 0},
      List.of(
          List.of(PSYCHIATRIST, NURSE_PRACTITIONER, REGISTERED_NURSE),
          List.of(PSYCHIATRIST, REGISTERED_NURSE),
          List.of(NURSE_PRACTITIONER, REGISTERED_NURSE),
          List.of(PSYCHIATRIST, NURSE_PRACTITIONER))),
  /** A therapist-led practice: ketamine-assisted psychotherapy (KAP) with IM or lozenges. */
  KAP_PRACTICE(
      24,
      0.4,
      1,
      new double[] {0.08, 0.45, 0.12, 0.15, 0.55, 0},
      new double[] {0.8, 0.5, 0.7, 0.75, 0.25, 0.1, 0.05, 0.5, 0.2, 0.4, 0.15, 0.35},
      List.of(
          List.of(PSYCHIATRIST),
          List.of(PSYCHIATRIST, THERAPIST),
          List.of(NURSE_PRACTITIONER, THERAPIST),
          List.of(PHYSICIAN, PSYCHOLOGIST),
          List.of(PSYCHOLOGIST, NURSE_PRACTITIONER),
          List.of(THERAPIST, PHYSICIAN))),
  /** A clinic offering IM injections and intranasal ketamine. */
  IM_INTRANASAL_CLINIC(
      12,
      0.75,
      0.35,
      new double[] {0, 0.75, 0.45, 0.05, 0.2, 0},
      new double[] {0.85, 0.6, 0.6, 0.5, 0.2, 0.15, 0.2, 0.15, 0.02, 0.1, 0.15, 0.15},
      List.of(
          List.of(NURSE_PRACTITIONER),
          List.of(PHYSICIAN, REGISTERED_NURSE),
          List.of(NURSE_PRACTITIONER, REGISTERED_NURSE),
          List.of(PSYCHIATRIST, NURSE_PRACTITIONER))),
  /** A psychiatry practice that offers ketamine or Spravato among its treatments. */
  PSYCHIATRY_PRACTICE(
      14,
      0.5,
      0.45,
      new double[] {0.2, 0.35, 0.1, 0.1, 0.2, 0.6},
      new double[] {0.9, 0.8, 0.6, 0.5, 0.35, 0.35, 0.05, 0.15, 0.02, 0.1, 0.2, 0.2},
      List.of(
          List.of(PSYCHIATRIST),
          List.of(PSYCHIATRIST, NURSE_PRACTITIONER),
          List.of(PSYCHIATRIST, PSYCHOLOGIST, REGISTERED_NURSE),
          List.of(NURSE_PRACTITIONER))),
  /** A nurse or physician who treats patients in their homes within a service radius. */
  MOBILE_SERVICE(
      3,
      0.4,
      0.4,
      new double[] {0.4, 0.5, 0.2, 0.05, 0.2, 0},
      new double[] {0.8, 0.5, 0.6, 0.45, 0.15, 0.1, 0.35, 0.15, 0.25, 0.2, 0.2, 0.1},
      List.of(
          List.of(REGISTERED_NURSE, PHYSICIAN),
          List.of(NURSE_PRACTITIONER),
          List.of(CRNA),
          List.of(PHYSICIAN))),
  /** A telehealth programme: video visits and oral or sublingual ketamine taken at home. */
  TELEHEALTH_PROGRAM(
      2.2,
      0,
      0.45,
      new double[] {0, 0, 0.08, 0.45, 0.65, 0},
      new double[] {0.95, 0.4, 0.85, 0.6, 0.2, 0.05, 0.05, 0.2, 0.05, 0.2, 0.15, 0.15},
      List.of(
          List.of(PHYSICIAN, NURSE_PRACTITIONER),
          List.of(PSYCHIATRIST, NURSE_PRACTITIONER),
          List.of(NURSE_PRACTITIONER),
          List.of(PHYSICIAN)));

  private final double weight;
  private final double clinicChance;
  private final double psychotherapyChance;
  private final double[] routeChances;
  private final double[] conditionChances;
  private final List<List<Clinician>> teams;

  PracticeKind(
      double weight,
      double clinicChance,
      double psychotherapyChance,
      double[] routeChances,
      double[] conditionChances,
      List<List<Clinician>> teams) {
    this.weight = weight;
    this.clinicChance = clinicChance;
    this.psychotherapyChance = psychotherapyChance;
    this.routeChances = routeChances;
    this.conditionChances = conditionChances;
    this.teams = teams;
  }

  /** Odds that a provider of this kind is a clinic rather than an individual practitioner. */
  double clinicChance() {
    return clinicChance;
  }

  /** Odds that sessions include psychotherapy (KAP) rather than medication only. */
  double psychotherapyChance() {
    return psychotherapyChance;
  }

  double[] routeChances() {
    return routeChances.clone();
  }

  double[] conditionChances() {
    return conditionChances.clone();
  }

  /** The usual make-ups of this kind's clinical team. */
  List<List<Clinician>> teams() {
    return teams;
  }

  /** True for the kinds that always see patients at an address of their own. */
  boolean alwaysInPerson() {
    return this != MOBILE_SERVICE && this != TELEHEALTH_PROGRAM;
  }

  /** A kind drawn by market share, or among the always-in-person kinds only. */
  static PracticeKind draw(Dice dice, boolean inPersonOnly) {
    double total = 0;
    for (PracticeKind kind : values()) {
      if (!inPersonOnly || kind.alwaysInPerson()) {
        total += kind.weight;
      }
    }
    double target = dice.uniform() * total;
    PracticeKind chosen = null;
    for (PracticeKind kind : values()) {
      if (!inPersonOnly || kind.alwaysInPerson()) {
        chosen = kind;
        target -= kind.weight;
        if (target < 0) {
          break;
        }
      }
    }
    return chosen;
  }
}
