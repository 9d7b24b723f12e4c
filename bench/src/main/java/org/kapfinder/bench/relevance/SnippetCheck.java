package org.kapfinder.bench.relevance;

import java.util.regex.Pattern;

/**
 * Whether an article's snippet reads as an answer, by rules a reader would apply at a glance: not a
 * question (a heading, or one to ask a provider), not a table's row, not a pointer to another
 * article, not the closing notice, and a whole sentence, neither a list's broken start nor cut off
 * mid-word.
 */
final class SnippetCheck {

  private static final Pattern POINTER =
      Pattern.compile("[Aa]rticles? [\"“]|^See [\"“]|[Tt]he article on ");

  /** How a whole sentence ends: a full stop, a mark, a closing bracket or quote, an ellipsis. */
  private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!)\"”…:]$");

  private SnippetCheck() {}

  /** What is wrong with the snippet, or null when it reads as an answer. */
  static String defect(String snippet) {
    String text = snippet.strip();
    if (text.endsWith("?")) {
      return "question";
    }
    if (text.contains("|")) {
      return "table";
    }
    if (POINTER.matcher(text).find()) {
      return "pointer";
    }
    if (text.contains("not medical advice") || text.contains("***")) {
      return "notice";
    }
    if (text.startsWith(".") || text.startsWith("- ")) {
      return "fragment";
    }
    if (!ENDS_A_SENTENCE.matcher(text).find()) {
      return "unfinished";
    }
    return null;
  }
}
