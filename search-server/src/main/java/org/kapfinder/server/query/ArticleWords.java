package org.kapfinder.server.query;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * What the words of a search say to the article query: which are generic ("ketamine", "best"),
 * which are function words ("while", "de"), and which therapies they name.
 */
public final class ArticleWords {

  /**
   * Words every article shares, the words of asking what it is, praise ("best", "top rated") and
   * the words of looking for a provider to see soon ("reviews", "open now", "appointment"): they
   * only pull in articles about other therapies, or whatever says "what is", "best" or "now" most
   * often, where "best ketamine in Denver" or "ketamine clinic open now in Chicago" wants the
   * guide.
   */
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "ketamine",
          "therapy",
          "therapies",
          "treatment",
          "treatments",
          "clinic",
          "clinics",
          "center",
          "centers",
          "program",
          "programs",
          "what",
          "is",
          "are",
          "best",
          "top",
          "good",
          "great",
          "recommended",
          "reputable",
          "trusted",
          "rated",
          "highest",
          "highly",
          "review",
          "reviews",
          "rating",
          "ratings",
          "open",
          "now",
          "today",
          "tonight",
          "hours",
          "available",
          "availability",
          "appointment",
          "appointments",
          "nearby",
          "local");

  /** The Snowball project's English stop words, a longer list than the English analysis removes. */
  private static final CharArraySet ENGLISH_FUNCTION_WORDS = englishFunctionWords();

  private static final Set<String> KETAMINE_WORDS =
      Set.of("ketamine", "esketamine", "spravato", "ketamina", "esketamina");

  /**
   * The words of the therapies the articles tagged {@link ArticleQueryBuilder#OTHER_THERAPIES_TAG}
   * are about.
   */
  private static final Set<String> OTHER_THERAPY_WORDS =
      Set.of(
          "psilocybin",
          "mushrooms",
          "mushroom",
          "mdma",
          "ecstasy",
          "lsd",
          "psychedelic",
          "psychedelics",
          "ibogaine",
          "ayahuasca",
          "dmt",
          "ect",
          "electroconvulsive",
          "tms",
          "magnetic");

  /**
   * The text to match articles with: without the generic words when something more specific is left
   * ("cheap ketamine therapy" looks for "cheap", and the cost articles by topic), and without
   * Spanish function words ("de", "la"), which the English analysis would keep.
   */
  public static String specificText(String articleText, boolean hasTopics) {
    List<String> words = new ArrayList<>();
    List<String> specific = new ArrayList<>();
    for (String word : articleText.split(" ")) {
      if (word.isEmpty() || SpanishPhrases.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      words.add(word);
      if (!isGeneric(word)) {
        specific.add(word);
      }
    }
    return String.join(" ", specific.isEmpty() && !hasTopics ? words : specific);
  }

  /**
   * True when the text has words and all of them are generic: the general question, "ketamine
   * therapy", which the introduction answers best.
   */
  static boolean isGeneral(String articleText) {
    boolean any = false;
    for (String word : articleText.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!isGeneric(word)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isGeneric(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return GENERIC_WORDS.contains(lower) || SpanishPhrases.GENERIC_WORDS.contains(lower);
  }

  /**
   * True when the words name ketamine, esketamine or Spravato and no other therapy: "ketamine vs
   * psilocybin" and "ketamine or ECT" are about both.
   */
  public static boolean namesOnlyKetamine(String articleText) {
    boolean ketamine = false;
    for (String word : articleText.split(" ")) {
      if (OTHER_THERAPY_WORDS.contains(word)) {
        return false;
      }
      ketamine |= KETAMINE_WORDS.contains(word);
    }
    return ketamine;
  }

  /**
   * Lucene's Snowball English list, and the words of a comparison, which say how the others relate,
   * not what the article is about: "vs" made the article titled "In-clinic vs at-home ketamine" an
   * answer to "ketamine vs ssri".
   */
  private static CharArraySet englishFunctionWords() {
    try (Reader list =
        IOUtils.getDecodingReader(
            SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
      CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(list), false);
      words.addAll(List.of("vs", "versus"));
      return CharArraySet.unmodifiableSet(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's English stop word list is missing", e);
    }
  }

  /**
   * The words of {@code q} split in two, joined by spaces: those that are not English function
   * words, and those that are.
   */
  static String[] contentAndFunctionWords(String q) {
    StringJoiner content = new StringJoiner(" ");
    StringJoiner function = new StringJoiner(" ");
    for (String word : q.split(" ")) {
      if (!word.isEmpty()) {
        (ENGLISH_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) ? function : content)
            .add(word);
      }
    }
    return new String[] {content.toString(), function.toString()};
  }

  private ArticleWords() {}
}
