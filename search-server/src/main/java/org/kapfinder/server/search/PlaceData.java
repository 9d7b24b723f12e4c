package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kapfinder.index.geo.PlaceAlias;
import org.kapfinder.index.geo.PlaceNames;
import org.kapfinder.index.geo.StateBoundaries;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.schema.PlaceFields;

/**
 * The small tables of the places index that every query consults, loaded once per generation:
 * states with their boundaries, aliases and abbreviations. The cities, states and aliases by their
 * keys, which recognising a place in a query looks up, are {@link PlaceKeyTable}'s; ZIPs and the
 * places autocomplete offers stay in the index and are searched per query.
 */
public final class PlaceData {

  private final Map<String, UsState> statesByCode;
  private final StateBoundaries boundaries;
  private final List<PlaceAlias> aliases;
  private final PlaceNames names;

  private PlaceData(
      Map<String, UsState> statesByCode,
      StateBoundaries boundaries,
      List<PlaceAlias> aliases,
      PlaceNames names) {
    this.statesByCode = Collections.unmodifiableMap(statesByCode);
    this.boundaries = boundaries;
    this.aliases = List.copyOf(aliases);
    this.names = names;
  }

  static PlaceData load(IndexSearcher places) throws IOException {
    Map<String, UsState> states = new LinkedHashMap<>();
    Map<String, String> geometries = new LinkedHashMap<>();
    Sort byState = new Sort(new SortField(PlaceFields.POPULATION, SortField.Type.LONG, true));
    for (Document doc : all(places, PlaceFields.KIND_STATE, byState)) {
      String code = doc.get(PlaceFields.STATE);
      states.put(
          code,
          new UsState(
              code,
              doc.get(PlaceFields.NAME),
              "",
              doc.getField(PlaceFields.LAT).numericValue().doubleValue(),
              doc.getField(PlaceFields.LON).numericValue().doubleValue(),
              doc.getField(PlaceFields.POPULATION).numericValue().longValue()));
      geometries.put(code, doc.get(PlaceFields.BOUNDARY));
    }
    List<PlaceAlias> aliases = new ArrayList<>();
    Map<String, String> abbreviations = new LinkedHashMap<>();
    for (Document doc : all(places, PlaceFields.KIND_ABBREVIATION, Sort.INDEXORDER)) {
      abbreviations.put(doc.get(PlaceFields.KEY_STORED), doc.get(PlaceFields.NAME));
    }
    for (Document doc : all(places, PlaceFields.KIND_ALIAS, Sort.INDEXORDER)) {
      aliases.add(
          new PlaceAlias(
              doc.get(PlaceFields.KEY_STORED),
              doc.get(PlaceFields.ALIAS_KIND),
              doc.get(PlaceFields.STATE),
              doc.get(PlaceFields.NAME),
              Objects.requireNonNullElse(doc.get(PlaceFields.LABEL), "")));
    }
    return new PlaceData(
        states, StateBoundaries.fromGeometries(geometries), aliases, new PlaceNames(abbreviations));
  }

  private static List<Document> all(IndexSearcher places, String kind, Sort sort)
      throws IOException {
    TermQuery query = new TermQuery(new Term(PlaceFields.KIND, kind));
    int count = Math.max(1, places.count(query));
    TopDocs top = places.search(query, count, sort);
    List<Document> docs = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      docs.add(places.storedFields().document(hit.doc));
    }
    return docs;
  }

  /** States by USPS code, most populous first. */
  public Map<String, UsState> states() {
    return statesByCode;
  }

  public StateBoundaries boundaries() {
    return boundaries;
  }

  public List<PlaceAlias> aliases() {
    return aliases;
  }

  /** Name normalisation with the gazetteer's abbreviations, exactly as the indexer applied it. */
  public PlaceNames names() {
    return names;
  }
}
