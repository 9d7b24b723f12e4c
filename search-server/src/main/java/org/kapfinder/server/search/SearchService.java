package org.kapfinder.server.search;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderQueries;
import org.kapfinder.server.query.SearchRequest;

/** Runs searches against the current index snapshot. Thread-safe. */
public final class SearchService {

  static final double DEFAULT_RADIUS_MILES = 25;
  static final double DEFAULT_PIVOT_MILES = 10;

  private final SnapshotManager snapshots;
  private final ProviderQueries providerQueries =
      new ProviderQueries(TextAnalyzers.forQueries(), DEFAULT_PIVOT_MILES);
  private final QueryBuilder articleText = new QueryBuilder(TextAnalyzers.forQueries());

  public SearchService(SnapshotManager snapshots) {
    this.snapshots = snapshots;
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      SearchResponse.Providers providers = providers(snapshot.providers(), request);
      SearchResponse.Articles articles = articles(snapshot.articles(), request);
      return new SearchResponse(providers, articles, (System.nanoTime() - start) / 1e6);
    } finally {
      snapshots.release(snapshot);
    }
  }

  private SearchResponse.Providers providers(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    Query query =
        request.hasPoint()
            ? providerQueries.inPersonNear(
                request.q(), request.lat(), request.lon(), DEFAULT_RADIUS_MILES)
            : orMatchAll(providerQueries.textQuery(request.q()));
    int end = request.page() * request.size();
    TopDocs top = searcher.search(query, end);
    List<SearchResponse.ProviderHit> items = new ArrayList<>();
    ScoreDoc[] hits = top.scoreDocs;
    for (int i = (request.page() - 1) * request.size(); i < hits.length; i++) {
      Document doc = searcher.storedFields().document(hits[i].doc);
      JsonObject source = JsonParser.parseString(doc.get(ProviderFields.SOURCE)).getAsJsonObject();
      Double distance = null;
      if (request.hasPoint() && source.has("location")) {
        JsonObject location = source.getAsJsonObject("location");
        distance =
            Math.round(
                    Distances.haversineMiles(
                            request.lat(),
                            request.lon(),
                            location.get("lat").getAsDouble(),
                            location.get("lon").getAsDouble())
                        * 10)
                / 10.0;
      }
      items.add(
          new SearchResponse.ProviderHit(
              source.get("id").getAsString(),
              source.get("name").getAsString(),
              source.get("type").getAsString(),
              distance,
              hits[i].score));
    }
    return new SearchResponse.Providers(top.totalHits.value, items);
  }

  private SearchResponse.Articles articles(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    Query query = orMatchAll(articleText(request.q()));
    TopDocs top = searcher.search(query, request.size());
    List<SearchResponse.ArticleHit> items = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      String id = doc.get(ArticleFields.ID);
      items.add(
          new SearchResponse.ArticleHit(
              id,
              doc.get(ArticleFields.TITLE),
              doc.get(ArticleFields.SUMMARY),
              "/articles/" + id,
              hit.score));
    }
    return new SearchResponse.Articles(top.totalHits.value, items);
  }

  private Query articleText(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    for (String field : List.of(ArticleFields.TITLE, ArticleFields.SUMMARY, ArticleFields.BODY)) {
      Query query = articleText.createBooleanQuery(field, q, Occur.SHOULD);
      if (query != null) {
        float boost =
            field.equals(ArticleFields.TITLE) ? 3f : field.equals(ArticleFields.SUMMARY) ? 2f : 1f;
        fields.add(new BoostQuery(query, boost), Occur.SHOULD);
        any = true;
      }
    }
    return any ? fields.build() : null;
  }

  private static Query orMatchAll(Query query) {
    return query == null ? new MatchAllDocsQuery() : query;
  }
}
