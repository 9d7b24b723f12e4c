package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.kapfinder.index.build.PlaceDocuments;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.geo.PlaceAlias;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.PlaceFields;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.PlaceLookup;
import org.kapfinder.server.query.ResolvedPlace;

/** {@link PlaceLookup} over one snapshot's places index. Used for one request at a time. */
final class PlaceIndexLookup implements PlaceLookup {

  /** Enough for the commonest place names ("Springfield", "Franklin"). */
  private static final int MAX_CANDIDATES = 500;

  /**
   * Names within the edits that a misspelt city is compared with, the closest first: enough for
   * every town of a common name ("Chico", "Chicopee") and still the cities beyond them.
   */
  private static final int MAX_SPELLINGS_TRIED = 1_000;

  /** How far offshore a point may be and still take the nearest place's state. */
  private static final double OFFSHORE_MILES = 50;

  private static final Analyzer INDEX_ANALYZER = TextAnalyzers.englishAsIndexed();

  private final IndexSnapshot snapshot;
  private final PlaceData data;

  PlaceIndexLookup(IndexSnapshot snapshot) {
    this.snapshot = snapshot;
    this.data = snapshot.placeData();
  }

  @Override
  public Optional<ResolvedPlace> zip(String zip) throws IOException {
    IndexSearcher places = snapshot.places();
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(PlaceFields.KEY, zip)), Occur.FILTER)
            .add(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_ZIP)), Occur.FILTER)
            .build();
    TopDocs top = places.search(query, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc = places.storedFields().document(top.scoreDocs[0].doc);
    String state = doc.get(PlaceFields.STATE);
    return Optional.of(
        new ResolvedPlace(
            zip + " (" + doc.get(PlaceFields.CITY_OF_ZIP) + ", " + state + ")",
            number(doc, PlaceFields.LAT),
            number(doc, PlaceFields.LON),
            state,
            ResolvedPlace.KIND_ZIP,
            ResolvedPlace.SOURCE_QUERY));
  }

  @Override
  public Optional<ResolvedPlace> nearestZip(String zip, int maxGap) throws IOException {
    Terms keys = MultiTerms.getTerms(snapshot.places().getIndexReader(), PlaceFields.KEY);
    if (keys == null) {
      return Optional.empty();
    }
    // The ZIPs of an area share its first three digits, and sort by number among the keys.
    String area = zip.substring(0, 3);
    int wanted = Integer.parseInt(zip);
    TermsEnum terms = keys.iterator();
    String nearest = null;
    int nearestGap = maxGap + 1;
    if (terms.seekCeil(new BytesRef(area)) != TermsEnum.SeekStatus.END) {
      for (BytesRef term = terms.term(); term != null; term = terms.next()) {
        String key = term.utf8ToString();
        if (!key.startsWith(area)) {
          break;
        }
        if (key.length() == zip.length() && key.chars().allMatch(Character::isDigit)) {
          int gap = Math.abs(Integer.parseInt(key) - wanted);
          if (gap < nearestGap) {
            nearest = key;
            nearestGap = gap;
          }
        }
      }
    }
    if (nearest == null) {
      return Optional.empty();
    }
    return zip(nearest)
        .map(
            known ->
                new ResolvedPlace(
                    zip + ", taken as " + known.label(),
                    known.lat(),
                    known.lon(),
                    known.state(),
                    known.kind(),
                    known.source()));
  }

  @Override
  public boolean isPlaceName(String name) throws IOException {
    return snapshot.places().getIndexReader().docFreq(new Term(PlaceFields.KEY, normalize(name)))
        > 0;
  }

  @Override
  public List<Candidate> candidates(Collection<String> keys) throws IOException {
    List<Candidate> out = new ArrayList<>();
    if (keys.isEmpty()) {
      return out;
    }
    PlaceKeyTable table = snapshot.placeKeys();
    for (int hit : table.docs(keys, MAX_CANDIDATES)) {
      Document doc = table.document(hit);
      String kind = doc.get(PlaceFields.KIND);
      switch (kind) {
        case PlaceFields.KIND_CITY -> {
          String key = data.names().normalize(doc.get(PlaceFields.NAME));
          out.add(
              new Candidate(
                  key,
                  Candidate.CITY,
                  doc.get(PlaceFields.NAME),
                  doc.get(PlaceFields.STATE),
                  number(doc, PlaceFields.POPULATION).longValue(),
                  number(doc, PlaceFields.LAT),
                  number(doc, PlaceFields.LON)));
        }
        case PlaceFields.KIND_STATE -> {
          UsState state = data.states().get(doc.get(PlaceFields.STATE));
          for (String key :
              List.of(
                  data.names().normalize(state.name()), state.code().toLowerCase(Locale.ROOT))) {
            if (keys.contains(key)) {
              out.add(stateCandidate(key, state));
            }
          }
        }
        default -> aliasCandidate(doc, keys).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Candidate> aliasCandidate(Document doc, Collection<String> keys)
      throws IOException {
    PlaceAlias alias = PlaceDocuments.alias(doc);
    String key = data.names().normalize(alias.alias());
    if (!keys.contains(key)) {
      return Optional.empty();
    }
    if (alias.isState()) {
      return Optional.ofNullable(data.states().get(alias.state()))
          .map(state -> stateCandidate(key, state));
    }
    String targetKey = data.names().normalize(alias.name());
    BooleanQuery target =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(PlaceFields.KEY, targetKey)), Occur.FILTER)
            .add(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_CITY)), Occur.FILTER)
            .add(new TermQuery(new Term(PlaceFields.STATE, alias.state())), Occur.FILTER)
            .build();
    Candidate best = null;
    IndexSearcher places = snapshot.places();
    for (ScoreDoc hit : places.search(target, MAX_CANDIDATES).scoreDocs) {
      Document city = places.storedFields().document(hit.doc);
      long population = number(city, PlaceFields.POPULATION).longValue();
      if (best == null || population > best.population()) {
        best =
            new Candidate(
                key,
                Candidate.ALIAS,
                city.get(PlaceFields.NAME),
                alias.state(),
                population,
                number(city, PlaceFields.LAT),
                number(city, PlaceFields.LON));
      }
    }
    return Optional.ofNullable(best);
  }

  private static Candidate stateCandidate(String key, UsState state) {
    return new Candidate(
        key,
        Candidate.STATE,
        state.name(),
        state.code(),
        state.population(),
        state.labelLat(),
        state.labelLon());
  }

  @Override
  public Optional<String> citySpeltLike(String key, int maxEdits, long minPopulation)
      throws IOException {
    return placeSpeltLike(key, maxEdits, PlaceFields.KIND_CITY, minPopulation, null);
  }

  @Override
  public Optional<String> citySpeltLikeIn(String key, String state) throws IOException {
    return placeSpeltLike(key, 1, PlaceFields.KIND_CITY, 0, state);
  }

  @Override
  public Optional<String> stateSpeltLike(String key, int maxEdits) throws IOException {
    return placeSpeltLike(key, maxEdits, PlaceFields.KIND_STATE, 0, null);
  }

  /** The most populous place of {@code kind} spelt like {@code key} (in {@code state}, if any). */
  private Optional<String> placeSpeltLike(
      String key, int maxEdits, String kind, long minPopulation, String state) throws IOException {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(
                new FuzzyQuery(
                    new Term(PlaceFields.KEY, key),
                    maxEdits,
                    1,
                    MAX_SPELLINGS_TRIED,
                    FuzzyQuery.defaultTranspositions),
                Occur.FILTER)
            .add(new TermQuery(new Term(PlaceFields.KIND, kind)), Occur.FILTER)
            .add(
                NumericDocValuesField.newSlowRangeQuery(
                    PlaceFields.POPULATION, minPopulation, Long.MAX_VALUE),
                Occur.FILTER);
    if (state != null) {
      query.add(new TermQuery(new Term(PlaceFields.STATE, state)), Occur.FILTER);
    }
    IndexSearcher places = snapshot.places();
    TopFieldDocs top =
        places.search(
            query.build(),
            1,
            new Sort(new SortField(PlaceFields.POPULATION, SortField.Type.LONG, true)));
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document place = places.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(normalize(place.get(PlaceFields.NAME)));
  }

  @Override
  public Optional<String> stateAt(double lat, double lon) throws IOException {
    Optional<String> inside = data.boundaries().stateAt(lat, lon);
    if (inside.isPresent()) {
      return inside;
    }
    IndexSearcher places = snapshot.places();
    TopFieldDocs nearest =
        places.search(
            LatLonPoint.newDistanceQuery(
                PlaceFields.LOCATION, lat, lon, Distances.milesToMeters(OFFSHORE_MILES)),
            1,
            new Sort(LatLonDocValuesField.newDistanceSort(PlaceFields.LOCATION, lat, lon)));
    if (nearest.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document place = places.storedFields().document(nearest.scoreDocs[0].doc);
    // Nearer a town abroad than any US place: in Toronto, not on the shore of New York.
    if (PlaceFields.KIND_ABROAD.equals(place.get(PlaceFields.KIND))) {
      return Optional.empty();
    }
    return Optional.of(place.get(PlaceFields.STATE));
  }

  @Override
  public String normalize(String name) {
    return data.names().normalize(name);
  }

  @Override
  public boolean isKnownWord(String word) throws IOException {
    if (snapshot.places().count(new TermQuery(new Term(PlaceFields.KEY, normalize(word)))) > 0) {
      return true;
    }
    String term = analyzed(word);
    if (term == null) {
      return true;
    }
    return snapshot.articles().getIndexReader().docFreq(new Term(ArticleFields.BODY, term)) > 0
        || snapshot.providers().getIndexReader().docFreq(new Term(ProviderFields.NAME, term)) > 0
        || snapshot.providers().getIndexReader().docFreq(new Term(ProviderFields.DESCRIPTION, term))
            > 0;
  }

  @Override
  public boolean usedOtherwise(String word, double lat, double lon, double miles)
      throws IOException {
    String term = analyzed(word);
    if (term == null) {
      return true;
    }
    Query generalArticles =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(ArticleFields.BODY, term)), Occur.FILTER)
            .add(new FieldExistsQuery(ArticleFields.LOCATION), Occur.MUST_NOT)
            .build();
    if (snapshot.articles().count(generalArticles) > 0) {
      return true;
    }
    Query providersElsewhere =
        new BooleanQuery.Builder()
            .add(
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ProviderFields.NAME, term)), Occur.SHOULD)
                    .add(new TermQuery(new Term(ProviderFields.DESCRIPTION, term)), Occur.SHOULD)
                    .build(),
                Occur.FILTER)
            .add(
                LatLonPoint.newDistanceQuery(
                    ProviderFields.LOCATION, lat, lon, Distances.milesToMeters(miles)),
                Occur.MUST_NOT)
            .build();
    return snapshot.providers().count(providersElsewhere) > 0;
  }

  @Override
  public boolean sameTerm(String a, String b) {
    try {
      String stem = analyzed(a);
      return stem != null && stem.equals(analyzed(b));
    } catch (IOException e) {
      return false;
    }
  }

  /** The word as the index holds it (stemmed), or null for a stop word. */
  private static String analyzed(String word) throws IOException {
    try (TokenStream stream = INDEX_ANALYZER.tokenStream(ArticleFields.BODY, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String first = stream.incrementToken() ? term.toString() : null;
      stream.end();
      return first;
    }
  }

  private static Double number(Document doc, String field) {
    return doc.getField(field).numericValue().doubleValue();
  }
}
