package org.kapfinder.server.search;

import java.util.Set;
import java.util.TreeSet;
import org.kapfinder.server.query.EligibilityQuestion;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.PregnancyOrBreastfeeding;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.SideEffectWords;
import org.kapfinder.server.query.UnderEighteen;

/**
 * The article tags a search points to beside its words: what its filters ask about ("cheap" is
 * cost) and who or what it names ("my 16 year old" is teens, "nausea" side effects). An article
 * with one of them is boosted like one about a condition or route the search names.
 */
final class ArticleTopics {

  static final String SIDE_EFFECTS = "side-effects";

  private ArticleTopics() {}

  /**
   * @param q the search as typed, or null
   * @param nonMedicalUse whether it seeks ketamine outside medical care ({@code NonMedicalUse})
   * @param efficacy whether it asks whether ketamine works ({@code EfficacyQuestion})
   */
  static Set<String> of(
      String q,
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
    if (understood.military()) {
      topics.add("veterans");
    }
    if (UnderEighteen.namedIn(q)) {
      // "my 16 year old has depression" shares no word with the article that answers it.
      topics.add("teens");
    }
    if (PregnancyOrBreastfeeding.pregnancyNamedIn(q)) {
      // The article on who should not take ketamine, or should wait, says why it is avoided.
      topics.add("contraindications");
    }
    if (PregnancyOrBreastfeeding.breastfeedingNamedIn(q)) {
      // The article on postpartum depression says what is known of ketamine in breast milk.
      topics.add("postpartum");
    }
    if (EligibilityQuestion.askedIn(q)) {
      // "am i a candidate for ketamine": who should not take it, and how clinics screen.
      topics.add("screening");
    }
    if (SideEffectWords.namedIn(q)) {
      // "ketamine bladder damage": the one article on side effects says "bladder" once, as do
      // the articles that mention it in passing.
      topics.add(SIDE_EFFECTS);
    }
    if (efficacy) {
      topics.add("evidence");
    }
    return topics;
  }

  /**
   * The topics' own words, searched beside the search's: "cheap" finds the article titled "...
   * cost?" by its title. Not those of side effects: most articles on a condition or a route say
   * "side effects", and the effect the search names ("nausea") tells better which of them answer it
   * after the article on side effects, which its tag brings first.
   */
  static String words(Set<String> topics) {
    return String.join(
        " ",
        topics.stream()
            .filter(topic -> !topic.equals(SIDE_EFFECTS))
            .map(topic -> topic.replace('-', ' '))
            .toList());
  }

  /** Article tags that answer what the intents ask about. */
  static Set<String> ofFilters(ProviderFilters filters) {
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
