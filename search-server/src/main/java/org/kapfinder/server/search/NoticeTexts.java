package org.kapfinder.server.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kapfinder.server.query.OutsideTheStates;
import org.kapfinder.server.query.ResolvedPlace;

/**
 * The sentences of a search's notices, in the language the search was written in: English, or
 * Spanish for a search written in Spanish, whose searcher may read English less easily.
 */
final class NoticeTexts {

  private static final Pattern FIVE_DIGITS = Pattern.compile("\\b\\d{5}\\b");

  /** Said to a search written in Spanish: the filter it may want is one phrase away. */
  static final String SPANISH_SPEAKERS =
      "¿Busca proveedores que hablen español? Añada «en español» a su búsqueda.";

  /** Plans whose name is not its words capitalised. */
  private static final Map<String, String> PLAN_NAMES =
      Map.of("tricare", "TRICARE", "champva", "CHAMPVA", "unitedhealthcare", "UnitedHealthcare");

  private final boolean spanish;

  NoticeTexts(boolean spanish) {
    this.spanish = spanish;
  }

  /** "near me" without a point to search from. */
  String locationNeeded() {
    return spanish
        ? "Añada su ubicación (permita el acceso a su ubicación, o escriba una ciudad o un código"
            + " postal) para ver proveedores cerca de usted."
        : "Add your location (allow location access, or type a city or ZIP) to see providers near"
            + " you.";
  }

  /** Nearest first was asked for around no point: the order is the best match's. */
  String nearestNeedsAPlace() {
    return spanish
        ? "Para ordenar por cercanía hace falta un lugar: añada una ciudad o un código postal, o su"
            + " ubicación. Estos resultados están ordenados por relevancia."
        : "Nearest first needs a place: add a city or ZIP code, or your location. These are in"
            + " order of best match.";
  }

  /** A radius was asked for around a whole state, which has no centre to measure it from. */
  String radiusNeedsAPlace(String state) {
    return spanish
        ? "Un radio se aplica alrededor de una ciudad, un código postal o su ubicación, no de un"
            + " estado entero: estos son todos los proveedores de "
            + state
            + "."
        : "A radius applies around a city, ZIP code or your location, not a whole state: these are"
            + " all the providers in "
            + state
            + ".";
  }

  /** A place outside the states was named: KAP Finder lists providers in the states and DC only. */
  String outsideTheStates(OutsideTheStates.Place place) {
    return spanish
        ? "KAP Finder solo muestra proveedores en los 50 estados y Washington, D.C., así que no"
            + " tiene ninguno en "
            + place.spanish()
            + "."
        : "KAP Finder lists providers in the 50 states and Washington, D.C. only, so it has none in "
            + place.english()
            + ".";
  }

  /** The searcher serves or served: the VA, a military facility or TRICARE may treat them. */
  String veteransCare() {
    return spanish
        ? "Los veteranos y los miembros del servicio pueden preguntar al VA, a su centro médico"
            + " militar o a TRICARE por la esketamina (Spravato) y la ketamina antes de pagar por"
            + " atención privada. El artículo «Ketamine and esketamine for veterans» (en inglés)"
            + " explica cómo."
        : "Veterans and service members can ask the VA, their military treatment facility or"
            + " TRICARE about esketamine (Spravato) and ketamine before paying for private care."
            + " The article “Ketamine and esketamine for veterans” explains how.";
  }

  /** An eating disorder or its signs named ({@code EatingDisorderSigns}): where to start. */
  String eatingDisorder() {
    return spanish
        ? "Los trastornos de la conducta alimentaria son graves y tienen tratamiento. La ketamina no"
            + " es un tratamiento aprobado para ellos, y estos listados no dicen quién los trata: lo"
            + " primero es un médico o un especialista en trastornos alimentarios. Provocarse el"
            + " vómito o pasar días sin comer puede alterar el ritmo del corazón: llame al 911 si se"
            + " desmaya o tiene dolor en el pecho. Para hablar con alguien ahora, llame al 988 y"
            + " marque 2, a cualquier hora."
        : "Eating disorders are serious and treatable. Ketamine is not an approved treatment for"
            + " them, and these listings do not say who treats them: a doctor, or a specialist in"
            + " eating disorders, is the place to start. Making yourself throw up or going days"
            + " without eating can upset the heart's rhythm: call 911 if you faint or have chest"
            + " pain. To talk with someone now, call or text 988 at any hour.";
  }

  /** Pregnancy or breastfeeding named ({@code PregnancyOrBreastfeeding}): ketamine is avoided. */
  String pregnancyOrBreastfeeding() {
    return spanish
        ? "La ketamina y la esketamina (Spravato) suelen evitarse durante el embarazo, porque no se"
            + " conocen bien sus efectos en un bebé en desarrollo, y la ketamina puede pasar a la"
            + " leche materna. Si está embarazada, puede estarlo, planea estarlo o está"
            + " amamantando, dígaselo a cualquier proveedor que contacte, y pregunte a su obstetra"
            + " o partera qué tratamientos son los más seguros para usted ahora."
        : "Ketamine and esketamine (Spravato) are generally avoided during pregnancy, because their"
            + " effects on a developing baby are not well understood, and ketamine can pass into"
            + " breast milk. If you are pregnant, may be, plan to be or are breastfeeding, tell any"
            + " provider you contact, and ask your obstetrician or midwife which treatments are"
            + " safest for you now.";
  }

  /**
   * Someone under 18 named ({@code UnderEighteen}): approved for adults, and few clinics see them.
   */
  String underEighteen() {
    return spanish
        ? "La esketamina (Spravato) está aprobada solo para adultos, y muchas clínicas de ketamina"
            + " solo atienden a mayores de 18 años. Estos listados no dicen quién atiende a"
            + " pacientes más jóvenes: pregunte antes de pedir una cita. Para menores de 18 años,"
            + " lo primero es un psiquiatra de niños y adolescentes. El artículo «Ketamine for"
            + " depression in teenagers and young adults» (en inglés) explica por qué."
        : "Esketamine (Spravato) is approved only for adults, and many ketamine clinics treat only"
            + " people 18 and over. These listings do not say who sees younger patients, so ask"
            + " before booking. For someone under 18, a child and adolescent psychiatrist is the"
            + " place to start. The article “Ketamine for depression in teenagers and young"
            + " adults” explains why.";
  }

  /** Ketamine sought outside medical care ({@code NonMedicalUse}): who is listed, and the law. */
  String prescriptionOnly() {
    return spanish
        ? "La ketamina es un medicamento con receta, una sustancia controlada en EE. UU. KAP Finder"
            + " solo muestra profesionales que la recetan o la administran como tratamiento,"
            + " después de evaluarle. Comprarla sin receta es ilegal, y lo que se vende puede ser"
            + " otra droga o estar mezclado con otra."
        : "Ketamine is a prescription medicine, a controlled substance in the US. KAP Finder lists"
            + " only clinicians who prescribe or give it as a treatment, after assessing you."
            + " Buying it without a prescription is illegal, and what is sold may be another drug"
            + " or be mixed with one.";
  }

  /** The searcher's point lies in no US state: no telehealth program may treat them there. */
  String outsideTheUs() {
    return spanish
        ? "Su ubicación parece estar fuera de los Estados Unidos. KAP Finder muestra proveedores en"
            + " EE. UU., y los programas de telemedicina solo a quienes están en un estado donde"
            + " tienen licencia."
        : "Your location appears to be outside the United States. KAP Finder lists providers in the"
            + " US, and shows telehealth programs only to people in a state where they are"
            + " licensed.";
  }

  /** Care at home or by telehealth asked for without a place: who may give it depends on one. */
  String placeDecidesWhoTreatsAtHome() {
    return spanish
        ? "Añada una ciudad o un código postal para ver quién puede atenderle allí: quienes van a"
            + " domicilio viajan solo hasta cierta distancia, y la telemedicina solo atiende en los"
            + " estados donde tiene licencia."
        : "Add a city or ZIP to see who can treat you there: providers who come to you travel only"
            + " so far, and telehealth programs treat only in the states they are licensed in.";
  }

  /**
   * A city named without its state, where other cities share its name or a far larger one is spelt
   * almost like it.
   */
  String sameName(ResolvedPlace searched) {
    String others = String.join("; ", searched.sameName());
    boolean allOfTheName =
        searched.sameName().stream()
            .allMatch(other -> cityName(other).equals(cityName(searched.label())));
    return spanish
        ? "Se muestra "
            + searched.label()
            + (allOfTheName
                ? ". Otras ciudades con ese nombre: "
                : ". Otras ciudades que quizá buscaba: ")
            + others
            + ". Añada el estado para buscar en otra."
        : "Showing "
            + searched.label()
            + (allOfTheName
                ? ". Other cities of that name: "
                : ". Other cities you may have meant: ")
            + others
            + ". Add the state to search another.";
  }

  /** "Pittsburg" of "Pittsburg, KS". */
  private static String cityName(String label) {
    int comma = label.lastIndexOf(", ");
    return comma < 0 ? label : label.substring(0, comma);
  }

  /** A second place the search was not around ("Austin or Dallas"). */
  String otherPlace(ResolvedPlace searched, ResolvedPlace other) {
    return spanish
        ? "Se muestran resultados "
            + nearOrIn(searched)
            + ". Para ver proveedores "
            + nearOrIn(other)
            + ", búsquelo por separado."
        : "Showing results "
            + nearOrIn(searched)
            + ". To see providers "
            + nearOrIn(other)
            + ", search for it on its own.";
  }

  /** The words asked for a radius beyond the farthest searched ("within 1000 miles"). */
  String radiusBeyondLimit(double maxMiles) {
    String text =
        spanish
            ? "La búsqueda llega a %.0f millas como máximo, así que se buscó a esa distancia."
            : "Searches reach %.0f miles at most, so this one searched that far.";
    return String.format(Locale.ROOT, text, maxMiles);
  }

  /** The words asked for a radius closer than the nearest searched ("within half a mile"). */
  String radiusBelowLimit(double minMiles) {
    String text =
        spanish
            ? "El radio más pequeño de búsqueda es de %.0f milla, así que se buscó en ese radio."
            : "The smallest radius searched is %.0f mile, so this search used it.";
    return String.format(Locale.ROOT, text, minMiles);
  }

  /** The adaptive radius had to grow. */
  String widened(double fromMiles, double toMiles) {
    String text =
        spanish
            ? "Hay pocos proveedores a menos de %.0f millas, así que la búsqueda se amplió a %.0f"
                + " millas."
            : "Few providers within %.0f miles, so the search was widened to %.0f miles.";
    return String.format(Locale.ROOT, text, fromMiles, toMiles);
  }

  /**
   * No provider matches every filter: said, since the page's filters can each be taken off, rather
   * than leaving an empty list to explain itself ("ketamine therapist who speaks mandarin").
   *
   * @param place where the search was made, or null
   */
  String noneMatchesAll(ResolvedPlace place) {
    if (spanish) {
      return "Ningún proveedor "
          + (place == null ? "de la lista" : nearOrIn(place))
          + " cumple todos los filtros de esta búsqueda. Quite uno para ver más.";
    }
    return "No provider "
        + (place == null ? "listed" : nearOrIn(place))
        + " matches every filter of this search. Remove one of them to see more.";
  }

  /** A price filter leaves out the providers that list no price. */
  String unpricedLeftOut() {
    return spanish
        ? "Al filtrar por precio se omiten los proveedores que no indican el precio de una sesión."
        : "Providers that do not list a session price are left out when filtering by price.";
  }

  /** Care free of charge was asked for, and no provider shown lists a price of nothing. */
  String noFreeListing() {
    return spanish
        ? "Ninguno de estos proveedores indica un tratamiento gratuito. Los de precio más bajo"
            + " aparecen antes; pregunte por tarifas según ingresos y lea el artículo sobre el costo."
        : "None of these providers lists free treatment. Those with lower prices rank higher; ask"
            + " about sliding-scale fees, and see the article on cost.";
  }

  /**
   * Plans were named, and no provider shown lists one of them. The providers shown take insurance,
   * and many do not list every plan they take.
   *
   * @param plans the plans as the interpretation names them (lower case)
   */
  String noPlanListed(List<String> plans) {
    List<String> names = plans.stream().map(NoticeTexts::planName).toList();
    return spanish
        ? "Ninguno de estos proveedores indica que acepte "
            + String.join(" ni ", names)
            + ". Todos aceptan seguro médico: pregúnteles si aceptan el suyo."
        : "None of these providers lists "
            + String.join(" or ", names)
            + " among the plans they take. All of them take insurance: ask whether they take"
            + " yours.";
  }

  /**
   * Some of the providers shown list a plan named, the others only take insurance.
   *
   * @param plans the plans as the interpretation names them (lower case)
   */
  String somePlanListed(List<String> plans, int listing, int shown) {
    List<String> names = plans.stream().map(NoticeTexts::planName).toList();
    return spanish
        ? listing
            + " de estos "
            + shown
            + " proveedores indican que aceptan "
            + String.join(" o ", names)
            + "; los demás aceptan seguro médico: pregúnteles si aceptan el suyo."
        : listing
            + " of these "
            + shown
            + " providers list "
            + String.join(" or ", names)
            + " among the plans they take; the others take insurance: ask whether they take"
            + " yours.";
  }

  private static String planName(String plan) {
    String name = PLAN_NAMES.get(plan);
    if (name != null) {
      return name;
    }
    StringBuilder words = new StringBuilder();
    for (String word : plan.split(" ")) {
      words.append(words.length() == 0 ? "" : " ");
      words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return words.toString();
  }

  /**
   * The words match none of the providers the rest of the search finds.
   *
   * @param providersFound how many were found all the same, the words only reordering them
   * @param onlyWordsDecide whether nothing but the words said what is wanted
   */
  String wordsMatchNone(String words, long providersFound, boolean onlyWordsDecide) {
    Matcher zip = FIVE_DIGITS.matcher(words);
    if (zip.find()) {
      // A ZIP the gazetteer lacks, with none near it in number: not a word to look for.
      return spanish
          ? "«"
              + zip.group()
              + "» no es un código postal de EE. UU. que conozcamos: revíselo, o escriba una"
              + " ciudad."
          : "\u201c"
              + zip.group()
              + "\u201d is not a US ZIP code we know: check it, or type a city instead.";
    }
    if (providersFound > 0) {
      return spanish
          ? "Ninguna ficha de estos proveedores menciona «"
              + words
              + "», así que no limitó los resultados."
          : "None of these providers' listings mentions \u201c"
              + words
              + "\u201d, so it did not narrow the results.";
    }
    if (onlyWordsDecide) {
      return noListingMentions(words);
    }
    return spanish
        ? "Ningún proveedor que cumpla el resto de la búsqueda menciona «"
            + words
            + "» en su ficha."
        : "No provider that fits the rest of this search mentions \u201c"
            + words
            + "\u201d in their listing.";
  }

  /** The words alone decided, and no listing has them. */
  private String noListingMentions(String words) {
    return spanish
        ? "Ningún proveedor menciona «"
            + words
            + "» en su ficha. Añada una ciudad o un código postal para ver proveedores cerca de"
            + " usted."
        : "No provider's listing mentions \u201c"
            + words
            + "\u201d. Add a city or ZIP code to see providers near you.";
  }

  /** The time budget cut the search short. */
  String timedOut() {
    return spanish
        ? "Esta búsqueda tardó demasiado y se interrumpió, así que los resultados pueden estar"
            + " incompletos."
        : "This search took too long and was cut short, so results may be incomplete.";
  }

  private String nearOrIn(ResolvedPlace place) {
    if (spanish) {
      return (place.isState() ? "en " : "cerca de ") + place.label();
    }
    return (place.isState() ? "in " : "near ") + place.label();
  }
}
