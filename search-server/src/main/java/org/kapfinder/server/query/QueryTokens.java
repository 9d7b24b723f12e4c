package org.kapfinder.server.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query with their places in the original text, so that recognised phrases can be
 * removed and what remains reported. Each word keeps its original spelling ({@link Token#raw}) and
 * a lower-case ASCII form ({@link Token#norm}) that recognition works on and typo correction may
 * replace.
 */
final class QueryTokens {

  /**
   * Words; numbers with a dollar sign before or after them, thousands' commas and decimals
   * ("$1,000", ".5", "150$"); a lone comma (a place separator); a dash between two numbers
   * ("$200-$400"); a sign comparing with a number of two digits or more ("<300", "≤ $300", ">=
   * 200", but not "<3"); and a slash between a number and a word ("300/session"), read as "per".
   */
  private static final Pattern WORD =
      Pattern.compile(
          "\\$?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\$?(?![\\p{L}\\p{N}])"
              + "|\\$?\\.\\d+(?![\\p{L}\\p{N}])"
              + "|\\d+(?:\\.\\d+)?\\$(?![\\p{L}\\p{N}])"
              + "|(?:[<>]=?|[≤≥])(?=\\s*\\$?\\d\\d)"
              + "|(?<=\\d)/(?=\\p{L})"
              + "|\\$?[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*\\.?|,"
              // Not the dash of a ZIP+4 ("78701-1234"), read with its ZIP.
              + "|(?<=\\d)(?<!\\b\\d{5})\\s*[-–]\\s*(?=\\$?\\d)");

  /** The word a dash between two numbers is read as ({@link #normalize}). */
  static final String DASH = "-";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int MAX_TOKENS = 64;

  /** One word of the query. */
  static final class Token {
    final String raw;
    String norm;
    final int start;
    final int end;
    boolean consumed;

    /** The word as typed was misspelt, and {@link #norm} is its correction. */
    boolean misspelt;

    /** The word is the end of the word before it, split in two as typed ({@link SplitWords}). */
    boolean joined;

    Token(String raw, String norm, int start, int end) {
      this.raw = raw;
      this.norm = norm;
      this.start = start;
      this.end = end;
    }

    boolean isComma() {
      return raw.equals(",");
    }

    @Override
    public String toString() {
      return norm;
    }
  }

  private QueryTokens() {}

  /**
   * The words' normalised forms joined by single spaces, without commas: what the recognisers of
   * crisis and other signals read.
   */
  static String words(List<Token> tokens) {
    return PhraseMatch.phrase(tokens, 0, tokens.size()).replace(" , ", " ").replace(",", "");
  }

  /** The query's words, at most {@value #MAX_TOKENS} (the rest is ignored, never interpreted). */
  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find() && tokens.size() < MAX_TOKENS) {
      String raw = matcher.group();
      tokens.add(new Token(raw, normalize(raw), matcher.start(), matcher.end()));
    }
    return tokens;
  }

  /**
   * Lower case, accents dropped, dots and apostrophes removed ("St." is "st", "D.C." is "dc"); a
   * dash between numbers, with any spaces around it, is {@link #DASH}; "≤" and "<=" are "<", "≥"
   * and ">=" are ">", and a slash after a number is "per".
   */
  static String normalize(String word) {
    if (word.strip().equals("-") || word.strip().equals("–")) {
      return DASH;
    }
    if (word.equals("/")) {
      return "per";
    }
    if (word.equals("<=") || word.equals("≤")) {
      return "<";
    }
    if (word.equals(">=") || word.equals("≥")) {
      return ">";
    }
    String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return folded.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
  }

  /** Whether {@code words} stand at {@code start}, none of their tokens consumed yet. */
  static boolean freeWordsAt(List<Token> tokens, int start, List<String> words) {
    if (start < 0 || start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token token = tokens.get(start + k);
      if (token.consumed || !token.norm.equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The words not consumed by any recognised phrase, joined by spaces, commas dropped. */
  static String remaining(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token token : tokens) {
      if (!token.consumed && !token.isComma()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(token.raw);
      }
    }
    return text.toString();
  }

  /** The normalised words, but the {@code excluded} ones and commas, joined by spaces. */
  static String joinedExcept(List<Token> tokens, boolean[] excluded) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (excluded[k] || token.isComma() || token.joined) {
        continue;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(token.norm);
    }
    return text.toString();
  }

  /**
   * The text {@code q} as typed, each misspelt word replaced by its correction, with the words
   * joined into it ("spa vato" is "spravato").
   */
  static String corrected(String q, List<Token> tokens) {
    StringBuilder text = new StringBuilder(q);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      Token token = tokens.get(k);
      if (token.misspelt) {
        int end = token.end;
        for (int next = k + 1; next < tokens.size() && tokens.get(next).joined; next++) {
          end = tokens.get(next).end;
        }
        text.replace(token.start, end, token.norm);
      }
    }
    return text.toString();
  }
}
