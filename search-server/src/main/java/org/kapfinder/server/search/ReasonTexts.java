package org.kapfinder.server.search;

import java.util.List;
import java.util.Locale;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * The words of an item's {@code reasons}, in the language the search was written in, as {@link
 * NoticeTexts} are: English, or Spanish for a search written in Spanish. The Spanish names are
 * switches over the enumerations, so that a new condition, route or clinician cannot go unnamed.
 */
final class ReasonTexts {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final boolean spanish;

  ReasonTexts(boolean spanish) {
    this.spanish = spanish;
  }

  /**
   * @param miles a distance rounded to a tenth of a mile, which is written as {@code "%.1f"} writes
   *     it, without the formatter's cost (a fiftieth of a nearest-first search's own time)
   */
  String milesAway(double miles) {
    long tenths = Math.round(miles * 10);
    String written = tenths / 10 + "." + tenths % 10;
    return spanish ? "a " + written + " millas" : written + " mi away";
  }

  /** A provider to visit in the state searched. */
  String in(String placeLabel) {
    return (spanish ? "en " : "in ") + placeLabel;
  }

  String travelsToYou(double serviceRadiusMiles) {
    return String.format(
        Locale.ROOT,
        spanish ? "va a su domicilio (hasta %.0f millas)" : "travels to you (within %.0f mi)",
        serviceRadiusMiles);
  }

  /** A provider who visits homes, shown to a search of its state. */
  String travelsAround(double serviceRadiusMiles, String city) {
    return String.format(
        Locale.ROOT,
        spanish
            ? "va a domicilios hasta %.0f millas de %s"
            : "travels to homes within %.0f mi of %s",
        serviceRadiusMiles,
        city);
  }

  String licensedIn(String state) {
    return (spanish ? "telemedicina: con licencia en " : "telehealth: licensed in ") + state;
  }

  /** A way of treating asked for, said when there is no place to tell the reach from. */
  String mode(Mode mode) {
    return switch (mode) {
      case IN_PERSON -> spanish ? "atiende en persona" : "sees patients in person";
      case TELEHEALTH -> spanish ? "ofrece telemedicina" : "offers telehealth";
      case AT_HOME -> spanish ? "atiende a domicilio" : "treats at home";
    };
  }

  String treats(Condition condition) {
    return spanish ? "trata " + spanishName(condition) : "treats " + englishName(condition);
  }

  String offers(Route route) {
    return spanish ? "ofrece " + spanishName(route) : "offers " + englishName(route);
  }

  String takesInsurance() {
    return spanish ? "acepta seguro médico" : "takes insurance";
  }

  String takesPlans(List<String> plans) {
    return (spanish ? "acepta " : "takes ") + String.join(", ", plans);
  }

  String psychotherapy(boolean included) {
    if (spanish) {
      return included ? "incluye psicoterapia" : "solo medicación";
    }
    return included ? "includes psychotherapy" : "medication only";
  }

  String sessionsFrom(double usd) {
    return String.format(
        Locale.ROOT, spanish ? "sesiones desde $%.0f" : "sessions from $%.0f", usd);
  }

  String slidingScale() {
    return spanish ? "tarifas según ingresos" : "sliding scale";
  }

  String careTeam(List<Clinician> clinicians) {
    List<String> names =
        clinicians.stream()
            .map(c -> spanish ? spanishName(c) : LabelText.inSentence(c.label()))
            .toList();
    return (spanish ? "equipo: " : "care team: ") + String.join(", ", names);
  }

  /** A language spoken, named from its ISO 639-1 code. */
  String speaks(String languageCode) {
    return spanish
        ? "habla " + Locale.forLanguageTag(languageCode).getDisplayLanguage(SPANISH)
        : "speaks " + LabelText.languageName(languageCode);
  }

  String acceptingNewPatients() {
    return spanish ? "acepta pacientes nuevos" : "accepting new patients";
  }

  private static String englishName(Condition condition) {
    return LabelText.inSentence(condition.label());
  }

  /** "offers IV infusion", "offers oral ketamine": a route named by an adjective takes the noun. */
  private static String englishName(Route route) {
    String label = LabelText.inSentence(route.label());
    return switch (route) {
      case INTRANASAL, ORAL, SUBLINGUAL -> label + " ketamine";
      case IV, IM, SPRAVATO -> label;
    };
  }

  /** With its article: "trata la depresión", "trata el TEPT". */
  private static String spanishName(Condition condition) {
    return switch (condition) {
      case DEPRESSION -> "la depresión";
      case TREATMENT_RESISTANT_DEPRESSION -> "la depresión resistente al tratamiento";
      case ANXIETY -> "la ansiedad";
      case PTSD -> "el TEPT (estrés postraumático)";
      case OCD -> "el TOC (trastorno obsesivo-compulsivo)";
      case BIPOLAR_DEPRESSION -> "la depresión bipolar";
      case CHRONIC_PAIN -> "el dolor crónico";
      case CHILDHOOD_TRAUMA -> "el trauma infantil";
      case END_OF_LIFE_DISTRESS -> "la angustia al final de la vida";
      case GRIEF -> "el duelo";
      case POSTPARTUM_DEPRESSION -> "la depresión posparto";
      case SUBSTANCE_USE -> "el consumo de sustancias";
    };
  }

  private static String spanishName(Route route) {
    return switch (route) {
      case IV -> "infusión intravenosa (IV)";
      case IM -> "inyección intramuscular (IM)";
      case INTRANASAL -> "ketamina intranasal";
      case ORAL -> "ketamina oral";
      case SUBLINGUAL -> "ketamina sublingual";
      case SPRAVATO -> "Spravato (esketamina)";
    };
  }

  private static String spanishName(Clinician clinician) {
    return switch (clinician) {
      case PSYCHIATRIST -> "psiquiatra";
      case PHYSICIAN -> "médico";
      case ANESTHESIOLOGIST -> "anestesiólogo";
      case NURSE_PRACTITIONER -> "enfermero de práctica avanzada";
      case CRNA -> "enfermero anestesista (CRNA)";
      case REGISTERED_NURSE -> "enfermero titulado";
      case PSYCHOLOGIST -> "psicólogo";
      case THERAPIST -> "terapeuta";
    };
  }
}
