package org.kapfinder.index.corpus.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * Writes a listing's description: one to three sentences drawn from templates that name the routes,
 * conditions and approach (so that text search has real words to match), then the sentence {@value
 * #FICTIONAL}. Templates are chosen per record, so no single sentence dominates.
 */
final class Descriptions {

  /** The last sentence of every generated description. */
  static final String FICTIONAL = "Fictional sample listing.";

  private static final Map<String, String> LANGUAGE_NAMES = new ConcurrentHashMap<>();

  /** What a description may mention besides the offering itself. */
  record Facts(
      String name,
      String city,
      String state,
      int licensedStates,
      String licensedStateNames,
      List<String> languages,
      Boolean acceptingNewPatients) {}

  private static final List<String> OPENERS =
      List.of(
          "{name} offers {routes} for adults living with {conditions}.",
          "We treat {conditions} with {routes} in a calm, private setting in {city}.",
          "{kind} in {city}, {state}, providing {routes} for {conditions}.",
          "Our {team} provide {routes} to adults with {conditions}.",
          "Care for {conditions} in {city}, with {routes} and careful medical screening.",
          "{name} helps people with {conditions} through {routes}.",
          "{routesCap} for {conditions}, close to downtown {city}.");
  private static final List<String> MOBILE_OPENERS =
      List.of(
          "{name} brings {routes} to your home within {radius} miles of {city}.",
          "A mobile team treating {conditions} with {routes} at home, up to {radius} miles"
              + " around {city}.",
          "Home visits for {conditions}: {routes} given where you are most comfortable, within"
              + " {radius} miles of {city}.");
  private static final List<String> TELEHEALTH_OPENERS =
      List.of(
          "A telehealth program offering {routes} taken at home, with video visits, for"
              + " {conditions}.",
          "Video-based care for {conditions}, with {routes} prescribed after a medical"
              + " evaluation.",
          "{name} treats {conditions} remotely: {routes}, taken at home with a support person"
              + " nearby.");

  private static final List<String> WITH_THERAPY =
      List.of(
          "Every medicine session is paired with preparation and integration sessions with a"
              + " licensed therapist.",
          "A therapist stays with you throughout each session, and integration work follows"
              + " within a few days.",
          "Our approach is ketamine-assisted psychotherapy (KAP): the medicine opens a window,"
              + " and therapy does the lasting work.",
          "Preparation, a guided dosing session and integration psychotherapy are part of every"
              + " treatment course.");
  private static final List<String> MEDICATION_ONLY =
      List.of(
          "Treatment is medication-focused and closely monitored; we coordinate with your own"
              + " therapist for integration.",
          "Sessions are medically supervised, with vital signs checked throughout and a rest"
              + " period afterwards.",
          "We focus on the medical side of treatment and refer patients to local therapists for"
              + " integration.");
  private static final String IV_DETAIL =
      "Infusions last about 40 minutes, with continuous monitoring of heart rate, blood pressure"
          + " and oxygen.";
  private static final String SPRAVATO_DETAIL =
      "As a REMS-certified treatment center, we observe each Spravato dose for at least two hours"
          + " before you go home with a driver.";
  private static final String MOBILE_DETAIL =
      "A nurse stays with you for the whole session and checks in by phone the next day.";
  private static final String LICENSED_IN_MANY =
      "Licensed in {licensed} states; a clinician reviews your progress by video before each new"
          + " prescription.";
  private static final String LICENSED_IN_FEW =
      "Available to residents of {licensedNames}; a clinician reviews your progress by video"
          + " before each new prescription.";

  /** Writes the description of one provider. */
  String describe(Offering offering, Facts facts, Dice dice) {
    StringBuilder text = new StringBuilder(320);
    List<String> openers =
        switch (offering.kind()) {
          case TELEHEALTH_PROGRAM -> TELEHEALTH_OPENERS;
          case MOBILE_SERVICE -> MOBILE_OPENERS;
          default -> OPENERS;
        };
    List<Condition> mentioned = dice.some(offering.conditions(), 3);
    text.append(fill(dice.pick(openers), offering, facts, mentioned));
    if (dice.chance(0.75)) {
      text.append(' ').append(fill(approach(offering, facts, dice), offering, facts, mentioned));
    }
    String logistics = logistics(offering, facts, dice);
    if (logistics != null) {
      text.append(' ').append(logistics);
    }
    return text.append(' ').append(FICTIONAL).toString();
  }

  private static String approach(Offering offering, Facts facts, Dice dice) {
    return switch (offering.kind()) {
      case TELEHEALTH_PROGRAM ->
          facts.licensedStateNames() != null ? LICENSED_IN_FEW : LICENSED_IN_MANY;
      case SPRAVATO_CENTER -> dice.chance(0.6) ? SPRAVATO_DETAIL : therapy(offering, dice);
      case MOBILE_SERVICE -> dice.chance(0.5) ? MOBILE_DETAIL : therapy(offering, dice);
      case IV_INFUSION_CLINIC ->
          dice.chance(0.5) && !offering.psychotherapy() ? IV_DETAIL : therapy(offering, dice);
      default -> therapy(offering, dice);
    };
  }

  private static String therapy(Offering offering, Dice dice) {
    return dice.pick(offering.psychotherapy() ? WITH_THERAPY : MEDICATION_ONLY);
  }

  /** A practical sentence, or null (about half the time). */
  private static String logistics(Offering offering, Facts facts, Dice dice) {
    if (!dice.chance(0.5)) {
      return null;
    }
    if (facts.languages().contains("es") && dice.chance(0.5)) {
      return "Se habla español: sessions are also available in Spanish.";
    }
    if (facts.languages().size() > 1 && !facts.languages().contains("es")) {
      return "Sessions are also available in " + language(facts.languages().get(1)) + ".";
    }
    if (offering.insurance() != null
        && Boolean.TRUE.equals(offering.insurance().accepted())
        && !offering.insurance().plans().isEmpty()) {
      String plan = offering.insurance().plans().get(0);
      return Boolean.TRUE.equals(offering.insurance().spravatoCovered())
          ? "We accept " + plan + " and other major plans, including for Spravato."
          : "We accept " + plan + " and other major plans.";
    }
    if (offering.pricing() != null && Boolean.TRUE.equals(offering.pricing().slidingScale())) {
      return "Sliding-scale fees are available for those who need them.";
    }
    if (Boolean.FALSE.equals(facts.acceptingNewPatients())) {
      return "We are not taking new patients right now, but you can join the waitlist.";
    }
    if (offering.modes().contains(Mode.TELEHEALTH) && offering.modes().contains(Mode.IN_PERSON)) {
      return "Follow-up visits can take place by video.";
    }
    return dice.pick(
        List.of(
            "Evening and weekend appointments are available.",
            "New patients are usually seen within two weeks.",
            "Free 15-minute consultations help you decide whether treatment is right for you."));
  }

  private static String fill(
      String template, Offering offering, Facts facts, List<Condition> conditions) {
    StringBuilder out = new StringBuilder(template.length() + 120);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, at, open);
      out.append(value(template.substring(open + 1, close), offering, facts, conditions));
      at = close + 1;
    }
    return out.toString();
  }

  private static String value(
      String name, Offering offering, Facts facts, List<Condition> conditions) {
    return switch (name) {
      case "name" -> facts.name();
      case "city" -> facts.city();
      case "state" -> facts.state();
      case "radius" -> Long.toString(Math.round(offering.serviceRadiusMiles()));
      case "licensed" -> Integer.toString(facts.licensedStates());
      case "licensedNames" -> facts.licensedStateNames();
      case "routes" -> join(offering.routes().stream().map(Descriptions::route).toList());
      case "routesCap" ->
          capitalize(join(offering.routes().stream().map(Descriptions::route).toList()));
      case "conditions" -> join(conditions.stream().map(Descriptions::condition).toList());
      case "team" ->
          join(offering.clinicians().stream().map(Descriptions::clinicianPlural).toList());
      case "kind" -> kind(offering);
      default -> throw new IllegalArgumentException("unknown template field " + name);
    };
  }

  private static String route(Route route) {
    return switch (route) {
      case IV -> "IV ketamine infusions";
      case IM -> "intramuscular (IM) ketamine injections";
      case INTRANASAL -> "intranasal ketamine";
      case ORAL -> "oral ketamine";
      case SUBLINGUAL -> "sublingual ketamine lozenges";
      case SPRAVATO -> "Spravato (esketamine) nasal spray";
    };
  }

  private static String condition(Condition condition) {
    return switch (condition) {
      case PTSD, OCD -> condition.label();
      default -> condition.label().toLowerCase(Locale.ROOT);
    };
  }

  private static String clinicianPlural(Clinician clinician) {
    return switch (clinician) {
      case PSYCHIATRIST -> "psychiatrists";
      case PHYSICIAN -> "physicians";
      case ANESTHESIOLOGIST -> "anesthesiologists";
      case NURSE_PRACTITIONER -> "nurse practitioners";
      case CRNA -> "nurse anesthetists";
      case REGISTERED_NURSE -> "registered nurses";
      case PSYCHOLOGIST -> "psychologists";
      case THERAPIST -> "therapists";
    };
  }

  private static String kind(Offering offering) {
    return switch (offering.kind()) {
      case IV_INFUSION_CLINIC -> "An infusion clinic";
      case SPRAVATO_CENTER -> "A Spravato treatment center";
      case KAP_PRACTICE -> "A ketamine-assisted psychotherapy practice";
      case IM_INTRANASAL_CLINIC -> "A ketamine clinic";
      case PSYCHIATRY_PRACTICE -> "A psychiatry practice";
      case MOBILE_SERVICE -> "A mobile ketamine service";
      case TELEHEALTH_PROGRAM -> "A telehealth program";
    };
  }

  private static String language(String code) {
    return LANGUAGE_NAMES.computeIfAbsent(
        code, c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH));
  }

  /** "a", "a and b", "a, b and c". */
  static String join(List<String> items) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
