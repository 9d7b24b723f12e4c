package org.kapfinder.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.RecordJson;
import org.kapfinder.server.search.IndexSnapshot;

/**
 * What the pages read from a snapshot besides searches and single records ({@code RecordLookup}):
 * the local guides (articles about one city, for the browse pages and the footer), read back from
 * the validated JSON the indexer stored; and the shape of a record id.
 */
final class IndexRecords {

  /** Ids are short slugs; anything else cannot name a record, so it is not looked up. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** More local guides than a corpus will plausibly hold. */
  private static final int MAX_GUIDES = 1_000;

  private IndexRecords() {}

  /** True when {@code id} has the shape of a record id, so that it is worth looking up. */
  static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
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
}
