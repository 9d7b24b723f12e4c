package org.kapfinder.server.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.kapfinder.server.query.ProviderQueryBuilder;

/**
 * What the quality clauses ({@link ProviderQueryBuilder#QUALITY}) add to each provider's score,
 * scored once per index by Lucene's own scorers, so that a search can bound a match's score without
 * scoring it.
 */
final class QualityScores {

  private QualityScores() {}

  /** The quality score of every document of {@code reader}, by its id; 0 without any feature. */
  static float[] load(IndexReader reader) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    BooleanQuery.Builder quality = new BooleanQuery.Builder();
    ProviderQueryBuilder.QUALITY.forEach(clause -> quality.add(clause, Occur.SHOULD));
    Weight weight =
        searcher.createWeight(searcher.rewrite(quality.build()), ScoreMode.COMPLETE, 1f);
    float[] scores = new float[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        scores[leaf.docBase + doc] = scorer.score();
      }
    }
    return scores;
  }
}
