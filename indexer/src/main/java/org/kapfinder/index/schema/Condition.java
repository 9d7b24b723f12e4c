package org.kapfinder.index.schema;

/** A condition a provider treats or an article discusses. */
public enum Condition implements WireEnum {
  DEPRESSION("Depression"),
  TREATMENT_RESISTANT_DEPRESSION("Treatment-resistant depression"),
  ANXIETY("Anxiety"),
  PTSD("PTSD"),
  OCD("OCD"),
  BIPOLAR_DEPRESSION("Bipolar depression"),
  CHRONIC_PAIN("Chronic pain"),
  CHILDHOOD_TRAUMA("Childhood trauma"),
  END_OF_LIFE_DISTRESS("End-of-life distress"),
  GRIEF("Grief"),
  POSTPARTUM_DEPRESSION("Postpartum depression"),
  SUBSTANCE_USE("Substance use");

  private final String label;

  Condition(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
