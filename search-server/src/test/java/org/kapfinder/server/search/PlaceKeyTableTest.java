package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.schema.PlaceFields;

/**
 * The in-memory table of place keys against a search of the places index for the same keys and
 * kinds, over the bundled gazetteer: the same documents in the same order, with the same stored
 * fields.
 */
class PlaceKeyTableTest {

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  private final IndexSearcher places = sample.snapshot().places();
  private final PlaceKeyTable table = sample.snapshot().placeKeys();

  @Test
  void findsWhatASearchOfThePlacesIndexFinds() throws Exception {
    List<String> allKeys = new ArrayList<>();
    TermsEnum terms = MultiTerms.getTerms(places.getIndexReader(), PlaceFields.KEY).iterator();
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      allKeys.add(term.utf8ToString());
    }
    assertThat(allKeys).hasSizeGreaterThan(10_000).contains("austin", "tx", "78701");
    Random random = new Random(20261201L);
    int found = 0;
    for (int round = 0; round < 400; round++) {
      List<String> keys = new ArrayList<>();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        keys.add(random.nextInt(4) == 0 ? "no such place " + i : pick(allKeys, random));
      }
      int max = random.nextBoolean() ? 500 : 1 + random.nextInt(3);
      int[] expected = search(keys, max);
      assertThat(table.docs(keys, max)).as(keys.toString()).containsExactly(expected);
      for (int doc : expected) {
        Document stored = places.storedFields().document(doc);
        assertThat(table.document(doc).get(PlaceFields.NAME))
            .isEqualTo(stored.get(PlaceFields.NAME));
        assertThat(table.document(doc).get(PlaceFields.KIND))
            .isEqualTo(stored.get(PlaceFields.KIND));
      }
      found += expected.length;
    }
    assertThat(found).isGreaterThan(500);
  }

  private static String pick(List<String> keys, Random random) {
    return keys.get(random.nextInt(keys.size()));
  }

  /** The documents the places index gives for the keys, of the kinds place recognition reads. */
  private int[] search(List<String> keys, int max) throws Exception {
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(PlaceFields.KEY, keys.stream().map(BytesRef::new).toList()),
                Occur.FILTER)
            .add(
                new TermInSetQuery(
                    PlaceFields.KIND,
                    List.of(
                        new BytesRef(PlaceFields.KIND_CITY),
                        new BytesRef(PlaceFields.KIND_STATE),
                        new BytesRef(PlaceFields.KIND_ALIAS))),
                Occur.FILTER)
            .build();
    ScoreDoc[] hits = places.search(query, max).scoreDocs;
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    return docs;
  }
}
