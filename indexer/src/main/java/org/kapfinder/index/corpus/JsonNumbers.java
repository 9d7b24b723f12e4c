package org.kapfinder.index.corpus;

/**
 * Whether a CSV cell is written as a number: digits with an optional minus sign, fraction and
 * exponent ({@code -?\d+(\.\d+)?([eE][-+]?\d+)?}), the forms a JSON number takes. Scanned by hand
 * rather than matched with that expression: a million rows have some eight numeric cells each, and
 * a {@link java.util.regex.Matcher} for every one took 2% of a profiled build's samples.
 */
final class JsonNumbers {

  private JsonNumbers() {}

  static boolean isNumber(String text) {
    int end = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int digits = skipDigits(text, i);
    if (digits == i) {
      return false;
    }
    i = digits;
    if (i < end && text.charAt(i) == '.') {
      digits = skipDigits(text, i + 1);
      if (digits == i + 1) {
        return false;
      }
      i = digits;
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      digits = skipDigits(text, i);
      if (digits == i) {
        return false;
      }
      i = digits;
    }
    return i == end;
  }

  /** The index of the first character at or after {@code from} that is not an ASCII digit. */
  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
