package org.kapfinder.index.schema;

/** How care is delivered. */
public enum Mode implements WireEnum {
  IN_PERSON("In person"),
  TELEHEALTH("Telehealth"),
  /** The provider comes to the patient, or treats them at home. */
  AT_HOME("At home");

  private final String label;

  Mode(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
