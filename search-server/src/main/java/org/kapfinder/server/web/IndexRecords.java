package org.kapfinder.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.RecordJson;
import org.kapfinder.server.search.IndexSnapshot;

/**
 * Reads whole records from a snapshot: a provider or an article by id (for their pages), and the
 * local guides (articles about one city, for the browse pages and the footer). The records are the
 * validated JSON the indexer stored, read back with the same Gson configuration.
 */
final class IndexRecords {

  /** Ids are short slugs; anything else cannot name a record, so it is not looked up. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** More local guides than a corpus will plausibly hold. */
  private static final int MAX_GUIDES = 1_000;

  private IndexRecords() {}

  static Optional<Provider> provider(IndexSnapshot snapshot, String id) throws IOException {
    return source(snapshot.providers(), ProviderFields.ID, ProviderFields.SOURCE, id)
        .map(json -> RecordJson.gson().fromJson(json, Provider.class));
  }

  /** The article with its sanitised {@code html} (its plain {@code text} is not stored there). */
  static Optional<Article> article(IndexSnapshot snapshot, String id) throws IOException {
    return source(snapshot.articles(), ArticleFields.ID, ArticleFields.SOURCE, id)
        .map(json -> RecordJson.gson().fromJson(json, Article.class));
  }

  /** Every article about one city, by title. */
  static List<Article> localGuides(IndexSnapshot snapshot) {
    IndexSearcher searcher = snapshot.articles();
    try {
      TopDocs top = searcher.search(new FieldExistsQuery(ArticleFields.CITY), MAX_GUIDES);
      List<Article> guides = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        guides.add(RecordJson.gson().fromJson(doc.get(ArticleFields.SOURCE), Article.class));
      }
      guides.sort(Comparator.comparing(Article::title));
      return List.copyOf(guides);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> source(
      IndexSearcher searcher, String idField, String sourceField, String id) throws IOException {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    TopDocs top = searcher.search(new TermQuery(new Term(idField, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        searcher.storedFields().document(top.scoreDocs[0].doc).get(sourceField));
  }
}
