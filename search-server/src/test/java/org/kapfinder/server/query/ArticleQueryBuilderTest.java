package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class ArticleQueryBuilderTest {

  @Test
  void aCrisisSearchMatchesTheCrisisArticlesWhateverTheWordsAndRanksThemFirst() {
    assertThat(ArticleQueryBuilder.crisisFirst(new TermQuery(new Term("body", "die"))).toString())
        .isEqualTo("+(body:die ConstantScore(tag:crisis)) (ConstantScore(tag:crisis))^1000.0");
  }

  @Test
  void aSearchNamingKetamineAndNoOtherTherapyLiftsTheArticlesAboutKetamine() {
    assertThat(
            ArticleQueryBuilder.ketamineFirst(new TermQuery(new Term("body", "legal"))).toString())
        .isEqualTo("+body:legal (ConstantScore(+*:* -tag:related-therapies))^3.0");
  }
}
