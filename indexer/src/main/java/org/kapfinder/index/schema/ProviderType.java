package org.kapfinder.index.schema;

/** What a provider is. */
public enum ProviderType implements WireEnum {
  CLINIC("Clinic"),
  PRACTITIONER("Practitioner"),
  TELEHEALTH("Telehealth program");

  private final String label;

  ProviderType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
