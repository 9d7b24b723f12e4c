package org.kapfinder.index.build;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.spatial.prefix.RecursivePrefixTreeStrategy;
import org.apache.lucene.util.BytesRef;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.geo.PlaceNames;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.ServiceAreas;
import org.kapfinder.index.schema.SpatialOrder;
import org.kapfinder.index.schema.SpellingField;
import org.kapfinder.index.schema.WireEnum;

/**
 * Turns a validated {@link Provider} into its Lucene document. The comment beside each field says
 * why it is indexed the way it is. Not thread-safe only in that the strategy is shared; documents
 * may be built from several threads.
 */
public final class ProviderDocuments {

  /** Ratings are shrunk towards this prior so that one 5-star review does not outrank fifty. */
  private static final double PRIOR_RATING = 3.5;

  private static final int PRIOR_REVIEWS = 5;

  /** Days after which a verification counts half as fresh as one made today. */
  private static final double RECENCY_HALF_DAYS = 180;

  /**
   * The text fields ranked by BM25: terms with their frequencies and the field's length (norms),
   * but no positions. No provider search is positional (a synonym of several words becomes a
   * conjunction of its words, not a phrase), and positions took 5% of the index on disk.
   */
  private static final FieldType RANKED_TEXT = rankedTextType();

  /**
   * Words with their documents only, as the spelling dictionary holds them, for autocomplete, which
   * finds the last word typed as the start of one. Not each word's edge n-grams, which would let it
   * find that word with one term: a name has about 27 of them against 4 words, a fifth of all the
   * terms of a provider's document.
   */
  private static final FieldType WORDS = SpellingField.TYPE;

  /** {@link #WORDS}, and the text stored as written. */
  private static final FieldType STORED_WORDS = stored(WORDS);

  /**
   * How many distinct values of each kind are remembered: more than the gazetteer's cities, a few
   * megabytes at most.
   */
  private static final int MAX_REMEMBERED = 100_000;

  /** Each condition's, route's and clinician's words for the ranked text ({@link #labels}). */
  private static final BoundedMemo<WireEnum, String> LABELS =
      new BoundedMemo<>(ProviderDocuments::label, MAX_REMEMBERED);

  private final RecursivePrefixTreeStrategy serviceAreas = ServiceAreas.strategy();

  /**
   * Keyword values as the UTF-8 terms Lucene indexes: some twenty per provider, nearly all from a
   * few hundred values, converted once rather than for every field. Lucene copies a term's bytes
   * and never changes them, so one term serves every document. Kept for one build: a server that
   * rebuilds its sample index does not keep them.
   */
  private final BoundedMemo<String, BytesRef> terms =
      new BoundedMemo<>(BytesRef::new, MAX_REMEMBERED);

  private final PlaceNames placeNames;
  private final LocalDate today;

  /**
   * @param today the reference date for the freshness of {@code lastVerified}
   */
  public ProviderDocuments(PlaceNames placeNames, LocalDate today) {
    this.placeNames = placeNames;
    this.today = today;
  }

  /**
   * @param record the provider's record in {@link ProviderRecordFormat}, stored as it is
   * @param curveKey the provider's {@link #curveKey}, which the caller has already taken to put the
   *     providers in order
   */
  public Document toDocument(byte[] record, long curveKey) {
    Provider provider = ProviderRecordFormat.decode(new BytesRef(record));
    Document doc = new Document();
    // Exact-match lookups (GET /providers/{id}). No doc values: nothing sorts or counts by id, and
    // a million distinct values would cost every flush and merge the sorting of their dictionary.
    doc.add(new StringField(ProviderFields.ID, provider.id(), Field.Store.YES));

    // BM25 text: each field weighted separately at query time.
    doc.add(new Field(ProviderFields.NAME, provider.name(), RANKED_TEXT));
    // Autocomplete: "lady b" finds Lady Bird Lake by its words, the last one typed as the start of
    // a word; the stored name is the suggestion's text.
    doc.add(new Field(ProviderFields.NAME_WORDS, provider.name(), STORED_WORDS));
    doc.add(new Field(ProviderFields.NAME_FIRST_WORD, provider.name(), WORDS));
    if (provider.description() != null) {
      doc.add(new Field(ProviderFields.DESCRIPTION, provider.description(), RANKED_TEXT));
    }
    doc.add(new Field(ProviderFields.CONDITIONS_TEXT, labels(provider.conditions()), RANKED_TEXT));
    doc.add(new Field(ProviderFields.ROUTES_TEXT, labels(provider.routes()), RANKED_TEXT));
    // Plain words of name and description, the dictionary of "did you mean": two values of one
    // field, which index the same terms as the two joined would, without copying the description.
    doc.add(SpellingField.of(provider.name()));
    if (provider.description() != null) {
      doc.add(SpellingField.of(provider.description()));
    }

    // Keywords: a term for filters, doc values for facet counts.
    keyword(doc, ProviderFields.TYPE, provider.type().wireName());
    provider.modes().forEach(mode -> keyword(doc, ProviderFields.MODE, mode.wireName()));
    provider.routes().forEach(route -> keyword(doc, ProviderFields.ROUTE, route.wireName()));
    provider
        .conditions()
        .forEach(condition -> keyword(doc, ProviderFields.CONDITION, condition.wireName()));
    provider
        .clinicians()
        .forEach(clinician -> keyword(doc, ProviderFields.CLINICIAN, clinician.wireName()));
    provider.languages().forEach(language -> keyword(doc, ProviderFields.LANGUAGE, language));
    provider
        .memberships()
        .forEach(membership -> keyword(doc, ProviderFields.MEMBERSHIP, membership));
    provider.servesStates().forEach(state -> keyword(doc, ProviderFields.SERVES_STATE, state));
    if (provider.address() != null) {
      keyword(doc, ProviderFields.STATE, provider.address().state());
      keyword(doc, ProviderFields.CITY, placeNames.normalize(provider.address().city()));
    }
    keyword(doc, ProviderFields.INSURANCE, insurance(provider));
    if (provider.insurance() != null) {
      for (String plan : provider.insurance().plans()) {
        keyword(doc, ProviderFields.INSURANCE_PLAN, plan.toLowerCase(Locale.ROOT));
      }
    }
    if (provider.pricing() != null && Boolean.TRUE.equals(provider.pricing().slidingScale())) {
      keyword(doc, ProviderFields.SLIDING_SCALE, "true");
    }
    keyword(doc, ProviderFields.PSYCHOTHERAPY, Boolean.toString(provider.psychotherapy()));
    keyword(
        doc,
        ProviderFields.ACCEPTING_NEW_PATIENTS,
        provider.acceptingNewPatients() == null
            ? ProviderFields.UNKNOWN
            : provider.acceptingNewPatients().toString());

    // Price: a point for "at most $X" filters, doc values for sorting and price bands.
    if (provider.pricing() != null && provider.pricing().sessionMinUsd() != null) {
      double minUsd = provider.pricing().sessionMinUsd();
      doc.add(new DoublePoint(ProviderFields.SESSION_MIN_USD, minUsd));
      doc.add(new DoubleDocValuesField(ProviderFields.SESSION_MIN_USD, minUsd));
    }

    if (provider.location() != null) {
      double lat = provider.location().lat();
      double lon = provider.location().lon();
      keyword(doc, ProviderFields.LOCATION_PRECISION, provider.locationPrecision().wireName());
      // The point three ways: BKD filter, doc values for sorting and the distance feature, stored.
      doc.add(new LatLonPoint(ProviderFields.LOCATION, lat, lon));
      doc.add(new LatLonDocValuesField(ProviderFields.LOCATION, lat, lon));
      doc.add(new StoredField(ProviderFields.LOCATION, lat + "," + lon));
      if (provider.isInPerson()) {
        keyword(doc, ProviderFields.REACH, ProviderFields.REACH_IN_PERSON);
      }
      if (provider.isMobile()) {
        keyword(doc, ProviderFields.REACH, ProviderFields.REACH_MOBILE);
        // The circle as prefix-tree cells finds candidates; the radius confirms them exactly.
        for (Field field :
            serviceAreas.createIndexableFields(
                ServiceAreas.circle(lat, lon, provider.serviceRadiusMiles()))) {
          doc.add(field);
        }
        doc.add(
            new DoubleDocValuesField(
                ProviderFields.SERVICE_RADIUS_MILES, provider.serviceRadiusMiles()));
      }
    }
    doc.add(new NumericDocValuesField(ProviderFields.SPATIAL_ORDER, curveKey));
    if (provider.treatsRemotely()) {
      // Reachable from anywhere in its licensed states, because the treatment happens at home.
      keyword(doc, ProviderFields.REACH, ProviderFields.REACH_TELEHEALTH);
    }

    addQualityFeatures(doc, provider);
    doc.add(new StoredField(ProviderFields.SOURCE, record));
    return doc;
  }

  private static FieldType rankedTextType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType stored(FieldType indexed) {
    FieldType type = new FieldType(indexed);
    type.setStored(true);
    type.freeze();
    return type;
  }

  /** The provider's place in the index's order ({@link SpatialOrder}). */
  static long curveKey(Provider provider) {
    return provider.location() == null
        ? SpatialOrder.NO_POINT
        : SpatialOrder.key(provider.location().lat(), provider.location().lon());
  }

  /** Ranking signals as features, so that the query can weigh them with saturation functions. */
  private void addQualityFeatures(Document doc, Provider provider) {
    if (provider.rating() != null) {
      double average = provider.rating().average();
      int count = provider.rating().count();
      double shrunk = (average * count + PRIOR_RATING * PRIOR_REVIEWS) / (count + PRIOR_REVIEWS);
      doc.add(
          new FeatureField(ProviderFields.QUALITY, ProviderFields.QUALITY_RATING, (float) shrunk));
      doc.add(
          new FeatureField(
              ProviderFields.QUALITY,
              ProviderFields.QUALITY_REVIEWS,
              (float) Math.log1p(count) + Float.MIN_NORMAL));
    }
    if (provider.lastVerified() != null) {
      long days =
          Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(provider.lastVerified()), today));
      float freshness = (float) (RECENCY_HALF_DAYS / (RECENCY_HALF_DAYS + days));
      doc.add(new FeatureField(ProviderFields.QUALITY, ProviderFields.QUALITY_RECENCY, freshness));
    }
    doc.add(
        new FeatureField(
            ProviderFields.QUALITY, ProviderFields.QUALITY_COMPLETENESS, completeness(provider)));
  }

  /** Share of the optional facts a searcher needs to decide that the record gives. */
  static float completeness(Provider provider) {
    boolean[] present = {
      provider.description() != null,
      !provider.conditions().isEmpty(),
      !provider.clinicians().isEmpty(),
      provider.pricing() != null,
      provider.insurance() != null,
      provider.acceptingNewPatients() != null,
      provider.rating() != null,
      provider.phone() != null,
      provider.website() != null,
      provider.lastVerified() != null,
    };
    int count = 0;
    for (boolean fact : present) {
      count += fact ? 1 : 0;
    }
    // FeatureField needs a positive value; an empty record still scores a little above zero.
    return Math.max(0.01f, count / (float) present.length);
  }

  private static String insurance(Provider provider) {
    if (provider.insurance() == null || provider.insurance().accepted() == null) {
      return ProviderFields.UNKNOWN;
    }
    return provider.insurance().accepted().toString();
  }

  /** Labels and wire names, so "Treatment-resistant depression" and "trd" both match. */
  private static <E extends Enum<E> & WireEnum> String labels(List<E> values) {
    StringBuilder text = new StringBuilder();
    for (E value : values) {
      text.append(LABELS.get(value));
    }
    return text.toString();
  }

  private static String label(WireEnum value) {
    String label = value.label() + ". ";
    if (value instanceof Condition || value instanceof Route || value instanceof Clinician) {
      label += value.wireName().replace('_', ' ') + ". ";
    }
    return label;
  }

  /** A term for filters and doc values for facet counts, as one field: one pass of the writer. */
  private void keyword(Document doc, String field, String value) {
    doc.add(new KeywordField(field, terms.get(value), Field.Store.NO));
  }
}
