package org.kapfinder.server.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The article topics of questions asked in words that no article shares, or in words that would
 * find the wrong one: "should i fast before ketamine" asks about eating, not speed; "how fast does
 * ketamine work" how quickly it helps; "is ketamine deadly" about its risks. Each topic is an
 * article tag, or words the article that answers it has ("off label" for a question of FDA
 * approval), searched beside the question's own.
 */
public final class QuestionTopics {

  /** Each question, as alternatives in folded form, to the topics that answer it. */
  private static final Map<Pattern, List<String>> TOPICS = new LinkedHashMap<>();

  static {
    // Eating, drinking coffee or fasting before a session: the practical questions' section.
    topic(
        "fast before|fasting|eat before|eating before|food before|coffee|caffeine"
            + "|empty stomach",
        "food-and-eating");
    topic(
        "how fast does|how quickly does|how soon does|how long does it take to work"
            + "|how long until|work right away|works right away|work immediately",
        "works-quickly");
    topic("fda|off label", "off-label");
    topic(
        "deadly|lethal|fatal|die from|dying from|died from|kill you|killed anyone"
            + "|hallucinate|hallucinating|hallucination|hallucinations",
        "side-effects");
    topic(
        "gabapentin|neurontin|pregabalin|lyrica|st johns wort|saint johns wort|supplements"
            + "|herbal|melatonin",
        "interactions");
    topic("electroshock|shock therapy|shock treatment", "ect");
    topic("warning signs|red flags|red flag|scam|scams|shady", "choosing-a-provider");
    // How ketamine works is told in the articles on depression.
    topic(
        "in the brain|how does ketamine work|how ketamine works|mechanism",
        "glutamate",
        "depression");
    topic("narcotic|narcotics|controlled substance|schedule iii|schedule 3", "legal-status");
    topic("prepare|preparing|preparation|what to bring|what to expect", "what-to-expect");
    topic("psychosis|psychotic|schizophrenia|schizoaffective", "contraindications");
    topic("used for|use it for|treat what", "conditions");
  }

  private QuestionTopics() {}

  private static void topic(String alternatives, String... topics) {
    TOPICS.put(FoldedText.phrases(alternatives), List.of(topics));
  }

  /** The topics of the questions the search asks, in no order. */
  public static Set<String> of(FoldedText q) {
    Set<String> topics = new TreeSet<>();
    TOPICS.forEach(
        (question, answers) -> {
          if (q.has(question)) {
            topics.addAll(answers);
          }
        });
    return topics;
  }
}
