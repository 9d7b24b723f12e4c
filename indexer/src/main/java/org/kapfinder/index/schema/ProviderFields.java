package org.kapfinder.index.schema;

/**
 * Field names of the providers index. Defined once here and used by the indexer, which writes them,
 * and the server, which queries, sorts, counts and reads them; {@code ProviderDocuments} says how
 * each one is indexed and why.
 */
public final class ProviderFields {

  /** Unique id, as in the record. */
  public static final String ID = "id";

  // Analysed text (English analysis; domain synonyms are applied at query time), with term
  // frequencies and lengths for BM25 but no positions: no provider search is positional.
  public static final String NAME = "name";
  public static final String DESCRIPTION = "description";

  /**
   * The words of the name, lower-cased and folded, for autocomplete, which looks the last word
   * typed up as the start of these terms; stores the name as written.
   */
  public static final String NAME_WORDS = "name_words";

  /** The first of the {@link #NAME_WORDS}, so that names that start as typed come first. */
  public static final String NAME_FIRST_WORD = "name_first_word";

  /** Labels of the conditions treated, with their common names, for free-text matches. */
  public static final String CONDITIONS_TEXT = "conditions_text";

  /** Labels of the routes offered, with their common names, for free-text matches. */
  public static final String ROUTES_TEXT = "routes_text";

  // Keywords with doc values: every filter and facet.
  public static final String TYPE = "type";
  public static final String MODE = "mode";
  public static final String ROUTE = "route";
  public static final String CONDITION = "condition";
  public static final String CLINICIAN = "clinician";
  public static final String LANGUAGE = "language";
  public static final String MEMBERSHIP = "membership";

  /** USPS state of the address. */
  public static final String STATE = "state";

  /** Normalised city of the address ({@code PlaceNames}), for browse pages. */
  public static final String CITY = "city";

  /** States a telehealth provider may treat residents of. */
  public static final String SERVES_STATE = "serves_state";

  /** {@code true}, {@code false} or {@link #UNKNOWN} when the record does not say. */
  public static final String INSURANCE = "insurance";

  /** Insurance plans accepted, lower case ("aetna", "blue cross blue shield"). */
  public static final String INSURANCE_PLAN = "insurance_plan";

  /** {@code true} when the provider offers a sliding scale. */
  public static final String SLIDING_SCALE = "sliding_scale";

  public static final String PSYCHOTHERAPY = "psychotherapy";
  public static final String ACCEPTING_NEW_PATIENTS = "accepting_new_patients";
  public static final String LOCATION_PRECISION = "location_precision";

  /**
   * How a searcher can be served: {@code in_person} (has a place to visit), {@code mobile} (travels
   * within a radius), {@code telehealth} (treats residents of its licensed states at home:
   * telehealth visits and a self-administered route). One document may have several.
   */
  public static final String REACH = "reach";

  // Numbers.
  /** Cheapest session in USD; absent when the record gives no price. */
  public static final String SESSION_MIN_USD = "session_min_usd";

  /** How far a mobile provider travels, for the exact check of its service circle. */
  public static final String SERVICE_RADIUS_MILES = "service_radius_miles";

  // Geo.
  /** The provider's point: LatLonPoint (filter), LatLonDocValuesField (sort, distance feature). */
  public static final String LOCATION = "location";

  /** The provider's place along a Hilbert curve ({@link SpatialOrder}): the index's sort. */
  public static final String SPATIAL_ORDER = "spatial_order";

  /** A mobile provider's service circle, a spatial-extras prefix-tree shape. */
  public static final String SERVICE_AREA = "service_area";

  // Quality signals as FeatureField features.
  public static final String QUALITY = "quality";
  public static final String QUALITY_RATING = "rating";
  public static final String QUALITY_REVIEWS = "reviews";
  public static final String QUALITY_RECENCY = "recency";
  public static final String QUALITY_COMPLETENESS = "completeness";

  /**
   * Name and description as plain lower-case words (no stemming), the dictionary that "did you
   * mean" suggestions are drawn from.
   */
  public static final String SPELLING = "spelling";

  /** The validated record, in {@code ProviderRecordFormat}'s binary encoding. */
  public static final String SOURCE = "_source";

  public static final String UNKNOWN = "unknown";
  public static final String REACH_IN_PERSON = "in_person";
  public static final String REACH_MOBILE = "mobile";
  public static final String REACH_TELEHEALTH = "telehealth";

  private ProviderFields() {}
}
