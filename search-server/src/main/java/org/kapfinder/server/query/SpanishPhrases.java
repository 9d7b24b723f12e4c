package org.kapfinder.server.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * The same intents written in Spanish, the language of about one in eight people in the United
 * States: "terapia de ketamina para la depresión cerca de mí" is understood as its English
 * counterpart is. Written without accents, as {@link QueryTokens} normalises them ("depresión" is
 * "depresion"). Part of {@link IntentPhrases}; a phrase English already has is not repeated.
 */
final class SpanishPhrases {

  /** Words as generic to the (English) articles as "ketamine therapy" is. */
  static final Set<String> GENERIC_WORDS =
      Set.of(
          "ketamina",
          "terapia",
          "terapias",
          "tratamiento",
          "tratamientos",
          "clinica",
          "clinicas",
          "centro",
          "centros",
          "proveedor",
          "proveedores",
          "cerca",
          "mejor",
          "mejores",
          "busco",
          "necesito");

  /** "Accepts" before a plan's name: "que acepte Medicaid". */
  static final List<String> ACCEPTS = List.of("acepta", "aceptan", "acepte", "acepten");

  /** The little words the English analysis would keep, as it drops "the", "for" and "in". */
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "para", "con", "en", "de", "del", "el", "la", "los", "las", "un", "una", "y", "o", "mi",
          "que", "es", "donde", "cuanto", "como", "cual");

  /**
   * Words that mark a query as Spanish: never English, and not part of a place's name as "los" and
   * "las" are (Los Angeles, Las Vegas).
   */
  private static final Set<String> MARKERS =
      Set.of(
          "ketamina",
          "terapia",
          "tratamiento",
          "clinica",
          "clinicas",
          "para",
          "con",
          "cerca",
          "que",
          "del",
          "una",
          "depresion",
          "ansiedad",
          "dolor",
          "seguro",
          "segura",
          "psiquiatra",
          "barata",
          "barato",
          "es",
          // Asking for care in Spanish: "spravato en español".
          "espanol",
          // The words of someone asking for help in their own words: "quiero morir".
          "quiero",
          "estoy",
          "tengo",
          "puedo",
          "necesito",
          "busco",
          // Words of an overdose or of self-harm, so that help is told in Spanish.
          "pastillas",
          "frasco",
          "aguanto",
          "cortando",
          "brazos",
          "ayuda",
          "morir",
          "morirse",
          "matarse",
          "suicidarse",
          "quiere",
          "vivir",
          // Whom a search is for: "mi hijo quiere suicidarse".
          "hijo",
          "hija",
          "esposo",
          "esposa",
          "hermano",
          "hermana",
          "sobredosis",
          // The words of despair: "me siento sin esperanza", "nadie me quiere".
          "siento",
          "esperanza",
          "nadie",
          "vida",
          "muerto",
          "muerta");

  /**
   * Words that mark a query as English, so that one Spanish-looking word in an English search
   * ("ketamine for depresion", a misspelling) does not make it Spanish.
   */
  private static final Set<String> ENGLISH_MARKERS =
      Set.of(
          "ketamine",
          "therapy",
          "therapist",
          "treatment",
          "clinic",
          "clinics",
          "for",
          "near",
          "with",
          "the",
          "and",
          "in",
          "of",
          "to",
          "how",
          "what",
          "does",
          "is",
          "cost");

  /**
   * Spanish markers that are also a common English misspelling ("depresion" for "depression"):
   * "spravado for depresion" is English, where one English word and one Spanish one would tie.
   */
  private static final Set<String> ALSO_ENGLISH_MISSPELT = Set.of("depresion");

  private SpanishPhrases() {}

  /**
   * True when the query has a word only Spanish uses, and no more words only English uses:
   * "ketamina cerca de mí" and "ketamina near me" are Spanish, "ketamine for depresion" is not.
   *
   * @param ignored the tokens not to count, such as those of a place's name ("Del Mar")
   */
  static boolean looksSpanish(List<QueryTokens.Token> tokens, boolean[] ignored) {
    // In halves: a Spanish word that is also an English misspelling counts half.
    int spanish = 0;
    int english = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (!ignored[k]) {
        String word = tokens.get(k).norm;
        spanish += MARKERS.contains(word) ? (ALSO_ENGLISH_MISSPELT.contains(word) ? 1 : 2) : 0;
        english += ENGLISH_MARKERS.contains(word) ? 2 : 0;
      }
    }
    return spanish > 0 && spanish >= english;
  }

  static void addTo(Map<String, Intent> phrases) {
    conditions(phrases, Condition.DEPRESSION, "depresion", "deprimido", "deprimida");
    conditions(
        phrases,
        Condition.TREATMENT_RESISTANT_DEPRESSION,
        "depresion resistente",
        "depresion resistente al tratamiento",
        "depresion refractaria");
    conditions(phrases, Condition.ANXIETY, "ansiedad", "panico", "ataques de panico");
    conditions(
        phrases,
        Condition.PTSD,
        "estres postraumatico",
        "trastorno de estres postraumatico",
        "tept");
    conditions(phrases, Condition.CHILDHOOD_TRAUMA, "trauma infantil", "abuso infantil");
    conditions(
        phrases, Condition.OCD, "toc", "obsesivo compulsivo", "trastorno obsesivo compulsivo");
    conditions(phrases, Condition.BIPOLAR_DEPRESSION, "trastorno bipolar", "depresion bipolar");
    conditions(
        phrases,
        Condition.CHRONIC_PAIN,
        "dolor",
        "dolor cronico",
        "fibromialgia",
        "neuropatia",
        "migrana",
        "migranas");
    conditions(
        phrases,
        Condition.END_OF_LIFE_DISTRESS,
        "final de la vida",
        "cuidados paliativos",
        "enfermedad terminal");
    conditions(phrases, Condition.GRIEF, "duelo", "luto");
    conditions(
        phrases,
        Condition.POSTPARTUM_DEPRESSION,
        "posparto",
        "postparto",
        "depresion posparto",
        "depresion postparto",
        "despues del parto",
        "despues de dar a luz",
        "post parto",
        "depresion post parto");
    conditions(
        phrases,
        Condition.SUBSTANCE_USE,
        "adiccion",
        "adicciones",
        "alcoholismo",
        "consumo de sustancias",
        "abuso de sustancias",
        "opioides");

    routes(
        phrases,
        Set.of(Route.IV),
        "intravenosa",
        "intravenoso",
        "infusiones",
        "por suero",
        "por la vena",
        "por vena",
        "suero");
    routes(
        phrases,
        Set.of(Route.IM),
        "inyeccion",
        "inyecciones",
        "inyectada",
        "inyectado",
        "inyectable");
    // "sin agujas" rules out both, as "without needles" does.
    routes(phrases, Set.of(Route.IV, Route.IM), "aguja", "agujas");
    routes(phrases, Set.of(Route.SPRAVATO), "esketamina");
    routes(
        phrases,
        Set.of(Route.INTRANASAL, Route.SPRAVATO),
        "spray nasal",
        "aerosol nasal",
        "por la nariz");
    routes(phrases, Set.of(Route.ORAL), "pastilla", "pastillas", "tableta", "tabletas", "via oral");
    routes(phrases, Set.of(Route.SUBLINGUAL), "debajo de la lengua", "bajo la lengua");

    modes(
        phrases,
        Mode.TELEHEALTH,
        "en linea",
        "telemedicina",
        "telesalud",
        "por video",
        "videollamada",
        "por videollamada");
    modes(phrases, Mode.AT_HOME, "a domicilio", "en casa", "desde casa", "en mi casa");
    modes(phrases, Mode.IN_PERSON, "en persona", "presencial");

    SpanishPricePhrases.addTo(phrases);
    every(
        phrases,
        new Intent.Psychotherapy(true),
        "psicoterapia",
        "terapia asistida",
        "psicoterapia asistida",
        "con terapia",
        "terapeuta",
        "terapeutas");

    clinicians(phrases, Clinician.PSYCHIATRIST, "psiquiatra", "psiquiatras");
    clinicians(phrases, Clinician.ANESTHESIOLOGIST, "anestesiologo", "anestesiologa");
    clinicians(phrases, Clinician.PSYCHOLOGIST, "psicologo", "psicologa", "psicologos");
    clinicians(phrases, Clinician.NURSE_PRACTITIONER, "enfermera practicante");
    Intent doctor =
        Intent.anyClinician(
            Clinician.PHYSICIAN, Clinician.PSYCHIATRIST, Clinician.ANESTHESIOLOGIST);
    every(phrases, doctor, "medico", "medicos", "doctora");
    Intent nurse =
        Intent.anyClinician(
            Clinician.REGISTERED_NURSE, Clinician.NURSE_PRACTITIONER, Clinician.CRNA);
    every(phrases, nurse, "enfermera", "enfermero", "enfermeras", "enfermeros");
    every(
        phrases,
        new Intent.AcceptingNewPatients(),
        "pacientes nuevos",
        "nuevos pacientes",
        "acepta pacientes nuevos",
        "aceptando pacientes nuevos");

    every(
        phrases,
        Intent.NearMe.NEAR,
        "cerca de mi",
        "cerca de aqui",
        "en mi area",
        "en mi zona",
        "en mi ciudad",
        "en mi barrio",
        "cercano",
        "cercana",
        "cercanos");
    // The words of asking, which say nothing a filter or a match could use ("en" and "de" before a
    // place are also read as "in" is: PlaceRecognizer's cue words), and of asking the price, which
    // the article match keeps.
    GENERIC_WORDS.forEach(word -> phrases.putIfAbsent(word, new Intent.Filler()));
    FUNCTION_WORDS.forEach(word -> phrases.putIfAbsent(word, new Intent.Filler()));
    every(phrases, new Intent.Filler(), "cuesta", "cuestan", "costo", "precio", "precios");
    // Wanting and looking, and "al" ("a el"), which no listing's words hold.
    every(phrases, new Intent.Filler(), "quiero", "queremos", "solo", "buscando", "al");
    // "mi hijo tiene depresión": the verbs of having a condition, as "has" is in English.
    every(phrases, new Intent.Filler(), "tiene", "tienen", "tengo", "sufre", "sufro", "padece");
  }

  private static void conditions(
      Map<String, Intent> phrases, Condition condition, String... words) {
    every(phrases, new Intent.Conditions(Set.of(condition)), words);
  }

  private static void routes(Map<String, Intent> phrases, Set<Route> routes, String... words) {
    every(phrases, new Intent.Routes(routes), words);
  }

  private static void modes(Map<String, Intent> phrases, Mode mode, String... words) {
    every(phrases, new Intent.Delivery(mode), words);
  }

  private static void clinicians(
      Map<String, Intent> phrases, Clinician clinician, String... words) {
    every(phrases, new Intent.ClinicianKind(clinician), words);
  }

  /** Adds each phrase with the meaning; a phrase English already gives a meaning keeps it. */
  private static void every(Map<String, Intent> phrases, Intent intent, String... words) {
    for (String phrase : words) {
      phrases.putIfAbsent(phrase, intent);
    }
  }
}
