package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.kapfinder.index.schema.PlaceFields;

/**
 * The cities, states and aliases of the places index by their keys, with their stored fields, held
 * in memory for the life of a snapshot: what recognising a place in a query's words looks up. Every
 * span of up to a few words is a possible name ("chronic pain", "near me", "me" for Maine), and
 * searching the places index for all of them and reading the hits' stored fields took about a
 * twentieth of a blended search's time at 1,000,000 providers. About 17,000 documents.
 */
final class PlaceKeyTable {

  private static final Set<String> KINDS =
      Set.of(PlaceFields.KIND_CITY, PlaceFields.KIND_STATE, PlaceFields.KIND_ALIAS);

  /** The documents of each key, in document order. */
  private final Map<String, int[]> docsByKey;

  /** The stored fields of the documents of {@link #docsByKey}, by document; null for others. */
  private final Document[] documents;

  private PlaceKeyTable(Map<String, int[]> docsByKey, Document[] documents) {
    this.docsByKey = docsByKey;
    this.documents = documents;
  }

  static PlaceKeyTable load(IndexReader places) throws IOException {
    Map<String, IntStream.Builder> byKey = new HashMap<>();
    for (LeafReaderContext leaf : places.leaves()) {
      FixedBitSet ofKinds = new FixedBitSet(leaf.reader().maxDoc());
      for (String kind : KINDS) {
        PostingsEnum docs = leaf.reader().postings(new Term(PlaceFields.KIND, kind));
        if (docs != null) {
          ofKinds.or(docs);
        }
      }
      Terms keys = leaf.reader().terms(PlaceFields.KEY);
      TermsEnum key = keys == null ? TermsEnum.EMPTY : keys.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = key.next(); term != null; term = key.next()) {
        postings = key.postings(postings, PostingsEnum.NONE);
        IntStream.Builder docs = null;
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (ofKinds.get(doc)) {
            if (docs == null) {
              docs = byKey.computeIfAbsent(term.utf8ToString(), ignored -> IntStream.builder());
            }
            docs.add(leaf.docBase + doc);
          }
        }
      }
    }
    Map<String, int[]> docsByKey = new HashMap<>();
    Document[] documents = new Document[places.maxDoc()];
    StoredFields stored = places.storedFields();
    for (Map.Entry<String, IntStream.Builder> entry : byKey.entrySet()) {
      int[] docs = entry.getValue().build().sorted().toArray();
      docsByKey.put(entry.getKey(), docs);
      for (int doc : docs) {
        if (documents[doc] == null) {
          documents[doc] = stored.document(doc);
        }
      }
    }
    return new PlaceKeyTable(docsByKey, documents);
  }

  /**
   * The documents of any of the keys, in document order, at most {@code max}: those a search of the
   * places index for the keys and kinds would find first.
   */
  int[] docs(Collection<String> keys, int max) {
    return keys.stream()
        .map(docsByKey::get)
        .filter(Objects::nonNull)
        .flatMapToInt(Arrays::stream)
        .sorted()
        .distinct()
        .limit(max)
        .toArray();
  }

  /**
   * The stored fields of a city, state or alias with a key, such as {@link #docs} gives; null for
   * any other document.
   */
  Document document(int doc) {
    return documents[doc];
  }
}
