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
    topic(
        "warning signs|red flags|red flag|scam|scams|shady|find a good|choose a|choosing a"
            + "|pick a|picking a|what to look for|questions to ask",
        "choosing-a-provider");
    topic(
        "first appointment|first session|first visit|first infusion|first treatment"
            + "|what happens at|what happens during|what happens in",
        "what-to-expect");
    // Conditions of the heart and blood pressure, which ketamine raises: who should not take it.
    topic(
        "heart problems|heart problem|heart condition|heart disease|heart issues|high blood"
            + " pressure|hypertension|blood pressure|arrhythmia|heart attack",
        "contraindications");
    // Afraid of needles: the routes without one.
    topic(
        "hate needles|afraid of needles|scared of needles|fear of needles|no needles"
            + "|needle phobia|without needles|without a needle",
        "sublingual",
        "intranasal");
    // How ketamine works is told in the articles on depression.
    topic(
        "in the brain|how does ketamine work|how ketamine works|mechanism",
        "glutamate",
        "depression");
    topic("narcotic|narcotics|controlled substance|schedule iii|schedule 3", "legal-status");
    topic("prepare|preparing|preparation|what to bring|what to expect", "what-to-expect");
    topic("psychosis|psychotic|schizophrenia|schizoaffective", "contraindications");
    topic("used for|use it for|treat what", "conditions");
    // Medicines the searcher takes, asked about by name or as "my meds".
    topic(
        "stop my meds|stop my medication|stop my medications|stop taking my|off my meds"
            + "|with my meds|with my medication|with my medications|with my antidepressants?"
            + "|and antidepressants|with antidepressants|antidepressants together|and ssris?"
            + "|with ssris?|and my ssri|with my ssri"
            + "|on my antidepressants?|lithium|lamictal|lamotrigine|xanax|klonopin|ativan|valium"
            + "|adderall|benzos?|benzodiazepines?|maois?",
        "interactions");
    // The benefit fading, or not coming: boosters, and when more sessions are not the answer.
    topic(
        "doesnt work for me|didnt work for me|not working|stopped working|wears off|wear off"
            + "|wearing off|wore off|depressed again|came back|booster|boosters",
        "booster");
    // Whether a clinic can be trusted: how to choose one.
    topic(
        "clinic is safe|clinic safe|provider is safe|legit|legitimate|trustworthy|credentials"
            + "|qualified|licensed",
        "choosing-a-provider");
    topic(
        "died|passed away|losing a|losing my|lost my|loss of|death of|bereavement|mourning"
            + "|widow|widowed",
        "grief");
    topic("worth the money|worth it|worth the cost|worth the price|too expensive", "cost");
    topic(
        "nothing works|nothing worked|nothing is working|nothing helps|nothing has helped"
            + "|tried everything|tried so many|antidepressants not working"
            + "|antidepressants dont work|antidepressants didnt work",
        "treatment-resistant");
    topic("cancer|terminal|terminally ill|hospice|palliative|stage 4|stage four", "end-of-life");
    topic("cry|crying|cried|emotional after|emotional during", "what-to-expect");
    topic("pee|peeing|urine|urinate|urinating|urination", "side-effects");
    // The same questions in Spanish, whose words no article has; the English topic words are
    // searched beside them.
    topic(
        "cubre|cubren|cobertura|aseguranza|aseguradora|seguro medico|mi seguro|el seguro",
        "insurance");
    topic("se siente|como se siente|que se siente|sentire", "what-to-expect");
    topic("antidepresivos?|mis medicamentos|mis medicinas|litio", "interactions");
    topic("prueba de drogas|examen de drogas|antidoping", "drug-test");
    topic("manejar|conducir", "drive");
    topic("largo plazo", "long-term");
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
