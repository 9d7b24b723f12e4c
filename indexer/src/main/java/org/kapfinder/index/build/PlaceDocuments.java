package org.kapfinder.index.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.geo.PlaceAbroad;
import org.kapfinder.index.geo.PlaceAlias;
import org.kapfinder.index.geo.PlaceNames;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.geo.ZipCode;
import org.kapfinder.index.schema.PlaceFields;

/**
 * Copies the gazetteer into the places index: one document per ZIP, place, state, alias and
 * abbreviation. The index then carries everything the server needs to understand places, so that a
 * generation is self-contained and the server never reads the corpus folder.
 */
public final class PlaceDocuments {

  private final Gazetteer gazetteer;
  private final PlaceNames names;

  public PlaceDocuments(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = gazetteer.names();
  }

  public List<Document> all() {
    List<Document> docs = new ArrayList<>();
    for (UsState state : gazetteer.states().values()) {
      Document doc =
          base(
              PlaceFields.KIND_STATE,
              state.name(),
              state.code(),
              state.labelLat(),
              state.labelLon(),
              state.population());
      doc.add(key(names.normalize(state.name())));
      doc.add(key(state.code().toLowerCase(Locale.ROOT)));
      doc.add(
          new StoredField(
              PlaceFields.BOUNDARY,
              gazetteer.boundaries().geometryJsonByState().get(state.code())));
      docs.add(doc);
    }
    for (Place place : gazetteer.places()) {
      Document doc =
          base(
              PlaceFields.KIND_CITY,
              place.name(),
              place.state(),
              place.lat(),
              place.lon(),
              place.population());
      doc.add(key(names.normalize(place.name())));
      doc.add(new StoredField("geonameId", place.id()));
      docs.add(doc);
    }
    for (ZipCode zip : gazetteer.zips().values()) {
      Document doc = base(PlaceFields.KIND_ZIP, zip.zip(), zip.state(), zip.lat(), zip.lon(), 0);
      doc.add(key(zip.zip()));
      doc.add(new StoredField(PlaceFields.CITY_OF_ZIP, zip.city()));
      docs.add(doc);
    }
    for (PlaceAbroad place : gazetteer.abroad()) {
      // No key, name prefix or state: never a place to search, only the nearest to a point.
      Document doc = new Document();
      doc.add(new StringField(PlaceFields.KIND, PlaceFields.KIND_ABROAD, Field.Store.YES));
      doc.add(new StoredField(PlaceFields.NAME, place.name()));
      doc.add(new StoredField(PlaceFields.COUNTRY, place.country()));
      doc.add(new LatLonPoint(PlaceFields.LOCATION, place.lat(), place.lon()));
      doc.add(new LatLonDocValuesField(PlaceFields.LOCATION, place.lat(), place.lon()));
      docs.add(doc);
    }
    for (PlaceAlias alias : gazetteer.aliases()) {
      Document doc = new Document();
      doc.add(new StringField(PlaceFields.KIND, PlaceFields.KIND_ALIAS, Field.Store.YES));
      doc.add(key(names.normalize(alias.alias())));
      doc.add(new StoredField(PlaceFields.KEY_STORED, alias.alias()));
      doc.add(new StoredField(PlaceFields.ALIAS_KIND, alias.kind()));
      doc.add(new StringField(PlaceFields.STATE, alias.state(), Field.Store.YES));
      if (alias.name() != null && !alias.name().isEmpty()) {
        doc.add(new StoredField(PlaceFields.NAME, alias.name()));
      }
      if (alias.isSuggested()) {
        addSuggestedRegion(doc, alias);
      }
      docs.add(doc);
    }
    names
        .abbreviations()
        .forEach(
            (abbreviation, expansion) -> {
              Document doc = new Document();
              doc.add(
                  new StringField(
                      PlaceFields.KIND, PlaceFields.KIND_ABBREVIATION, Field.Store.YES));
              doc.add(key(abbreviation));
              doc.add(new StoredField(PlaceFields.KEY_STORED, abbreviation));
              doc.add(new StoredField(PlaceFields.NAME, expansion));
              docs.add(doc);
            });
    return docs;
  }

  /**
   * Autocomplete for a region ("long isl" finds Long Island), ranked among the places by the
   * population of the city it is searched from.
   */
  private void addSuggestedRegion(Document doc, PlaceAlias alias) {
    long population =
        gazetteer.place(alias.name(), alias.state()).map(Place::population).orElse(0L);
    doc.add(new StoredField(PlaceFields.LABEL, alias.label()));
    doc.add(new TextField(PlaceFields.NAME_PREFIX, names.normalize(alias.label()), Field.Store.NO));
    doc.add(new NumericDocValuesField(PlaceFields.POPULATION, population));
    doc.add(new StoredField(PlaceFields.POPULATION, population));
  }

  private Document base(
      String kind, String name, String state, double lat, double lon, long population) {
    Document doc = new Document();
    doc.add(new StringField(PlaceFields.KIND, kind, Field.Store.YES));
    doc.add(new StoredField(PlaceFields.NAME, name));
    // Autocomplete: edge n-grams of the name ("bo" finds Boise and Boston).
    doc.add(new TextField(PlaceFields.NAME_PREFIX, names.normalize(name), Field.Store.NO));
    doc.add(new StringField(PlaceFields.STATE, state, Field.Store.YES));
    doc.add(new NumericDocValuesField(PlaceFields.POPULATION, population));
    doc.add(new StoredField(PlaceFields.POPULATION, population));
    doc.add(new LatLonPoint(PlaceFields.LOCATION, lat, lon));
    doc.add(new LatLonDocValuesField(PlaceFields.LOCATION, lat, lon));
    doc.add(new StoredField(PlaceFields.LAT, lat));
    doc.add(new StoredField(PlaceFields.LON, lon));
    return doc;
  }

  private static StringField key(String key) {
    return new StringField(PlaceFields.KEY, key, Field.Store.NO);
  }

  /** The alias a place document of kind alias holds, as {@link #all} wrote it. */
  public static PlaceAlias alias(Document doc) {
    return new PlaceAlias(
        doc.get(PlaceFields.KEY_STORED),
        doc.get(PlaceFields.ALIAS_KIND),
        doc.get(PlaceFields.STATE),
        doc.get(PlaceFields.NAME),
        Objects.requireNonNullElse(doc.get(PlaceFields.LABEL), ""));
  }
}
