package org.kapfinder.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a word is an English word, by the Hunspell en_US dictionary (see {@code
 * spelling/README.md}): about 50,000 stems with their affixes, loaded once per process, when the
 * search service starts (under a second), not by the first search that asks.
 */
final class EnglishWords {

  private static final EnglishWords SHARED = new EnglishWords(load());

  private final Hunspell hunspell;

  private EnglishWords(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  static EnglishWords shared() {
    return SHARED;
  }

  /** True for a correctly spelt English word, lower case as typed ("friendly", "teens"). */
  boolean contains(String word) {
    return hunspell.spell(word);
  }

  private static Hunspell load() {
    try (InputStream affix = open("en_US.aff");
        InputStream words = open("en_US.dic")) {
      // Hunspell is thread-safe: one for all searches.
      return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "en_US", affix, words));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the English dictionary", e);
    } catch (ParseException e) {
      throw new IllegalStateException("the English dictionary is invalid: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = EnglishWords.class.getResourceAsStream("spelling/" + name);
    if (in == null) {
      throw new IOException("spelling/" + name + " is missing from the classpath");
    }
    return in;
  }
}
