package org.kapfinder.index.build;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.RecordJson;
import org.kapfinder.index.schema.SpellingField;

/** Turns a validated {@link Article} into its Lucene document. */
public final class ArticleDocuments {

  /**
   * Stored, analysed text whose postings carry offsets, so the highlighter needs no re-analysis.
   */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  public Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ArticleFields.ID, article.id(), Field.Store.YES));
    doc.add(new SortedSetDocValuesField(ArticleFields.ID, new BytesRef(article.id())));
    doc.add(new Field(ArticleFields.TITLE, article.title(), TEXT_WITH_OFFSETS));
    // Autocomplete by the start of any word of the title; the stored title above is shown.
    doc.add(new TextField(ArticleFields.TITLE_PREFIX, article.title(), Field.Store.NO));
    doc.add(new Field(ArticleFields.SUMMARY, article.summary(), TEXT_WITH_OFFSETS));
    doc.add(new Field(ArticleFields.BODY, article.text(), TEXT_WITH_OFFSETS));
    doc.add(new Field(ArticleFields.ANSWERS, article.answers(), TEXT_WITH_OFFSETS));
    doc.add(
        new TextField(
            ArticleFields.TAGS_TEXT,
            String.join(" ", article.tags()).replace('-', ' '),
            Field.Store.NO));
    doc.add(SpellingField.of(article.title() + " " + article.text()));
    article.tags().forEach(tag -> keyword(doc, ArticleFields.TAG, tag));
    article.conditions().forEach(c -> keyword(doc, ArticleFields.CONDITION, c.wireName()));
    if (!article.conditions().isEmpty()) {
      // "Ketamine for depression" lists treatment-resistant depression too, and the article on
      // it depression: the first names which article a search for the condition wants first.
      keyword(doc, ArticleFields.MAIN_CONDITION, article.conditions().get(0).wireName());
    }
    article.routes().forEach(r -> keyword(doc, ArticleFields.ROUTE, r.wireName()));
    if (article.isLocalGuide()) {
      keyword(doc, ArticleFields.STATE, article.state());
      keyword(doc, ArticleFields.CITY, article.city());
      double lat = article.location().lat();
      double lon = article.location().lon();
      // Local guides get a distance boost: the point as doc values feeds the distance feature.
      doc.add(new LatLonPoint(ArticleFields.LOCATION, lat, lon));
      doc.add(new LatLonDocValuesField(ArticleFields.LOCATION, lat, lon));
    }
    // Everything but the plain texts (already stored above) is returned from here.
    Article withoutText =
        new Article(
            article.id(),
            article.title(),
            article.summary(),
            article.tags(),
            article.conditions(),
            article.routes(),
            article.city(),
            article.state(),
            article.location(),
            article.published(),
            article.updated(),
            article.author(),
            article.html(),
            null,
            null);
    doc.add(new StoredField(ArticleFields.SOURCE, RecordJson.gson().toJson(withoutText)));
    return doc;
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}
