package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.kapfinder.index.build.PlaceDocuments;
import org.kapfinder.index.geo.PlaceAlias;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.schema.PlaceFields;
import org.kapfinder.server.search.SuggestService.Kind;
import org.kapfinder.server.search.SuggestService.Ranked;
import org.kapfinder.server.search.SuggestService.Suggestion;

/** The places autocomplete offers for what has been typed ({@link SuggestService}). */
final class PlaceSuggestions {

  /**
   * A place this large matched at a later word ranks as if matched at its first: "york" is New
   * York, "angeles" Los Angeles, "carolina" North Carolina.
   */
  static final long LATER_WORD_CITY_POPULATION = 250_000;

  /** A place matched by words that name a term ranks after the term, unless it is large. */
  static final int AFTER_NAMED_TERM = WordPrefixes.LATER_WORD + 1;

  /** The kinds of place autocomplete offers: cities, states and regions' other names. */
  private static final Query PLACE_KINDS =
      new TermInSetQuery(
          PlaceFields.KIND,
          List.of(
              new BytesRef(PlaceFields.KIND_CITY),
              new BytesRef(PlaceFields.KIND_STATE),
              new BytesRef(PlaceFields.KIND_ALIAS)));

  private static final Query CITY_KIND =
      new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_CITY));

  /**
   * Cities, states and regions ("Long Island"), most populous first (a region by the city it is
   * searched from). The text is normalised as place names are (so "st lo" finds Saint Louis); a
   * last word that is itself an abbreviation ("st") is expanded too.
   *
   * @param typedNamesATerm whether the typed words name a term, after which places of fewer than
   *     {@link #LATER_WORD_CITY_POPULATION} people rank
   */
  static List<Ranked> places(IndexSnapshot snapshot, String typedText, boolean typedNamesATerm)
      throws IOException {
    String normalized = snapshot.placeData().names().normalize(typedText);
    if (normalized.isEmpty()) {
      return List.of();
    }
    List<String> typed = Arrays.asList(normalized.split(" "));
    Map<String, Ranked> out = new LinkedHashMap<>();
    for (PlaceHit hit : placeHits(snapshot, typed, PLACE_KINDS)) {
      int match = WordPrefixes.match(hit.words(), typed);
      if (match == WordPrefixes.NO_MATCH) {
        continue;
      }
      if (hit.population() >= LATER_WORD_CITY_POPULATION) {
        match = WordPrefixes.AT_START;
      }
      if (typedNamesATerm && hit.population() < LATER_WORD_CITY_POPULATION) {
        match = AFTER_NAMED_TERM;
      }
      out.putIfAbsent(hit.label(), hit.ranked(match));
    }
    // A short name typed whole, which the search reads as a city ("nyc", "philly", "chi town"):
    // the city, before the places whose names start so.
    for (String label : aliasedCities(snapshot, normalized)) {
      out.putIfAbsent(
          label,
          new Ranked(
              new Suggestion(label, Kind.PLACE, label, null),
              WordPrefixes.AT_START,
              Long.MIN_VALUE));
    }
    // A city's whole name followed by the start of its state: "austin t", "portland or", "buffalo
    // new y".
    for (int stateWords = 1; stateWords <= 2 && stateWords < typed.size(); stateWords++) {
      List<String> cityTyped = typed.subList(0, typed.size() - stateWords);
      List<String> stateTyped = typed.subList(typed.size() - stateWords, typed.size());
      // The index is asked only when some state starts so ("ketamine for d" may; "iv for pt" not).
      boolean someState =
          snapshot.placeData().states().values().stream()
              .anyMatch(state -> stateStartsAs(state, stateTyped));
      if (!someState) {
        continue;
      }
      for (PlaceHit hit : placeHits(snapshot, cityTyped, CITY_KIND)) {
        if (hit.words().equals(cityTyped)
            && stateStartsAs(snapshot.placeData().states().get(hit.state()), stateTyped)) {
          out.putIfAbsent(hit.label(), hit.ranked(WordPrefixes.AT_START));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The labels of the cities an alias typed whole stands for, but the regions', which are offered
   * by their own names ("Long Island").
   */
  private static List<String> aliasedCities(IndexSnapshot snapshot, String normalized)
      throws IOException {
    Query typedWhole =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(PlaceFields.KEY, normalized)), Occur.FILTER)
            .add(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_ALIAS)), Occur.FILTER)
            .build();
    IndexSearcher places = snapshot.places();
    List<String> labels = new ArrayList<>();
    for (ScoreDoc hit : places.search(typedWhole, SuggestService.CANDIDATES_PER_KIND).scoreDocs) {
      PlaceAlias alias = PlaceDocuments.alias(storedPlace(snapshot, hit.doc));
      if (!alias.isState() && !alias.isSuggested()) {
        labels.add(PlaceResolution.label(alias.name(), alias.state(), false));
      }
    }
    return labels;
  }

  /** Whether the words typed start the state's name, or (one word) its postal code. */
  private static boolean stateStartsAs(UsState state, List<String> typed) {
    if (state == null) {
      return false;
    }
    List<String> name = WordPrefixes.words(state.name());
    if (typed.size() == 1 && state.code().toLowerCase(Locale.ROOT).startsWith(typed.get(0))) {
      return true;
    }
    return WordPrefixes.match(name, typed) == WordPrefixes.AT_START;
  }

  /** A place the autocomplete terms matched, with its name's words and its label. */
  private record PlaceHit(List<String> words, String label, String state, long population) {

    Ranked ranked(int match) {
      return new Ranked(new Suggestion(label, Kind.PLACE, label, null), match, -population);
    }
  }

  /**
   * The places of the given kinds whose names have words starting as typed, most populous first.
   */
  private static List<PlaceHit> placeHits(IndexSnapshot snapshot, List<String> typed, Query kinds)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : typed) {
      query.add(
          new TermQuery(new Term(PlaceFields.NAME_PREFIX, WordPrefixes.indexTerm(word))),
          Occur.FILTER);
    }
    query.add(kinds, Occur.FILTER);
    IndexSearcher places = snapshot.places();
    Sort byPopulation = new Sort(new SortField(PlaceFields.POPULATION, SortField.Type.LONG, true));
    List<PlaceHit> out = new ArrayList<>();
    for (ScoreDoc hit :
        places.search(query.build(), SuggestService.CANDIDATES_PER_KIND, byPopulation).scoreDocs) {
      Document doc = storedPlace(snapshot, hit.doc);
      String kind = doc.get(PlaceFields.KIND);
      // Only a region's alias has autocomplete terms; its label is the name to show.
      String name =
          PlaceFields.KIND_ALIAS.equals(kind)
              ? doc.get(PlaceFields.LABEL)
              : doc.get(PlaceFields.NAME);
      List<String> words = Arrays.asList(snapshot.placeData().names().normalize(name).split(" "));
      long population = doc.getField(PlaceFields.POPULATION).numericValue().longValue();
      boolean state = PlaceFields.KIND_STATE.equals(kind);
      String label = PlaceResolution.label(name, doc.get(PlaceFields.STATE), state);
      out.add(new PlaceHit(words, label, doc.get(PlaceFields.STATE), population));
    }
    return out;
  }

  /**
   * The stored fields of a city, state or alias: held in memory for recognising places, and read
   * from the index only if not there. Reading each of up to a hundred candidates from the index,
   * decompressing a block of places for each, was half of a suggestion's samples in a profile;
   * without it, suggestions take 0.85 times as long.
   */
  private static Document storedPlace(IndexSnapshot snapshot, int doc) throws IOException {
    Document held = snapshot.placeKeys().document(doc);
    return held != null ? held : snapshot.places().storedFields().document(doc);
  }

  private PlaceSuggestions() {}
}
