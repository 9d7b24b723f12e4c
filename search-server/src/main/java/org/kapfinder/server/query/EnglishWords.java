package org.kapfinder.server.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a word is an English word, by the Hunspell en_US dictionary (see {@code
 * spelling/README.md}): about 50,000 stems with their affixes, loaded once per process. Loading
 * starts when the search service is created and runs on its own thread while the server goes on
 * starting, so that it does not delay the first answer (it took a quarter of the start's samples at
 * 1M providers); a "did you mean" or a correction asked before it is done waits for it.
 */
public final class EnglishWords {

  private static final EnglishWords SHARED = new EnglishWords(loadInBackground());

  private final CompletableFuture<Hunspell> hunspell;

  private EnglishWords(CompletableFuture<Hunspell> hunspell) {
    this.hunspell = hunspell;
  }

  public static EnglishWords shared() {
    return SHARED;
  }

  /** True for a correctly spelt English word, lower case as typed ("friendly", "teens"). */
  public boolean contains(String word) {
    try {
      return hunspell.join().spell(word);
    } catch (CompletionException e) {
      // The loader's own exception, with its message, rather than the future's wrapper.
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static CompletableFuture<Hunspell> loadInBackground() {
    return CompletableFuture.supplyAsync(
        EnglishWords::load,
        task -> {
          Thread loader = new Thread(task, "kapfinder-english-words");
          loader.setDaemon(true);
          loader.start();
        });
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
