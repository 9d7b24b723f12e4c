package org.kapfinder.server.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Finds the place in a query: a ZIP ("near 78701"), a city with or without its state ("Austin,
 * Texas", "boise idaho", "st louis"), an alias ("nyc", "philly") or a whole state ("in Texas").
 *
 * <p>Of the phrases that name places, the longest wins, then one after a cue word ("in", "near").
 * Without a state, a city name means the candidate {@link SameNameCities#likeliest} for the
 * searcher: weighing distance and population when their point is known (Portland from Seattle is
 * Portland, OR; from Boston, Portland, ME), else the most populous. A two-letter state code that is
 * also a word ("in", "or", "me", "pa") counts only right after a city or a comma, when typed in
 * capitals, or, for most, after "in" or "near" ("in pa"); the others ("nj", "tx") count as typed.
 */
final class PlaceRecognizer {

  private static final int MAX_WORDS = 4;

  /**
   * How far in number a ZIP the gazetteer lacks may be from the one taken for it: a PO box's ZIP is
   * numbered near its post office's (30301 beside Atlanta's 30303), while "99999" is no ZIP.
   */
  private static final int MAX_ZIP_GAP = 20;

  /** Longest first, then one after a cue word, then the first. */
  private static final Comparator<Span> MOST_LIKELY_FIRST =
      Comparator.comparingInt(Span::words)
          .reversed()
          .thenComparing(span -> !span.cued())
          .thenComparingInt(Span::from);

  /**
   * A city this many times as large as the one chosen, and spelt one letter differently, is offered
   * beside it: "Pittsburgh, PA" (300,000 people) to a searcher shown Pittsburg, KS (20,000).
   */
  private static final long MUCH_LARGER = 10;

  /** Shorter names are too often another city's one letter away. */
  private static final int MIN_CHARS_SPELT_LIKE = 5;

  private final PlaceLookup lookup;
  private final boolean spanish;

  /**
   * @param spanish the query is written in Spanish, where "la" is the article, not Los Angeles or
   *     Louisiana (unless written "LA")
   */
  PlaceRecognizer(PlaceLookup lookup, boolean spanish) {
    this.lookup = lookup;
    this.spanish = spanish;
  }

  /** A phrase that may name a place, with what it may mean. */
  private record Span(
      int from, int to, String key, List<PlaceLookup.Candidate> candidates, boolean cued) {
    int words() {
      return to - from;
    }
  }

  /**
   * Finds and consumes a place written unmistakably as one, to be read before anything else in the
   * query: a place with its state ("Mobile, AL", "Austin Texas"), else a city the query marks as a
   * place ({@link #markedName}).
   */
  Optional<ResolvedPlace> recognizeWrittenAsPlace(
      List<Token> tokens, Double nearLat, Double nearLon) throws IOException {
    // One lookup of the query's phrases serves both: finding no qualified place consumes nothing.
    List<Span> spans = spans(tokens);
    Optional<ResolvedPlace> qualified = qualified(tokens, new ArrayList<>(spans), nearLat, nearLon);
    return qualified.isPresent() ? qualified : markedName(tokens, spans, nearLat, nearLon);
  }

  private Optional<ResolvedPlace> qualified(
      List<Token> tokens, List<Span> spans, Double nearLat, Double nearLon) throws IOException {
    spans.sort(Comparator.comparingInt(Span::words).reversed().thenComparingInt(Span::from));
    for (Span span : spans) {
      List<PlaceLookup.Candidate> cities =
          span.candidates().stream().filter(c -> !c.isState()).toList();
      if (cities.isEmpty()) {
        continue;
      }
      StateQualifier qualifier = qualifierAfter(tokens, span.to());
      if (qualifier == null) {
        continue;
      }
      List<PlaceLookup.Candidate> inState =
          cities.stream().filter(c -> c.state().equals(qualifier.state())).toList();
      if (!inState.isEmpty()) {
        PlaceWords.consume(tokens, span.from(), qualifier.to());
        return Optional.of(
            ResolvedPlace.namedCity(SameNameCities.likeliest(inState, nearLat, nearLon)));
      }
      // Not after a code that is also a word: "at home in austin" is no Hope, IN.
      Optional<PlaceLookup.Candidate> speltLike =
          StateForms.onlyAState(tokens, span.to(), qualifier.to())
              ? cityOfStateSpeltLike(span, qualifier.state())
              : Optional.empty();
      if (speltLike.isPresent()) {
        PlaceWords.consume(tokens, span.from(), qualifier.to());
        return Optional.of(ResolvedPlace.namedCity(speltLike.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds and consumes a city that the query marks as a place: a name of several words after a cue
   * word ("in Spanish Fork") or with a capital on every word, or a large city's one-word name after
   * a cue word ("in Mobile"). Such a name is read before the intent phrases, so that a city named
   * with an intent's word ("Spanish", a language; "mobile", a provider who travels) stays a place.
   * A name that is also a state's ("New York") is left to {@link #recognize}, which weighs the two.
   */
  private Optional<ResolvedPlace> markedName(
      List<Token> tokens, List<Span> spans, Double nearLat, Double nearLon) throws IOException {
    spans.sort(MOST_LIKELY_FIRST);
    for (Span span : spans) {
      boolean onlyCities = span.candidates().stream().noneMatch(PlaceLookup.Candidate::isState);
      boolean marked =
          span.words() >= 2
              ? span.cued() || PlaceWords.everyWordCapitalized(tokens, span.from(), span.to())
              : span.cued() && largestPopulation(span) >= OneWordCity.LARGE_CITY_POPULATION;
      if (marked && onlyCities) {
        PlaceWords.consume(tokens, span.from(), span.to());
        PlaceLookup.Candidate best = SameNameCities.likeliest(span.candidates(), nearLat, nearLon);
        return Optional.of(
            ResolvedPlace.namedCity(
                best, othersMeant(span.key(), span.candidates(), best, nearLat, nearLon)));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds and consumes the query's place.
   *
   * @param nearLat the searcher's latitude, to choose between places of one name, or null
   */
  Optional<ResolvedPlace> recognize(List<Token> tokens, Double nearLat, Double nearLon)
      throws IOException {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.consumed && token.norm.matches("\\d{5}")) {
        Optional<ResolvedPlace> zip = lookup.zip(token.norm);
        if (zip.isEmpty()) {
          zip = lookup.nearestZip(token.norm, MAX_ZIP_GAP);
        }
        if (zip.isPresent()) {
          PlaceWords.consumeZip(tokens, i);
          return zip;
        }
      }
    }
    List<Span> spans = spans(tokens);
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    spans.sort(MOST_LIKELY_FIRST);
    for (Span span : spans) {
      Optional<ResolvedPlace> place = choose(tokens, span, nearLat, nearLon);
      if (place.isPresent()) {
        return place;
      }
    }
    return Optional.empty();
  }

  private List<Span> spans(List<Token> tokens) throws IOException {
    List<Phrase> phrases = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int from = 0; from < tokens.size(); from++) {
      for (int to = from + 1; to <= Math.min(tokens.size(), from + MAX_WORDS); to++) {
        if (tokens.get(to - 1).consumed || tokens.get(to - 1).isComma()) {
          break;
        }
        String key = key(tokens, from, to);
        if (!key.isEmpty()) {
          Phrase phrase = new Phrase(from, to, key, ElidedNames.joined(key));
          phrases.add(phrase);
          keys.add(phrase.key());
          keys.add(phrase.joined());
        }
      }
    }
    List<PlaceLookup.Candidate> all = lookup.candidates(keys);
    List<Span> spans = new ArrayList<>();
    for (Phrase phrase : phrases) {
      List<PlaceLookup.Candidate> matching =
          all.stream()
              .filter(c -> c.key().equals(phrase.key()) || c.key().equals(phrase.joined()))
              .toList();
      if (!matching.isEmpty()) {
        spans.add(
            new Span(
                phrase.from(),
                phrase.to(),
                phrase.key(),
                matching,
                PlaceWords.isCued(tokens, phrase.from())));
      }
    }
    return spans;
  }

  /** Words {@code from} to {@code to} of the query, with their lookup keys. */
  private record Phrase(int from, int to, String key, String joined) {}

  private Optional<ResolvedPlace> choose(
      List<Token> tokens, Span span, Double nearLat, Double nearLon) throws IOException {
    if (spanish && span.words() == 1 && tokens.get(span.from()).raw.equals("la")) {
      return Optional.empty();
    }
    List<PlaceLookup.Candidate> cities =
        span.candidates().stream().filter(c -> !c.isState()).toList();
    Optional<PlaceLookup.Candidate> state =
        span.candidates().stream().filter(PlaceLookup.Candidate::isState).findFirst();
    boolean aliasCity = cities.stream().anyMatch(PlaceLookup.Candidate::isAlias);

    StateQualifier qualifier = cities.isEmpty() ? null : qualifierAfter(tokens, span.to());
    if (qualifier != null) {
      List<PlaceLookup.Candidate> inState =
          cities.stream().filter(c -> c.state().equals(qualifier.state())).toList();
      if (!inState.isEmpty()) {
        PlaceWords.consume(tokens, span.from(), qualifier.to());
        return Optional.of(
            ResolvedPlace.namedCity(SameNameCities.likeliest(inState, nearLat, nearLon)));
      }
      if (state.isPresent() && state.get().state().equals(qualifier.state())) {
        // A state's code before its name ("la louisiana") is the state, written twice.
        PlaceWords.consume(tokens, span.from(), qualifier.to());
        return Optional.of(ResolvedPlace.namedState(state.get()));
      }
    }
    if (state.isPresent()) {
      boolean afterComma = span.from() > 0 && tokens.get(span.from() - 1).isComma();
      boolean wordForm = span.words() == 1 && StateForms.isWordForm(tokens.get(span.from()));
      boolean capitalized = Character.isUpperCase(tokens.get(span.from()).raw.charAt(0));
      // "LA" and "New York" read as the city people mean; ", LA" after a city is the state.
      boolean lastWord = span.to() == tokens.size();
      boolean meansState =
          afterComma
              || (wordForm && (span.cued() || (capitalized && lastWord)))
              || (!aliasCity
                  && !wordForm
                  && (span.words() > 1
                      || tokens.get(span.from()).norm.length() != 2
                      || StateForms.codeMeansState(
                          tokens, span.from(), span.cued() || lastWord, spanish)));
      if (meansState) {
        PlaceWords.consume(tokens, span.from(), span.to());
        return Optional.of(ResolvedPlace.namedState(state.get()));
      }
    }
    if (cities.isEmpty()) {
      return Optional.empty();
    }
    PlaceLookup.Candidate best = SameNameCities.likeliest(cities, nearLat, nearLon);
    boolean weak =
        span.words() == 1
            && !best.isAlias()
            && (span.cued()
                ? OneWordCity.isOrdinaryWordAfterCue(
                    tokens.get(span.from()), largestPopulation(span))
                : !OneWordCity.meansTheCity(
                    lookup, tokens, span.from(), largestPopulation(span), best));
    if (weak) {
      return Optional.empty();
    }
    PlaceWords.consume(tokens, span.from(), span.to());
    return Optional.of(
        ResolvedPlace.namedCity(best, othersMeant(span.key(), cities, best, nearLat, nearLon)));
  }

  /**
   * The cities the searcher may have meant instead of {@code best}: a far larger one spelt one
   * letter differently, whose name people often misspell as a smaller town's ("pittsburg"), then
   * the others of the name ({@link SameNameCities#others}). An alias is a name typed on purpose:
   * "hamptons" is the Hamptons on Long Island, not a misspelling of Hampton, VA.
   */
  private List<String> othersMeant(
      String key,
      List<PlaceLookup.Candidate> cities,
      PlaceLookup.Candidate best,
      Double nearLat,
      Double nearLon)
      throws IOException {
    Set<String> offered = new LinkedHashSet<>();
    if (!best.isAlias() && key.length() >= MIN_CHARS_SPELT_LIKE) {
      Optional<String> spelt =
          lookup.citySpeltLike(
              key,
              1,
              Math.max(SameNameCities.MIN_POPULATION_OFFERED, MUCH_LARGER * best.population()));
      if (spelt.isPresent()) {
        lookup.candidates(List.of(spelt.get())).stream()
            .filter(c -> !c.isState() && !c.isAlias())
            .max(Comparator.comparingLong(PlaceLookup.Candidate::population))
            .ifPresent(city -> offered.add(SameNameCities.label(city)));
      }
    }
    offered.addAll(SameNameCities.others(cities, best, nearLat, nearLon));
    return offered.stream().limit(SameNameCities.MAX_OFFERED).toList();
  }

  private record StateQualifier(String state, int to) {}

  /** A state right after a city: ", TX", " Texas", " idaho", " calif". */
  private StateQualifier qualifierAfter(List<Token> tokens, int at) throws IOException {
    int start = at;
    if (start < tokens.size() && tokens.get(start).isComma()) {
      start++;
    }
    for (int to = Math.min(tokens.size(), start + 3); to > start; to--) {
      boolean free = true;
      for (int k = start; k < to; k++) {
        free &= !tokens.get(k).consumed && !tokens.get(k).isComma();
      }
      if (!free) {
        continue;
      }
      String key = key(tokens, start, to);
      for (PlaceLookup.Candidate candidate : lookup.candidates(List.of(key))) {
        if (candidate.isState()) {
          return new StateQualifier(candidate.state(), to);
        }
      }
    }
    return null;
  }

  /**
   * A city of the state named after a city that has none of that name, spelt one letter off:
   * "pittsburg pa" is Pittsburgh, PA, not Pittsburg, CA.
   */
  private Optional<PlaceLookup.Candidate> cityOfStateSpeltLike(Span span, String state)
      throws IOException {
    Optional<String> name = lookup.citySpeltLikeIn(span.key(), state);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return lookup.candidates(List.of(name.get())).stream()
        .filter(c -> !c.isState() && c.state().equals(state))
        .findFirst();
  }

  private static long largestPopulation(Span span) {
    return span.candidates().stream()
        .filter(c -> !c.isState())
        .mapToLong(PlaceLookup.Candidate::population)
        .max()
        .orElse(0);
  }

  /**
   * The lookup key of a phrase; a lone two-letter word stays as typed ("MT" is Montana, not
   * "mount").
   */
  private String key(List<Token> tokens, int from, int to) {
    if (to - from == 1 && tokens.get(from).norm.length() == 2) {
      return tokens.get(from).norm;
    }
    return lookup.normalize(text(tokens, from, to));
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        text.append(' ');
      }
      // As typed, for the normaliser to read "St." and "Ft."; a misspelt word as corrected.
      Token token = tokens.get(k);
      text.append(token.misspelt ? token.norm : token.raw);
    }
    return text.toString();
  }
}
