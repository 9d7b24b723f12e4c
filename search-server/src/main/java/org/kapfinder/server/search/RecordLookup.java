package org.kapfinder.server.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.RecordJson;
import org.kapfinder.index.schema.WireEnum;

/**
 * Fetches one provider or article by id from the snapshot being served. Ids are exact keyword
 * terms; callers validate their shape first. Thread-safe.
 */
public final class RecordLookup {

  private final SnapshotManager snapshots;

  public RecordLookup(SnapshotManager snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * The provider with this id, with {@code distanceMiles} from the point when one is given (and the
   * provider has a location); {@code reasons}, {@code score} and {@code explanation} stay null, as
   * they only mean something for a search.
   */
  public Optional<ProviderItem> provider(String id, Double lat, Double lon) throws IOException {
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      Optional<Document> doc = byId(snapshot.providers(), ProviderFields.ID, id);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      Provider provider = ProviderRecordFormat.read(doc.get());
      Double miles = null;
      if (lat != null && lon != null && provider.location() != null) {
        miles =
            ProviderItems.round(
                Distances.haversineMiles(
                    lat, lon, provider.location().lat(), provider.location().lon()));
      }
      return Optional.of(ProviderItem.of(provider, miles, null, null, null));
    } finally {
      snapshots.release(snapshot);
    }
  }

  /** The article with this id, its HTML sanitised again before it leaves the server. */
  public Optional<ArticleDetail> article(String id) throws IOException {
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      Optional<Document> doc = byId(snapshot.articles(), ArticleFields.ID, id);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      Article article =
          RecordJson.gson().fromJson(doc.get().get(ArticleFields.SOURCE), Article.class);
      return Optional.of(
          new ArticleDetail(
              article.id(),
              article.title(),
              article.summary(),
              article.tags(),
              names(article.conditions()),
              names(article.routes()),
              article.city(),
              article.state(),
              article.published(),
              article.updated(),
              article.author(),
              ArticleHtml.sanitize(article.html())));
    } finally {
      snapshots.release(snapshot);
    }
  }

  private static Optional<Document> byId(IndexSearcher searcher, String field, String id)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(field, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  private static List<String> names(List<? extends WireEnum> values) {
    return values == null ? List.of() : values.stream().map(WireEnum::wireName).toList();
  }
}
