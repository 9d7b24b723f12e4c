package org.kapfinder.server.query;

/**
 * What a search signals that needs help before any listing ({@link CrisisDetector#read}). {@code
 * crisis} is suicidal thoughts, self-harm or danger between people; {@code ofAnother} says that
 * crisis may be someone else's (the search names another person); {@code overdose} is an overdose
 * or another emergency of the body; {@code harmToOthers} says the searcher may harm someone and
 * {@code threatened} that someone threatens or hurts the searcher or others ({@link HarmToOthers});
 * {@code helpOnly} says the search asks how much would kill or names the means, and is answered
 * with help alone, whatever treatment it names.
 */
public record Distress(
    boolean crisis,
    boolean ofAnother,
    boolean overdose,
    boolean harmToOthers,
    boolean threatened,
    boolean helpOnly) {

  /** Whether the search is answered with help first. */
  public boolean any() {
    return crisis || overdose;
  }
}
