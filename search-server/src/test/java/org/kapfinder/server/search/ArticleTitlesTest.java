package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.schema.ArticleFields;

/**
 * The articles' titles held in memory against the index's stored fields, over the bundled corpus.
 */
class ArticleTitlesTest {

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  @Test
  void holdsEachArticlesIdTitleAndWhetherItIsAGuideToOneCity() throws Exception {
    IndexSearcher articles = sample.snapshot().articles();
    ArticleTitles titles = sample.snapshot().articleTitles();
    Set<Integer> withPoint = new HashSet<>();
    int maxDoc = articles.getIndexReader().maxDoc();
    for (ScoreDoc hit :
        articles.search(new FieldExistsQuery(ArticleFields.LOCATION), maxDoc).scoreDocs) {
      withPoint.add(hit.doc);
    }
    assertThat(withPoint).isNotEmpty().hasSizeLessThan(maxDoc);
    assertThat(maxDoc).isGreaterThan(50);
    for (int doc = 0; doc < maxDoc; doc++) {
      Document stored = articles.storedFields().document(doc);
      assertThat(titles.id(doc)).isEqualTo(stored.get(ArticleFields.ID)).isNotBlank();
      assertThat(titles.title(doc)).isEqualTo(stored.get(ArticleFields.TITLE)).isNotBlank();
      assertThat(titles.isLocalGuide(doc)).as(titles.title(doc)).isEqualTo(withPoint.contains(doc));
    }
  }
}
