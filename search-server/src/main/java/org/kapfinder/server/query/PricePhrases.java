package org.kapfinder.server.query;

import java.util.List;
import java.util.Map;

/**
 * The English phrases of what a searcher can pay: a low price, care free of charge, a sliding
 * scale, and paying without insurance. Part of {@link IntentPhrases}; a price ceiling ("under
 * $300") is read by {@link PriceParser}.
 */
final class PricePhrases {

  /**
   * Ways of paying that no listing states, which the articles on cost and insurance explain; a
   * search that names one asks a question ({@link QuestionForm}).
   */
  static final List<String> PAYMENT_WAYS =
      List.of(
          "hsa",
          "fsa",
          "hsa eligible",
          "fsa eligible",
          "health savings account",
          "flexible spending account",
          "carecredit",
          "care credit",
          "superbill",
          "superbills",
          "out of network");

  private PricePhrases() {}

  static void addTo(Map<String, Intent> phrases) {
    every(
        phrases,
        new Intent.LowPrice(true),
        "cheapest",
        "lowest price",
        "lowest cost",
        "least expensive",
        "most affordable");
    every(
        phrases,
        new Intent.LowPrice(),
        "cheap",
        "affordable",
        "low cost",
        "low-cost",
        "inexpensive",
        "budget",
        "not expensive",
        "not too expensive",
        "not very expensive",
        "cant afford",
        "can not afford",
        "cannot afford",
        "could not afford",
        "couldnt afford",
        // Spreading the cost over time is asked by those for whom the price matters.
        "payment plan",
        "payment plans",
        "payment options",
        "financing",
        "monthly payments",
        "plan de pagos",
        "planes de pago");
    // Paying without insurance is a question of price, never a filter to insured care: "cost
    // without insurance" must not keep only the providers that take insurance.
    every(
        phrases,
        new Intent.LowPrice(),
        "without insurance",
        "no insurance",
        "not insured",
        "uninsured",
        "not covered",
        "not covered by insurance",
        "isnt covered by insurance",
        "not paid by insurance",
        "without coverage",
        "no coverage",
        "self pay",
        "self-pay",
        "selfpay",
        "out of pocket",
        "out-of-pocket",
        "cash pay",
        "cash only",
        "private pay");
    // Free care is a question of price too. "Free" alone stays a word to match: listings offer
    // free consultations, and "pain free" asks for no price at all.
    every(
        phrases,
        Intent.FREE_CARE,
        "free ketamine",
        "for free",
        "free of charge",
        "free treatment",
        "free therapy",
        "free clinic",
        "free clinics",
        "free spravato",
        "free care",
        "no cost",
        "at no cost");
    // Words for the articles, not for a provider's text ("hsa" matched no listing and listed none).
    PAYMENT_WAYS.forEach(way -> phrases.put(way, new Intent.Filler()));
    every(
        phrases,
        new Intent.SlidingScale(),
        "sliding scale",
        "sliding-scale",
        "income based",
        "reduced fee",
        "low income");
  }

  /** Puts each of {@code words} as a phrase of {@code intent}. */
  static void every(Map<String, Intent> phrases, Intent intent, String... words) {
    for (String phrase : words) {
      phrases.put(phrase, intent);
    }
  }
}
