package org.kapfinder.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderQueryBuilder;
import org.kapfinder.server.query.SearchRequest;

/**
 * The bundled sample corpus, indexed once for a test class ({@code @RegisterExtension static}) and
 * searched through one snapshot: the index never changes, so one serves every search. The index is
 * deleted after the class's tests.
 */
final class SampleIndex implements BeforeAllCallback, AfterAllCallback {

  private Path indexDir;
  private SnapshotManager snapshots;
  private IndexSnapshot snapshot;
  private SearchService searchService;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    indexDir = Files.createTempDirectory("kapfinder-sample-index");
    TestIndexes.build(TestCorpora.BUNDLED, indexDir);
    snapshots = new SnapshotManager(indexDir);
    snapshot = snapshots.acquire();
    searchService = new SearchService(snapshots);
  }

  /** The search service over the index, as the server runs it. */
  SearchService searchService() {
    return searchService;
  }

  SuggestService suggestService() {
    return new SuggestService(snapshots);
  }

  /** The ids of the articles a search of {@code q} shows, in their order. */
  List<String> articleIds(String q) throws IOException {
    return articles(q).stream().map(ArticleItem::id).toList();
  }

  /** The articles a search of {@code q} shows, in their order. */
  List<ArticleItem> articles(String q) throws IOException {
    return searchService.search(SearchRequest.ofText(q, null, null)).articles().items();
  }

  IndexSnapshot snapshot() {
    return snapshot;
  }

  IndexSearcher searcher() {
    return snapshot.providers();
  }

  ProviderColumns columns() {
    return snapshot.providerColumns();
  }

  /** A provider search as the server builds it, with the default 10-mile closeness pivot. */
  static ProviderSearch providerSearch() {
    return new ProviderSearch(new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    snapshots.release(snapshot);
    snapshots.close();
    IOUtils.rm(indexDir);
  }
}
