package org.kapfinder.index.schema;

/** How ketamine is given. */
public enum Route implements WireEnum {
  IV("IV infusion", false),
  IM("IM injection", false),
  INTRANASAL("Intranasal", true),
  ORAL("Oral", true),
  SUBLINGUAL("Sublingual", true),
  /** Esketamine nasal spray, given under a REMS programme in a certified setting. */
  SPRAVATO("Spravato (esketamine)", false);

  private final String label;
  private final boolean selfAdministered;

  Route(String label, boolean selfAdministered) {
    this.label = label;
    this.selfAdministered = selfAdministered;
  }

  /**
   * True when patients can take it at home on a telehealth prescription (lozenges, tablets, nasal
   * ketamine); false when a clinician must give it in person (IV, IM, Spravato).
   */
  public boolean isSelfAdministered() {
    return selfAdministered;
  }

  @Override
  public String label() {
    return label;
  }
}
