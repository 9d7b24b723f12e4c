package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Place names with an elided article, O'Fallon, Coeur d'Alene, L'Anse, are looked up without the
 * apostrophe ("ofallon", "coeur dalene"); typed without it, the letter often stands apart ("o
 * fallon", "coeur d alene"). Both forms are looked up, since the letter also stands apart in names
 * that keep it a word ("Land O' Lakes" is "land o lakes").
 */
final class ElidedNames {

  private static final Pattern APART = Pattern.compile("(^| )([dlo]) (?=[a-z])");

  private ElidedNames() {}

  /** The key with each lone "d", "l" or "o" joined to the word after it; the key if none. */
  static String joined(String key) {
    return APART.matcher(key).replaceAll("$1$2");
  }
}
