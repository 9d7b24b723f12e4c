package org.kapfinder.index.schema;

/** A kind of clinician on a provider's team. */
public enum Clinician implements WireEnum {
  PSYCHIATRIST("Psychiatrist"),
  PHYSICIAN("Physician"),
  ANESTHESIOLOGIST("Anesthesiologist"),
  NURSE_PRACTITIONER("Nurse practitioner"),
  CRNA("Nurse anesthetist (CRNA)"),
  REGISTERED_NURSE("Registered nurse"),
  PSYCHOLOGIST("Psychologist"),
  THERAPIST("Therapist");

  private final String label;

  Clinician(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
