package org.kapfinder.server.search;

import java.util.ArrayList;
import java.util.List;
import org.kapfinder.server.query.Distress;
import org.kapfinder.server.query.Interpretation;

/**
 * The help a search answers with before anything else: crisis lines when it signals suicidal
 * thoughts or self-harm, emergency and poison help when it signals an overdose, nothing otherwise.
 * A search that signals both gets 911 first, the crisis lines and Poison Control. One who may harm
 * someone is told that 988 helps with that too; one whom someone threatens or hurts is given 911
 * and the National Domestic Violence Hotline. A veteran or service member in crisis is also given
 * the Veterans Crisis Line, staffed by people who know military life. A search that names another
 * person ("my son wants to die") is told to someone who may be worried about them as well as to
 * someone who may be in crisis. A search written in Spanish is told in Spanish.
 */
final class CrisisHelp {

  static final String CRISIS_MESSAGE =
      "If you are thinking about suicide or about hurting yourself, please reach out now: you"
          + " deserve support, and people are ready to listen at any hour. Ketamine treatment is"
          + " not emergency care; call or text 988, or call 911 if you are in danger. En español:"
          + " llame al 988 y marque 2.";

  /** For a search that may be about someone else's crisis: 988 helps those who worry, too. */
  static final String CRISIS_MESSAGE_FOR_ANOTHER =
      "If someone you care about is thinking about suicide or about hurting themselves, or you"
          + " are, please reach out now: call or text 988 at any hour. The Lifeline also helps"
          + " people worried about someone else, and can talk through what to say and do. Call 911"
          + " if anyone is in immediate danger, and stay with them if you safely can. Ketamine"
          + " treatment is not emergency care. En español: llame al 988 y marque 2.";

  static final String OVERDOSE_MESSAGE =
      "If someone has taken too much ketamine, a medicine or another drug, alone or with alcohol,"
          + " or swallowed a poison, call 911 now"
          + " if they are hard to wake, have trouble breathing, have chest pain or a seizure. For"
          + " advice, Poison Control answers at 1-800-222-1222, free and confidential, at any"
          + " hour. En español: llame al 911, o a Poison Control al 1-800-222-1222.";

  static final String CRISIS_MESSAGE_SPANISH =
      "Si está pensando en el suicidio o en hacerse daño, pida ayuda ahora: usted merece apoyo, y"
          + " hay personas listas para escucharle a cualquier hora. El tratamiento con ketamina no"
          + " es atención de emergencia; llame al 988 y marque 2 para hablar en español, o envíe"
          + " AYUDA por mensaje de texto al 988. Llame al 911 si está en peligro.";

  static final String CRISIS_MESSAGE_FOR_ANOTHER_SPANISH =
      "Si alguien que le importa está pensando en el suicidio o en hacerse daño, o si lo está"
          + " usted, pida ayuda ahora: llame al 988 y marque 2 para hablar en español, o envíe"
          + " AYUDA por mensaje de texto al 988, a cualquier hora. La línea también ayuda a quien"
          + " se preocupa por otra persona. Llame al 911 si alguien está en peligro inmediato, y"
          + " quédese con esa persona si puede hacerlo sin riesgo. El tratamiento con ketamina no"
          + " es atención de emergencia.";

  static final String OVERDOSE_MESSAGE_SPANISH =
      "Si alguien tomó demasiada ketamina, pastillas u otras drogas, solas o con alcohol, o"
          + " tragó un veneno, llame al 911 ahora"
          + " si cuesta despertarle, le cuesta respirar, o tiene dolor en el pecho o una"
          + " convulsión. Para pedir consejo, Poison Control atiende en el 1-800-222-1222, gratis"
          + " y de forma confidencial, a cualquier hora, con intérpretes en español.";

  /** For the searcher who may harm someone: 988 helps with those thoughts, too. */
  static final String HARM_TO_OTHERS_MESSAGE =
      "If you are having thoughts of hurting someone, or yourself, please reach out now: call or"
          + " text 988 at any hour. The Lifeline helps with thoughts of harming others too,"
          + " without judgment. Call 911 if anyone is in immediate danger, and if you can, move"
          + " away from the person and from anything you could hurt them with. Ketamine treatment"
          + " is not emergency care. En español: llame al 988 y marque 2.";

  static final String HARM_TO_OTHERS_MESSAGE_SPANISH =
      "Si está pensando en hacerle daño a alguien, o a usted mismo, pida ayuda ahora: llame al 988"
          + " y marque 2 para hablar en español, a cualquier hora. La línea también ayuda con"
          + " pensamientos de hacer daño a otros, sin juzgarle. Llame al 911 si alguien está en"
          + " peligro inmediato y, si puede, aléjese de esa persona y de todo aquello con lo que"
          + " pudiera hacerle daño. El tratamiento con ketamina no es atención de emergencia.";

  /** For a searcher whom someone threatens or hurts, or who fears for others. */
  static final String THREATENED_MESSAGE =
      "If you or anyone else is in danger now, call 911. The National Domestic Violence Hotline"
          + " answers at 1-800-799-7233 at any hour, free and confidential, or text START to"
          + " 88788; it can help you plan how to stay safe. Ketamine treatment is not emergency"
          + " care. En español: llame al 911, o a la línea al 1-800-799-7233.";

  static final String THREATENED_MESSAGE_SPANISH =
      "Si usted u otra persona está en peligro ahora, llame al 911. La Línea Nacional contra la"
          + " Violencia Doméstica atiende en el 1-800-799-7233 a cualquier hora, en español,"
          + " gratis y de forma confidencial, y puede ayudarle a planear cómo estar a salvo. El"
          + " tratamiento con ketamina no es atención de emergencia.";

  /** Added to the crisis message when the search also signals an overdose. */
  private static final String AND_AN_OVERDOSE =
      " If pills, a medicine or a poison have been taken, call 911 now, or Poison Control at"
          + " 1-800-222-1222.";

  private static final String AND_AN_OVERDOSE_SPANISH =
      " Si tomó pastillas, un medicamento o un veneno, llame al 911 ahora, o a Poison Control al"
          + " 1-800-222-1222.";

  private static final String VETERANS_NOTE =
      " Veterans, service members and their families: dial 988 and press 1 for the Veterans"
          + " Crisis Line, or text 838255.";

  private static final String VETERANS_NOTE_SPANISH =
      " Veteranos, miembros del servicio y sus familias: marquen el 988 y luego el 1 para la"
          + " Línea de Crisis para Veteranos, o envíen un mensaje de texto al 838255.";

  private static final SearchResponse.CrisisResource EMERGENCY =
      new SearchResponse.CrisisResource("Emergency", "911", null, null);

  private static final SearchResponse.CrisisResource LIFELINE =
      new SearchResponse.CrisisResource(
          "988 Suicide & Crisis Lifeline", "988", "988", "https://988lifeline.org");

  /** Reached through 988 by pressing 1, or by its own text number. */
  private static final SearchResponse.CrisisResource VETERANS_LINE =
      new SearchResponse.CrisisResource(
          "Veterans Crisis Line", "988", "838255", "https://www.veteranscrisisline.net");

  private static final SearchResponse.CrisisResource POISON_CONTROL =
      new SearchResponse.CrisisResource("Poison Control", "1-800-222-1222", null, null);

  private static final SearchResponse.CrisisResource DOMESTIC_VIOLENCE_HOTLINE =
      new SearchResponse.CrisisResource(
          "National Domestic Violence Hotline",
          "1-800-799-7233",
          "88788",
          "https://www.thehotline.org");

  private CrisisHelp() {}

  /** The help to give first, or null when the search signals neither. */
  static SearchResponse.Crisis of(Interpretation understood) {
    boolean spanish = understood.spanish();
    Distress distress = understood.distress();
    if (distress.threatened()) {
      return new SearchResponse.Crisis(
          spanish ? THREATENED_MESSAGE_SPANISH : THREATENED_MESSAGE,
          List.of(EMERGENCY, DOMESTIC_VIOLENCE_HOTLINE, LIFELINE));
    }
    if (distress.crisis()) {
      String message =
          distress.harmToOthers()
              ? (spanish ? HARM_TO_OTHERS_MESSAGE_SPANISH : HARM_TO_OTHERS_MESSAGE)
              : distress.ofAnother()
                  ? (spanish ? CRISIS_MESSAGE_FOR_ANOTHER_SPANISH : CRISIS_MESSAGE_FOR_ANOTHER)
                  : (spanish ? CRISIS_MESSAGE_SPANISH : CRISIS_MESSAGE);
      List<SearchResponse.CrisisResource> resources = new ArrayList<>(List.of(LIFELINE));
      if (understood.military()) {
        message += spanish ? VETERANS_NOTE_SPANISH : VETERANS_NOTE;
        resources.add(VETERANS_LINE);
      }
      if (distress.overdose()) {
        // Pills taken to die by: the emergency first, and Poison Control beside the lifeline.
        message += spanish ? AND_AN_OVERDOSE_SPANISH : AND_AN_OVERDOSE;
        resources.add(0, EMERGENCY);
        resources.add(POISON_CONTROL);
      } else {
        resources.add(EMERGENCY);
      }
      return new SearchResponse.Crisis(message, List.copyOf(resources));
    }
    if (distress.overdose()) {
      return new SearchResponse.Crisis(
          spanish ? OVERDOSE_MESSAGE_SPANISH : OVERDOSE_MESSAGE,
          List.of(EMERGENCY, POISON_CONTROL));
    }
    return null;
  }
}
