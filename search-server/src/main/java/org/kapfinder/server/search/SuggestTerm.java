package org.kapfinder.server.search;

import java.util.List;

/**
 * Something the search understands that autocomplete offers by name: a condition, a route, a way of
 * care, insurance or a price. {@code text} is what the suggestion shows, and a search for it asks
 * for the term; {@code value} is the term as the API writes it elsewhere (a wire name, a plan);
 * {@code names} are matched as the text is ({@link WordPrefixes}), {@code commonNames} are the
 * other names people type for it. All names are held already analysed.
 */
record SuggestTerm(
    String text,
    SuggestService.Kind kind,
    String value,
    List<List<String>> names,
    List<List<String>> commonNames) {

  static SuggestTerm of(
      String text,
      SuggestService.Kind kind,
      String value,
      List<String> names,
      List<String> commonNames) {
    return new SuggestTerm(
        text,
        kind,
        value,
        names.stream().map(WordPrefixes::words).toList(),
        commonNames.stream().map(WordPrefixes::words).toList());
  }

  /**
   * How well {@code typed} matches the term: the best match among its names. A common name counts
   * as a later-word match at best, because the suggestion shows the text, which then does not start
   * with what was typed ("a" offers Anxiety before Substance use, found by "addiction").
   */
  int match(List<String> typed) {
    int best = WordPrefixes.NO_MATCH;
    for (List<String> name : names) {
      best = better(best, WordPrefixes.match(name, typed));
    }
    for (List<String> name : commonNames) {
      int match = WordPrefixes.match(name, typed);
      best = better(best, match == WordPrefixes.NO_MATCH ? match : WordPrefixes.LATER_WORD);
    }
    return best;
  }

  /** Whether {@code typed} is whole words of one of the term's names: "pain", not "pai". */
  boolean isNamedBy(List<String> typed) {
    return names.stream().anyMatch(name -> WordPrefixes.containsWords(name, typed))
        || commonNames.stream().anyMatch(name -> WordPrefixes.containsWords(name, typed));
  }

  private static int better(int a, int b) {
    if (a == WordPrefixes.NO_MATCH) {
      return b;
    }
    return b == WordPrefixes.NO_MATCH ? a : Math.min(a, b);
  }
}
