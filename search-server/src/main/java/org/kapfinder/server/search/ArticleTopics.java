package org.kapfinder.server.search;

import java.util.Set;
import java.util.TreeSet;
import org.kapfinder.server.query.DrinkingAroundKetamine;
import org.kapfinder.server.query.EligibilityQuestion;
import org.kapfinder.server.query.FoldedText;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.OlderAdult;
import org.kapfinder.server.query.PregnancyOrBreastfeeding;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.QuestionTopics;
import org.kapfinder.server.query.SideEffectWords;
import org.kapfinder.server.query.UnderEighteen;

/**
 * The article tags a search points to beside its words: what its filters ask about ("cheap" is
 * cost) and who or what it names ("my 16 year old" is teens, "a 70 year old" older adults, "nausea"
 * side effects). An article with one of them is boosted like one about a condition or route the
 * search names.
 */
final class ArticleTopics {

  static final String SIDE_EFFECTS = "side-effects";
  private static final String OLDER_ADULTS = "older-adults";
  private static final String TEENS = "teens";
  private static final String CONTRAINDICATIONS = "contraindications";
  private static final String POSTPARTUM = "postpartum";
  private static final String SCREENING = "screening";
  private static final String INTERACTIONS = "interactions";

  /** The topics of {@link #words}' exception. */
  private static final Set<String> NAMED_BY_WHO_OR_WHAT =
      Set.of(SIDE_EFFECTS, OLDER_ADULTS, TEENS, POSTPARTUM);

  private ArticleTopics() {}

  /**
   * @param q the search as typed, folded
   * @param nonMedicalUse whether it seeks ketamine outside medical care ({@code NonMedicalUse})
   * @param efficacy whether it asks whether ketamine works ({@code EfficacyQuestion})
   */
  static Set<String> of(
      FoldedText q,
      Interpretation understood,
      ProviderFilters filters,
      boolean nonMedicalUse,
      boolean efficacy) {
    // What answers "buy ketamine online" is its risks and the law, not the words of buying, nor
    // how care is paid for or given at home.
    Set<String> topics = nonMedicalUse ? new TreeSet<>() : ofFilters(filters);
    if (understood.ketamineMisuse() || nonMedicalUse) {
      topics.add("substance-use");
    }
    if (DrinkingAroundKetamine.askedIn(q)) {
      // "can i drink alcohol after ketamine": the article on what not to mix with it.
      topics.add(INTERACTIONS);
    }
    if (understood.military()) {
      topics.add("veterans");
    }
    if (UnderEighteen.namedIn(q)) {
      // "my 16 year old has depression" shares no word with the article that answers it.
      topics.add(TEENS);
    }
    if (OlderAdult.namedIn(q)) {
      topics.add(OLDER_ADULTS);
    }
    if (PregnancyOrBreastfeeding.pregnancyNamedIn(q)) {
      // The article on who should not take ketamine, or should wait, says why it is avoided.
      topics.add(CONTRAINDICATIONS);
    }
    if (PregnancyOrBreastfeeding.breastfeedingNamedIn(q)) {
      // The article on postpartum depression says what is known of ketamine in breast milk.
      topics.add(POSTPARTUM);
    }
    if (EligibilityQuestion.askedIn(q)) {
      // "am i a candidate for ketamine": who should not take it, and how clinics screen.
      topics.add(SCREENING);
    }
    if (SideEffectWords.namedIn(q)) {
      // "ketamine bladder damage": the one article on side effects says "bladder" once, as do
      // the articles that mention it in passing.
      topics.add(SIDE_EFFECTS);
    }
    if (efficacy) {
      topics.add("evidence");
    }
    // "should i fast before ketamine", "is ketamine deadly": what the question asks about.
    topics.addAll(QuestionTopics.of(q));
    return topics;
  }

  /**
   * The topics' own words, searched beside the search's: "cheap" finds the article titled "...
   * cost?" by its title. Not those of the topics a search names by who or what it is about: its own
   * words ("nausea", "70 year old") tell better which other articles answer it after the one the
   * tag brings first, and the topic's would find others' ("older adults" the article on young
   * adults, "side effects" every article on a condition).
   */
  static String words(Set<String> topics) {
    return String.join(
        " ",
        topics.stream()
            .filter(topic -> !NAMED_BY_WHO_OR_WHAT.contains(topic))
            .map(topic -> topic.replace('-', ' '))
            .toList());
  }

  /** Article tags that answer what the intents ask about. */
  private static Set<String> ofFilters(ProviderFilters filters) {
    Set<String> topics = new TreeSet<>();
    if (filters.insurance()) {
      topics.add("insurance");
    }
    if (filters.maxPriceUsd() != null || filters.boostLowPrice() || filters.boostSlidingScale()) {
      topics.add("cost");
    }
    if (!filters.modes().isEmpty()) {
      // The articles on care at home, by telehealth, and in a clinic compared are tagged at-home.
      topics.add("at-home");
    }
    if (Boolean.TRUE.equals(filters.psychotherapy())) {
      topics.add("kap");
    }
    if (!filters.boostClinicians().isEmpty()) {
      // Who provides ketamine care, and how to check their training, is how to choose one.
      topics.add("choosing-a-provider");
    }
    return topics;
  }
}
