package org.kapfinder.server.search;

import java.util.List;
import org.kapfinder.server.query.Interpretation;

/**
 * The help given to a search about a problem with ketamine use, one's own or another's ({@link
 * org.kapfinder.server.query.KetamineMisuse}): SAMHSA's National Helpline, which refers people to
 * treatment, free and at any hour, and its treatment locator. Ketamine therapy is no treatment for
 * it, which the message says too.
 */
final class MisuseHelp {

  static final String MESSAGE =
      "If you want help with ketamine use, your own or someone else's, SAMHSA's National Helpline"
          + " is free, confidential and open 24 hours a day, every day of the year, in English and"
          + " Spanish: it can refer you to treatment and support groups near you. FindTreatment.gov lists"
          + " treatment for substance use near you. KAP Finder lists only providers who use"
          + " ketamine as a treatment.";

  static final String MESSAGE_SPANISH =
      "Si busca ayuda con el consumo de ketamina, el suyo o el de otra persona, la Línea Nacional"
          + " de Ayuda de SAMHSA es gratuita y confidencial, y atiende las 24 horas, todos los días del año, en inglés y"
          + " en español: puede remitirle a tratamiento y a grupos de apoyo cerca de usted."
          + " FindTreatment.gov muestra centros de tratamiento del consumo de sustancias cerca de"
          + " usted. KAP Finder solo muestra proveedores que usan la ketamina como tratamiento.";

  static final SearchResponse.CrisisResource HELPLINE =
      new SearchResponse.CrisisResource(
          "SAMHSA National Helpline",
          "1-800-662-4357",
          null,
          "https://www.samhsa.gov/find-help/helplines/national-helpline");

  static final SearchResponse.CrisisResource TREATMENT_LOCATOR =
      new SearchResponse.CrisisResource(
          "FindTreatment.gov", null, null, "https://findtreatment.gov");

  private MisuseHelp() {}

  /** The help to give, or null when the search is not about a problem with ketamine use. */
  static SearchResponse.Help of(Interpretation understood) {
    if (!understood.ketamineMisuse()) {
      return null;
    }
    return new SearchResponse.Help(
        understood.spanish() ? MESSAGE_SPANISH : MESSAGE, List.of(HELPLINE, TREATMENT_LOCATOR));
  }
}
