package org.kapfinder.index.schema;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a published index is laid out on disk, and the version of the schema it was written with.
 *
 * <p>An index directory holds {@code generations/<name>/} folders, each a complete, verified index
 * made of three Lucene indexes ({@link #PROVIDERS}, {@link #ARTICLES}, {@link #PLACES}), and a
 * {@link #CURRENT} file naming the generation to serve. Publishing a generation is one atomic
 * rename of that file, so a reader sees the old generation or the new one, never a mix.
 */
public final class IndexLayout {

  /** Bump on any change to fields, analysis or encoding; the server refuses other versions. */
  public static final int SCHEMA_VERSION = 11;

  public static final String PROVIDERS = "providers";
  public static final String ARTICLES = "articles";
  public static final String PLACES = "places";
  public static final String CURRENT = "CURRENT";
  public static final String GENERATIONS = "generations";

  // Keys of each Lucene commit's user data.
  public static final String USER_DATA_SCHEMA_VERSION = "kapfinder.schemaVersion";
  public static final String USER_DATA_DOC_COUNT = "kapfinder.docCount";
  public static final String USER_DATA_GENERATION = "kapfinder.generation";
  public static final String USER_DATA_SAMPLE = "kapfinder.sampleData";
  public static final String USER_DATA_BUILT_AT = "kapfinder.builtAt";

  /** The corpus a sample index was built from, as {@code CorpusDigest} computes it. */
  public static final String USER_DATA_CORPUS_DIGEST = "kapfinder.corpusDigest";

  private IndexLayout() {}

  /** True when a commit's user data carries this schema version: the index can be read. */
  public static boolean isCurrentSchema(Map<String, String> userData) {
    return String.valueOf(SCHEMA_VERSION).equals(userData.get(USER_DATA_SCHEMA_VERSION));
  }

  public static Path generationsDir(Path indexDir) {
    return indexDir.resolve(GENERATIONS);
  }

  public static Path currentFile(Path indexDir) {
    return indexDir.resolve(CURRENT);
  }
}
