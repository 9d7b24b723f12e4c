package org.kapfinder.server.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches the documents of a list of whole-index document ids: a search's few candidates, found
 * from memory, to be scored by the search's own clauses.
 */
final class ListedDocsQuery extends Query {

  private final int[] docs;

  /**
   * @param docs whole-index document ids, in increasing order; not to be changed
   */
  ListedDocsQuery(int[] docs) {
    this.docs = docs;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        int from = firstAtLeast(context.docBase);
        int to = firstAtLeast(context.docBase + context.reader().maxDoc());
        if (from == to) {
          return null;
        }
        return new ConstantScoreScorer(
            this, score(), scoreMode, new Listed(context.docBase, from, to));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  /** The index in {@link #docs} of the first document at or after {@code doc}. */
  private int firstAtLeast(int doc) {
    int at = Arrays.binarySearch(docs, doc);
    return at >= 0 ? at : -at - 1;
  }

  /** The listed documents of one segment, as segment ids. */
  private final class Listed extends DocIdSetIterator {
    private final int docBase;
    private final int from;
    private final int to;
    private int index;
    private int doc = -1;

    Listed(int docBase, int from, int to) {
      this.docBase = docBase;
      this.from = from;
      this.to = to;
      this.index = from;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return doc = index < to ? docs[index++] - docBase : NO_MORE_DOCS;
    }

    @Override
    public int advance(int target) {
      while (index < to && docs[index] - docBase < target) {
        index++;
      }
      return nextDoc();
    }

    @Override
    public long cost() {
      return to - from;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "ListedDocs(" + docs.length + " documents)";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && Arrays.equals(docs, ((ListedDocsQuery) other).docs);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Arrays.hashCode(docs);
  }
}
