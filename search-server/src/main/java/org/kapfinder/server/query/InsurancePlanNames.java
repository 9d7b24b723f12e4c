package org.kapfinder.server.query;

import java.util.List;

/**
 * The other names people type for some insurance plans, written once for the search, which reads
 * them as the plan, and for autocomplete, which offers the plan by them. Lower case, without
 * punctuation ("medi cal" also matches "Medi-Cal").
 */
public final class InsurancePlanNames {

  /** States' own names for their Medicaid programmes. */
  public static final List<String> MEDICAID_PROGRAMS =
      List.of(
          "medi cal",
          "masshealth",
          "tenncare",
          "soonercare",
          "badgercare",
          "ahcccs",
          "apple health",
          "oregon health plan",
          "husky health");

  /** Blue Cross Blue Shield's short names and its largest member company. */
  public static final List<String> BLUE_CROSS_BLUE_SHIELD =
      List.of("blue cross", "blue shield", "bcbs", "anthem");

  /** UnitedHealthcare's other spellings and its health services arm. */
  public static final List<String> UNITEDHEALTHCARE = List.of("united healthcare", "uhc", "optum");

  private InsurancePlanNames() {}
}
