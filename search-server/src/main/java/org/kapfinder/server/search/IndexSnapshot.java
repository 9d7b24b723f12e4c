package org.kapfinder.server.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.kapfinder.index.schema.IndexLayout;

/**
 * One published generation, opened: a searcher over each of its three indexes, plus what the
 * generation says about itself. Reference-counted through its readers, so that a generation being
 * replaced stays open until the last search using it has finished (see {@link SnapshotManager}).
 */
public final class IndexSnapshot implements Closeable {

  private final String generation;
  private final DirectoryReader providers;
  private final DirectoryReader articles;
  private final DirectoryReader places;
  private final IndexSearcher providerSearcher;
  private final IndexSearcher articleSearcher;
  private final IndexSearcher placeSearcher;
  private final Executor segmentThreads;
  private final boolean sampleData;
  private final PlaceData placeData;
  private final PlaceKeyTable placeKeys;
  private final ProviderColumns providerColumns;
  private final ArticleTitles articleTitles;

  private IndexSnapshot(
      String generation,
      DirectoryReader providers,
      DirectoryReader articles,
      DirectoryReader places,
      Executor segmentThreads)
      throws IOException {
    this.generation = generation;
    this.providers = providers;
    this.articles = articles;
    this.places = places;
    this.segmentThreads = segmentThreads;
    this.providerSearcher = new IndexSearcher(providers, segmentThreads);
    this.articleSearcher = new IndexSearcher(articles);
    this.placeSearcher = new IndexSearcher(places);
    Map<String, String> userData = providers.getIndexCommit().getUserData();
    this.sampleData = Boolean.parseBoolean(userData.get(IndexLayout.USER_DATA_SAMPLE));
    this.placeData = PlaceData.load(placeSearcher);
    this.placeKeys = PlaceKeyTable.load(places);
    this.providerColumns = ProviderColumns.load(providers);
    this.articleTitles = ArticleTitles.load(articleSearcher);
  }

  /**
   * Opens the generation in {@code generationDir}.
   *
   * @param segmentThreads where the providers' segments are searched besides the asking thread
   *     ({@link SegmentThreads}); null to search them on the asking thread alone
   * @throws IncompatibleIndexException when it was written with another schema version
   */
  static IndexSnapshot open(Path generationDir, Executor segmentThreads) throws IOException {
    DirectoryReader providers = null;
    DirectoryReader articles = null;
    DirectoryReader places = null;
    boolean success = false;
    try {
      providers = openChecked(generationDir.resolve(IndexLayout.PROVIDERS));
      articles = openChecked(generationDir.resolve(IndexLayout.ARTICLES));
      places = openChecked(generationDir.resolve(IndexLayout.PLACES));
      IndexSnapshot snapshot =
          new IndexSnapshot(
              generationDir.getFileName().toString(), providers, articles, places, segmentThreads);
      success = true;
      return snapshot;
    } finally {
      if (!success) {
        IOUtils.closeWhileHandlingException(providers, articles, places);
      }
    }
  }

  private static DirectoryReader openChecked(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    Map<String, String> userData = reader.getIndexCommit().getUserData();
    if (!IndexLayout.isCurrentSchema(userData)) {
      reader.close();
      directory.close();
      throw new IncompatibleIndexException(dir, userData.get(IndexLayout.USER_DATA_SCHEMA_VERSION));
    }
    // The directory lives exactly as long as the reader, however many searches shared it.
    reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
    return reader;
  }

  public String generation() {
    return generation;
  }

  public IndexSearcher providers() {
    return providerSearcher;
  }

  /** Where the providers' segments are searched besides the asking thread; null if nowhere. */
  Executor segmentThreads() {
    return segmentThreads;
  }

  public IndexSearcher articles() {
    return articleSearcher;
  }

  public IndexSearcher places() {
    return placeSearcher;
  }

  /** True when the corpus marked itself as fictional sample data. */
  public boolean sampleData() {
    return sampleData;
  }

  /**
   * The small place tables (states, aliases, abbreviations) the query interpreter keeps at hand.
   */
  public PlaceData placeData() {
    return placeData;
  }

  /** The cities, states and aliases by their keys, which place recognition looks up. */
  PlaceKeyTable placeKeys() {
    return placeKeys;
  }

  /** What every provider search reads of each match, in memory for the life of the snapshot. */
  ProviderColumns providerColumns() {
    return providerColumns;
  }

  /** Each article's id and title, which autocomplete shows. */
  ArticleTitles articleTitles() {
    return articleTitles;
  }

  boolean tryIncRef() {
    if (!providers.tryIncRef()) {
      return false;
    }
    if (!articles.tryIncRef()) {
      decRefQuietly(providers);
      return false;
    }
    if (!places.tryIncRef()) {
      decRefQuietly(providers);
      decRefQuietly(articles);
      return false;
    }
    return true;
  }

  void decRef() throws IOException {
    IOUtils.close(providers::decRef, articles::decRef, places::decRef);
  }

  int refCount() {
    return providers.getRefCount();
  }

  @Override
  public void close() throws IOException {
    decRef();
  }

  private static void decRefQuietly(DirectoryReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      // Already failing to take a reference; the reader's own close reports real errors.
    }
  }
}
