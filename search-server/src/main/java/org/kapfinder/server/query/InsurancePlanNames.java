package org.kapfinder.server.query;

import java.util.List;
import java.util.Locale;

/**
 * The insurance plans the search knows, written once for the search, which reads each of their
 * names as the plan, and for autocomplete, which offers the plan by them.
 */
public final class InsurancePlanNames {

  /**
   * A plan: its {@code name} as shown, its {@code value} as records' plans are matched (lower
   * case), and the {@code otherNames} people type for it (lower case, without punctuation: "medi
   * cal" also matches "Medi-Cal").
   */
  public record Plan(String name, String value, List<String> otherNames) {}

  public static final List<Plan> PLANS =
      List.of(
          plan("Aetna"),
          plan("Ambetter"),
          // Short names, and the member companies by their own names.
          plan(
              "Blue Cross Blue Shield",
              "blue cross",
              "blue shield",
              "bcbs",
              "anthem",
              "bluecross",
              "blueshield",
              "bluecrossblueshield",
              "highmark",
              "premera",
              "regence",
              "excellus",
              "wellmark",
              "carefirst",
              "blue care network",
              "florida blue"),
          plan("CHAMPVA"),
          plan("Cigna"),
          plan("Humana"),
          new Plan("Kaiser Permanente", "kaiser", List.of("kaiser")),
          plan("Magellan"),
          // States' own names for their Medicaid programmes.
          plan(
              "Medicaid",
              "medi cal",
              "masshealth",
              "tenncare",
              "soonercare",
              "badgercare",
              "ahcccs",
              "apple health",
              "oregon health plan",
              "husky health"),
          plan("Medicare"),
          plan("Molina"),
          plan("Oscar", "oscar health"),
          plan("Tricare", "tri care", "tricare prime", "tricare select", "tricare for life"),
          plan("UnitedHealthcare", "united healthcare", "uhc", "optum"));

  private InsurancePlanNames() {}

  private static Plan plan(String name, String... otherNames) {
    return new Plan(name, name.toLowerCase(Locale.ROOT), List.of(otherNames));
  }
}
