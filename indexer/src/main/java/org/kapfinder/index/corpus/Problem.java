package org.kapfinder.index.corpus;

/**
 * One thing wrong with the corpus, reported as {@code file:line: field: message} so that an
 * operator can jump to it. {@code field} is a dotted path such as {@code address.zip}, or {@code -}
 * when the problem is with the line as a whole.
 */
public record Problem(String file, long line, String field, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + message;
  }
}
