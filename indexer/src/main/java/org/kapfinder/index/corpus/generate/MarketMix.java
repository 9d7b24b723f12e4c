package org.kapfinder.index.corpus.generate;

import static org.kapfinder.index.schema.Clinician.PSYCHOLOGIST;
import static org.kapfinder.index.schema.Clinician.THERAPIST;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/**
 * Draws what a provider of a given {@link PracticeKind} offers: delivery modes, routes, conditions,
 * team, prices, insurance and memberships, in proportions that look like the market: IV infusions
 * at $400-$800 a session, IM and nasal sessions for less, KAP sessions priced for two to three
 * hours with a therapist, at-home programmes at $200-$300 a session, Spravato billed to insurance.
 *
 * <p>Every offering satisfies the record format's rules: Spravato only in person and never at home,
 * telehealth always with licensed states, at-home care without telehealth always with a service
 * radius, no insurance plans listed when insurance is not accepted.
 */
final class MarketMix {

  private static final List<Route> ROUTES = List.of(Route.values());
  private static final List<Condition> CONDITIONS = List.of(Condition.values());

  private static final List<String> PLANS =
      List.of(
          "Aetna",
          "Blue Cross Blue Shield",
          "Cigna",
          "Humana",
          "Medicaid",
          "Medicare",
          "Tricare",
          "UnitedHealthcare");

  private static final double IV_MIN_USD = 400;

  private final LicensedStates licensedStates;

  MarketMix(LicensedStates licensedStates) {
    this.licensedStates = licensedStates;
  }

  /** What a provider of {@code kind} based in {@code home} (a USPS code) offers. */
  Offering offering(PracticeKind kind, String home, Dice dice) {
    ProviderType type =
        kind == PracticeKind.TELEHEALTH_PROGRAM
            ? ProviderType.TELEHEALTH
            : dice.chance(kind.clinicChance()) ? ProviderType.CLINIC : ProviderType.PRACTITIONER;
    List<Route> routes = dice.each(ROUTES, kind.routeChances());
    List<Condition> conditions = dice.each(CONDITIONS, kind.conditionChances());
    boolean psychotherapy = dice.chance(kind.psychotherapyChance());
    List<Clinician> clinicians = team(kind.teams(), psychotherapy, dice);
    Delivery delivery = delivery(kind, home, dice);
    Double serviceRadiusMiles =
        delivery.modes().contains(Mode.AT_HOME) && kind != PracticeKind.TELEHEALTH_PROGRAM
            ? (double) dice.steps(10, 60, 5)
            : null;
    boolean spravato = routes.contains(Route.SPRAVATO);
    return new Offering(
        kind,
        type,
        delivery.modes(),
        delivery.servesStates(),
        serviceRadiusMiles,
        routes,
        conditions,
        psychotherapy,
        clinicians,
        pricing(kind, routes.contains(Route.IV), dice),
        insurance(kind, spravato, dice),
        memberships(kind, psychotherapy, clinicians, dice));
  }

  /** How care is delivered, and where telehealth patients may live. */
  private record Delivery(List<Mode> modes, List<String> servesStates) {}

  private Delivery delivery(PracticeKind kind, String home, Dice dice) {
    return switch (kind) {
      case IV_INFUSION_CLINIC -> inPerson(home, 0.15, dice);
      case SPRAVATO_CENTER -> inPerson(home, 0.3, dice);
      case KAP_PRACTICE -> inPerson(home, 0.45, dice);
      case IM_INTRANASAL_CLINIC -> inPerson(home, 0.2, dice);
      case PSYCHIATRY_PRACTICE -> inPerson(home, 0.55, dice);
      case MOBILE_SERVICE -> {
        double roll = dice.uniform();
        if (roll < 0.4) {
          yield new Delivery(List.of(Mode.AT_HOME), List.of());
        } else if (roll < 0.85) {
          yield new Delivery(List.of(Mode.IN_PERSON, Mode.AT_HOME), List.of());
        }
        yield new Delivery(List.of(Mode.TELEHEALTH, Mode.AT_HOME), List.of(home));
      }
      case TELEHEALTH_PROGRAM -> {
        double reach = dice.uniform();
        List<String> states;
        if (reach < 0.4) {
          states = licensedStates.regional(home, dice.between(0, 2), dice);
        } else if (reach < 0.6) {
          states = licensedStates.national(home, dice.between(6, 20), dice);
        } else {
          states = licensedStates.national(home, dice.between(30, 45), dice);
        }
        yield new Delivery(
            dice.chance(0.8) ? List.of(Mode.TELEHEALTH, Mode.AT_HOME) : List.of(Mode.TELEHEALTH),
            states);
      }
    };
  }

  /** In person, plus video visits (licensed at home, perhaps a neighbour) with that chance. */
  private Delivery inPerson(String home, double telehealthChance, Dice dice) {
    if (dice.chance(telehealthChance)) {
      return new Delivery(
          List.of(Mode.IN_PERSON, Mode.TELEHEALTH), licensedStates.local(home, 0.25, dice));
    }
    return new Delivery(List.of(Mode.IN_PERSON), List.of());
  }

  /**
   * What sessions cost. An IV infusion needs a monitored chair and a nurse or anaesthetist for an
   * hour, so any provider that offers IV charges at least $400 a session.
   */
  private static Pricing pricing(PracticeKind kind, boolean iv, Dice dice) {
    Pricing pricing = pricingOf(kind, dice);
    if (iv && pricing != null && pricing.sessionMinUsd() < IV_MIN_USD) {
      double raise = IV_MIN_USD - pricing.sessionMinUsd();
      return new Pricing(
          IV_MIN_USD,
          pricing.sessionMaxUsd() + raise,
          pricing.programUsd() == null
              ? null
              : roundTo50(pricing.programUsd() * IV_MIN_USD / pricing.sessionMinUsd()),
          pricing.programSessions(),
          pricing.slidingScale());
    }
    return pricing;
  }

  private static Pricing pricingOf(PracticeKind kind, Dice dice) {
    return switch (kind) {
      case IV_INFUSION_CLINIC ->
          dice.chance(0.9) ? sessions(dice, 400, 550, 250, 800, 6, 0.7, 0.85, 0.08) : null;
      // Spravato is usually billed to insurance; some list a self-pay price per treatment.
      case SPRAVATO_CENTER ->
          dice.chance(0.45) ? sessions(dice, 590, 750, 250, 1000, 1, 0, 1, 0) : null;
      // A KAP session runs two to three hours with a therapist; packages add preparation.
      case KAP_PRACTICE ->
          dice.chance(0.85)
              ? sessions(dice, 350, 600, 200, 900, dice.chance(0.6) ? 3 : 6, 0.6, 1.1, 0.3)
              : null;
      case IM_INTRANASAL_CLINIC ->
          dice.chance(0.85) ? sessions(dice, 250, 400, 150, 550, 6, 0.5, 0.9, 0.1) : null;
      case PSYCHIATRY_PRACTICE ->
          dice.chance(0.5) ? sessions(dice, 300, 550, 200, 750, 1, 0, 1, 0.1) : null;
      case MOBILE_SERVICE -> sessions(dice, 450, 750, 250, 1000, 1, 0, 1, 0.05);
      case TELEHEALTH_PROGRAM -> sessions(dice, 200, 275, 25, 300, 6, 0.75, 0.95, 0.1);
    };
  }

  /**
   * A session price range: the minimum a multiple of $25 in {@code [lowest, highest]}, the maximum
   * up to {@code spread} more but at most {@code cap}; with chance {@code programChance} a package
   * of {@code programSessions} sessions at {@code programFactor} times their minimum price; and
   * with chance {@code slidingChance} a sliding scale.
   */
  private static Pricing sessions(
      Dice dice,
      int lowest,
      int highest,
      int spread,
      int cap,
      int programSessions,
      double programChance,
      double programFactor,
      double slidingChance) {
    int min = dice.steps(lowest, highest, 25);
    int max = Math.min(cap, min + dice.steps(0, spread, 25));
    boolean program = dice.chance(programChance);
    Double programUsd = program ? roundTo50(programSessions * min * programFactor) : null;
    return new Pricing(
        (double) min,
        (double) max,
        programUsd,
        program ? programSessions : null,
        dice.chance(slidingChance) ? true : null);
  }

  /**
   * Insurance accepted (with 1-5 plans and perhaps Spravato billed to it), not accepted, or now and
   * then not stated. Spravato centres and psychiatry practices mostly bill insurance; clinics that
   * add Spravato to infusions do so too, since Spravato is rarely paid out of pocket.
   */
  private static Insurance insurance(PracticeKind kind, boolean spravato, Dice dice) {
    double acceptedChance =
        switch (kind) {
          case IV_INFUSION_CLINIC -> spravato ? 1 : 0.2;
          case SPRAVATO_CENTER -> 0.92;
          case KAP_PRACTICE -> 0.25;
          case IM_INTRANASAL_CLINIC -> 0.15;
          case PSYCHIATRY_PRACTICE -> 0.7;
          case MOBILE_SERVICE, TELEHEALTH_PROGRAM -> 0.1;
        };
    if (dice.chance(acceptedChance)) {
      List<String> plans = dice.some(PLANS, dice.between(1, 5));
      return new Insurance(true, plans, spravato && dice.chance(0.92) ? true : null);
    }
    return dice.chance(0.9) ? new Insurance(false, List.of(), null) : null;
  }

  private static List<String> memberships(
      PracticeKind kind, boolean psychotherapy, List<Clinician> clinicians, Dice dice) {
    List<String> memberships = new ArrayList<>(2);
    double askp3 = psychotherapy ? (kind == PracticeKind.KAP_PRACTICE ? 0.45 : 0.15) : 0;
    double aspka =
        switch (kind) {
          case IV_INFUSION_CLINIC -> 0.35;
          case KAP_PRACTICE, IM_INTRANASAL_CLINIC -> 0.2;
          case SPRAVATO_CENTER, TELEHEALTH_PROGRAM -> 0.1;
          case PSYCHIATRY_PRACTICE, MOBILE_SERVICE -> 0.15;
        };
    double apa =
        kind == PracticeKind.PSYCHIATRY_PRACTICE || kind == PracticeKind.SPRAVATO_CENTER ? 0.45 : 0;
    double aana = clinicians.contains(Clinician.CRNA) ? 0.2 : 0;
    addIf(memberships, "askp3", dice.chance(askp3));
    addIf(memberships, "aspka", dice.chance(aspka));
    addIf(memberships, "apa", dice.chance(apa));
    addIf(memberships, "aana", dice.chance(aana));
    return List.copyOf(memberships);
  }

  /** One of the teams, with a therapist added when sessions include psychotherapy. */
  private static List<Clinician> team(
      List<List<Clinician>> teams, boolean psychotherapy, Dice dice) {
    Set<Clinician> team = EnumSet.copyOf(dice.pick(teams));
    if (psychotherapy && !team.contains(PSYCHOLOGIST) && !team.contains(THERAPIST)) {
      team.add(dice.chance(0.75) ? THERAPIST : PSYCHOLOGIST);
    }
    return List.copyOf(team);
  }

  private static Double roundTo50(double usd) {
    return (double) (Math.round(usd / 50) * 50);
  }

  private static <T> void addIf(List<T> list, T value, boolean condition) {
    if (condition) {
      list.add(value);
    }
  }
}
