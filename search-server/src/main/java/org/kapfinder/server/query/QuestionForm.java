package org.kapfinder.server.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a search is asked as a question that articles answer ("how long does ketamine last", "is
 * spravato covered by medicare", "¿cuánto cuesta la ketamina?"), rather than as a request for
 * providers, which some questions are too ("where can I get ketamine", "is there a ketamine clinic
 * in Boise", "can I find IV ketamine near me"). The page shows the articles of such a question
 * first: on a phone, the answer would otherwise come after a map and ten listings.
 */
public final class QuestionForm {

  /** The first words of a question, English and Spanish (accents folded). */
  private static final Set<String> OPENING_WORDS =
      Set.of(
          "how",
          "what",
          "whats",
          "why",
          "when",
          "is",
          "are",
          "can",
          "could",
          "does",
          "do",
          "did",
          "should",
          "would",
          "will",
          "may",
          "como",
          "que",
          "porque",
          "cuanto",
          "cuanta",
          "cuantos",
          "cuantas",
          "cuando",
          "es",
          "son",
          "puedo",
          "puede",
          "debo",
          "funciona",
          "sirve");

  /** Question words typed without the apostrophe ("what's" is "whats"), which no listing says. */
  private static final List<String> CONTRACTED = List.of("whats", "hows", "wheres", "whos");

  /**
   * Words that ask where or from whom to get care: a question with one of them asks for providers.
   */
  private static final Set<String> PROVIDER_WORDS =
      Set.of(
          "where",
          "who",
          "which",
          "find",
          "get",
          "there",
          "near",
          "nearby",
          "closest",
          "nearest",
          "recommend",
          "donde",
          "quien",
          "quienes",
          "cual",
          "cuales",
          "encontrar",
          "conseguir",
          "hay",
          "cerca");

  /**
   * Ways of paying that no listing states ({@link PricePhrases#PAYMENT_WAYS}), which articles
   * answer: asked alone, a question ("hsa ketamine"), and one of price.
   */
  private static final String PAYMENT_WORDS = String.join("|", PricePhrases.PAYMENT_WAYS);

  /**
   * Topics that only articles answer, which ask as a question does without its words: "ketamine
   * side effects" is "what are the side effects of ketamine", and its words would list the
   * providers whose descriptions mention side effects.
   */
  private static final Pattern ARTICLE_TOPICS =
      FoldedText.phrases(
          "side effects?|long term effects?|after effects?|risks|dangers|drug interactions?"
              + "|interactions|contraindications?|success rates?|efectos secundarios|riesgos"
              + "|pregnancy|pregnant|breastfeeding|embarazo|embarazada|lactancia"
              + "|drug tests?|drug screens?|examen de drogas|prueba de drogas|antidoping|"
              + PAYMENT_WORDS);

  /** "Who" that asks who may take ketamine, not who gives it: "who should not take ketamine". */
  private static final Pattern WHO_MAY =
      FoldedText.phrases(
          "who should|who shouldnt|who cant|who cannot|who can not|who is a candidate|who qualifies"
              + "|who is eligible");

  private QuestionForm() {}

  static void addTo(Map<String, Intent> phrases) {
    CONTRACTED.forEach(word -> phrases.putIfAbsent(word, new Intent.Filler()));
  }

  /**
   * @param q the search as typed, or null
   * @param folded the same search folded ({@link FoldedText#of}), as its recognisers share it
   */
  public static boolean asks(String q, FoldedText folded) {
    if (q == null) {
      return false;
    }
    List<String> words = words(folded);
    if (folded.has(WHO_MAY)) {
      return true;
    }
    if (words.isEmpty() || words.stream().anyMatch(PROVIDER_WORDS::contains)) {
      return false;
    }
    String first = words.get(0);
    boolean porQue = first.equals("por") && words.size() > 1 && words.get(1).equals("que");
    return OPENING_WORDS.contains(first)
        || porQue
        || q.strip().endsWith("?")
        || folded.has(ARTICLE_TOPICS);
  }

  /** Words that ask what care costs, which listings answer with their prices. */
  private static final Pattern PRICE_WORDS =
      FoldedText.phrases(
          "cost|costs|price|prices|pricing|how much|expensive|cuanto cuesta|cuanto cuestan"
              + "|cuanto vale|precio|precios|costo|costos|"
              + PAYMENT_WORDS);

  /**
   * Whether the search asks what care costs ("how much does ketamine cost", "¿cuánto cuesta?"): a
   * question that the providers near the searcher answer too, with their prices.
   */
  public static boolean asksThePrice(FoldedText folded) {
    return folded.has(PRICE_WORDS);
  }

  /** Lower-case words without accents or apostrophes: "¿Cuánto" is "cuanto", "what's" "whats". */
  private static List<String> words(FoldedText folded) {
    return Arrays.stream(folded.text().split(" ")).filter(word -> !word.isEmpty()).toList();
  }
}
