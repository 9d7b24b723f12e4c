package org.kapfinder.index.schema;

/** Field names of the places index (ZIPs, places, states and aliases from the gazetteer). */
public final class PlaceFields {

  /** {@code zip}, {@code city}, {@code state}, {@code alias} or {@code abroad}. */
  public static final String KIND = "kind";

  /** A normalised name ({@code PlaceNames}) or a ZIP; several per document for aliases. */
  public static final String KEY = "key";

  /** The alias or abbreviation as typed, stored (the indexed {@link #KEY} is not). */
  public static final String KEY_STORED = "key_stored";

  /** The name as shown, e.g. "Austin". */
  public static final String NAME = "name";

  /** Edge n-grams of the normalised name, for autocomplete. */
  public static final String NAME_PREFIX = "name_prefix";

  public static final String STATE = "state";
  public static final String POPULATION = "population";
  public static final String LOCATION = "location";
  public static final String LAT = "lat";
  public static final String LON = "lon";

  /** A ZIP document's primary city. */
  public static final String CITY_OF_ZIP = "city";

  /** An alias document's target kind, {@code city} or {@code state}. */
  public static final String ALIAS_KIND = "alias_kind";

  /** A region alias's name as autocomplete suggests it ("Long Island"), stored. */
  public static final String LABEL = "label";

  /** A state document's boundary, GeoJSON geometry text. */
  public static final String BOUNDARY = "boundary";

  public static final String KIND_ZIP = "zip";
  public static final String KIND_CITY = "city";
  public static final String KIND_STATE = "state";
  public static final String KIND_ALIAS = "alias";
  public static final String KIND_ABBREVIATION = "abbreviation";

  /**
   * A place outside the US near it: found only as the nearest place to a point, never by name, so
   * that a searcher in Toronto is not taken for one in New York.
   */
  public static final String KIND_ABROAD = "abroad";

  /** A place abroad's ISO country code. */
  public static final String COUNTRY = "country";

  private PlaceFields() {}
}
