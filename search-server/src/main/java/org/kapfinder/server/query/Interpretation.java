package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * What the interpreter understood from the free text of a query. {@code text} is what remained for
 * the provider text match; {@code articleText} keeps the informational words ("cost", "insurance")
 * that articles are found by; {@code otherPlace} is a second place the query names, which the
 * search is not around ("Austin or Dallas"), or null; {@code corrected} is the query with typos
 * fixed, or null; {@code spanish} says the query is written in Spanish. {@code freeCare} asks for
 * care free of charge ("for free"), and comes with {@code lowPrice}. {@code radiusMiles} is how far
 * the searcher will go ("within 10 miles"), as written, or null; {@code cheapestFirst} asks for the
 * lowest price first ("cheapest"), {@code nearestFirst} for the nearest first ("closest"). {@code
 * distress} is what the search signals that needs help first ({@link Distress}), {@code
 * ketamineMisuse} a problem with ketamine use, the searcher's or another's ({@link
 * KetamineMisuse}); {@code military} says the searcher serves or served ({@link MilitaryService}).
 * {@code outsideTheStates} is a place outside the states and DC the query names ("in puerto rico",
 * "in mexico"), where no provider is listed, or null.
 */
public record Interpretation(
    String text,
    String articleText,
    ResolvedPlace place,
    ResolvedPlace otherPlace,
    boolean nearMe,
    boolean nearestFirst,
    boolean cheapestFirst,
    Set<Route> routes,
    Set<Condition> conditions,
    Set<Mode> modes,
    boolean insurance,
    List<String> insurancePlans,
    Double maxPriceUsd,
    Double radiusMiles,
    Boolean psychotherapy,
    boolean lowPrice,
    boolean freeCare,
    boolean slidingScale,
    Set<String> languages,
    Set<Clinician> clinicians,
    boolean acceptingNewPatients,
    Distress distress,
    boolean ketamineMisuse,
    boolean military,
    String corrected,
    boolean spanish,
    OutsideTheStates.Place outsideTheStates) {

  /** A signal of suicidal thoughts, self-harm or danger between people. */
  public boolean crisis() {
    return distress.crisis();
  }

  /** Whether that crisis may be someone else's. */
  public boolean crisisOfAnother() {
    return distress.ofAnother();
  }

  /** A signal of an overdose or another emergency of the body. */
  public boolean overdose() {
    return distress.overdose();
  }
}
