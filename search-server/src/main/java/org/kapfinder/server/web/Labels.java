package org.kapfinder.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * The words people read for the schema's values: the enumerations' labels (sent to the page's
 * script too, so both speak alike) and the sentences for prices and insurance on server-rendered
 * pages. The script's {@code render.js} words these the same way; change both together.
 */
final class Labels {

  private Labels() {}

  /** Wire name to label for each enumeration the page shows, keyed as the API's facets are. */
  static Map<String, Map<String, String>> all() {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    labels.put("route", of(Route.values()));
    labels.put("condition", of(Condition.values()));
    labels.put("mode", of(Mode.values()));
    labels.put("type", of(ProviderType.values()));
    labels.put("clinician", of(Clinician.values()));
    return labels;
  }

  /** "$450 to $650 a session", "$2,400 for a 6-session program", or null when none is listed. */
  static String price(Pricing pricing) {
    if (pricing == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (pricing.sessionMinUsd() != null) {
      text.append(dollars(pricing.sessionMinUsd()));
      if (pricing.sessionMaxUsd() != null
          && !pricing.sessionMaxUsd().equals(pricing.sessionMinUsd())) {
        text.append(" to ").append(dollars(pricing.sessionMaxUsd()));
      }
      text.append(" a session");
    }
    if (pricing.programUsd() != null) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(dollars(pricing.programUsd()));
      text.append(
          pricing.programSessions() == null
              ? " for a program"
              : " for a " + pricing.programSessions() + "-session program");
    }
    if (Boolean.TRUE.equals(pricing.slidingScale())) {
      text.append(text.length() > 0 ? "; sliding scale" : "Sliding scale");
    }
    return text.length() == 0 ? null : text.toString();
  }

  /** "Accepts Aetna, Cigna", "Accepts insurance", "Does not accept insurance", or null. */
  static String insurance(Insurance insurance) {
    if (insurance == null || insurance.accepted() == null) {
      return null;
    }
    if (!insurance.accepted()) {
      return "Does not accept insurance";
    }
    List<String> plans = insurance.plans() == null ? List.of() : insurance.plans();
    return plans.isEmpty() ? "Accepts insurance" : "Accepts " + String.join(", ", plans);
  }

  static String dollars(double amount) {
    return String.format(Locale.US, "$%,.0f", amount);
  }

  private static Map<String, String> of(WireEnum[] values) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (WireEnum value : values) {
      labels.put(value.wireName(), value.label());
    }
    return labels;
  }
}
