package org.kapfinder.index.schema;

/** How ketamine is given. */
public enum Route implements WireEnum {
  IV("IV infusion"),
  IM("IM injection"),
  INTRANASAL("Intranasal"),
  ORAL("Oral"),
  SUBLINGUAL("Sublingual"),
  /** Esketamine nasal spray, given under a REMS programme in a certified setting. */
  SPRAVATO("Spravato (esketamine)");

  private final String label;

  Route(String label) {
    this.label = label;
  }

  @Override
  public String wireName() {
    return WireEnum.wireNameOf(this);
  }

  @Override
  public String label() {
    return label;
  }
}
