package org.kapfinder.server.query;

import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Turns the free text of a search into an {@link Interpretation}: crisis signals, typo fixes, a
 * price ceiling, routes, conditions, delivery modes, insurance, psychotherapy, "near me", and a
 * place; what is left is the text to match. The text is only ever read as words: no query syntax is
 * interpreted, whatever characters it holds.
 *
 * <p>Order matters and is deliberate: typos are fixed first so that "spravado" is Spravato; the
 * price comes before the phrases so that "under" in "under $300" is not mistaken; places come after
 * the intent phrases (so that "mobile" means a mobile provider, not Mobile, AL, unless written as a
 * place) and before the filler words (so that the "in" of "in Austin" marks the place). A place
 * written as one (with its state; after "in" or "near", a name of several words or a large city's:
 * "in Spanish Fork", "in Mobile"; a name of several words in capitals) is read before the intent
 * phrases, which would otherwise take a word of it.
 */
public final class QueryInterpreter {

  private static final Set<String> VOCABULARY = CorrectionVocabulary.words();

  /** Words that join two places, in English and Spanish. */
  private static final Set<String> PLACE_CONNECTORS = Set.of("or", "and", "o", "y");

  private final PlaceLookup places;
  private final TypoCorrector typos;
  private final PlaceTypos placeTypos;
  private final EnglishWords english = EnglishWords.shared();

  public QueryInterpreter(PlaceLookup places) {
    this.places = places;
    this.typos = new TypoCorrector(VOCABULARY, word -> isKnown(places, word), places::sameTerm);
    this.placeTypos = new PlaceTypos(places, word -> isVocabulary(word) || english.contains(word));
  }

  /**
   * @param q the searcher's text, or null
   * @param nearLat the searcher's point, to choose between places of one name; may be null
   */
  public Interpretation interpret(String q, Double nearLat, Double nearLon) throws IOException {
    List<Token> tokens = QueryTokens.tokenize(q == null ? "" : q);
    // Crisis and overdose words are read as typed, before any correction could change them, and
    // again once corrected.
    String typed = QueryTokens.words(tokens);
    boolean changed =
        SplitWords.join(tokens, QueryInterpreter::isVocabulary, this::knownAs, places);
    boolean misspelt = changed;
    for (Token token : tokens) {
      // A word the interpreter knows ("ketamina", Spanish) is no misspelling of another.
      String fix = isVocabulary(token.norm) || token.joined ? null : typos.correct(token.norm);
      if (fix != null) {
        // An English word read as the vocabulary word of its stem ("addictive" as "addiction")
        // searches the same and was not misspelt: it is no correction to offer the searcher.
        token.misspelt = !english.contains(token.norm);
        token.norm = fix;
        changed = true;
        misspelt |= token.misspelt;
      }
    }
    // A place outside the states is no place to search around, and its words no words to match.
    OutsideTheStates.Place outsideTheStates =
        OutsideTheStates.consume(tokens, places, nearLat, nearLon);
    boolean[] outsideTokens = consumed(tokens);
    if (placeTypos.correct(tokens)) {
      changed = true;
      misspelt = true;
    }
    String words = changed ? QueryTokens.words(tokens) : null;
    Distress distress = CrisisDetector.read(typed, words);
    boolean crisis = distress.crisis();
    boolean overdose = distress.overdose();
    // Read again once corrected only for a real misspelling: "is ketamine addictive", whose
    // "addictive" is read as "addiction", asks about a risk, not for help with a problem.
    boolean misuse =
        KetamineMisuse.signalledBy(typed) || (misspelt && KetamineMisuse.signalledBy(words));

    boolean spanish = SpanishPhrases.looksSpanish(tokens, new boolean[tokens.size()]);
    PlaceRecognizer recognizer = new PlaceRecognizer(places, spanish);
    boolean[] placeTokens = outsideTokens;
    Optional<ResolvedPlace> place =
        markNewlyConsumed(
            tokens,
            placeTokens,
            () -> recognizer.recognizeWrittenAsPlace(tokens, nearLat, nearLon));
    // Read before the phrases, which would take "state" of "in my state" for a word to match.
    boolean searchersState = place.isEmpty() && SearchersState.consume(tokens);

    boolean[] consumedBeforePrice = consumed(tokens);
    DistancePhrases.Radius radius = DistancePhrases.parse(tokens);
    Double maxPrice = PriceParser.parse(tokens);
    Set<Route> routes = EnumSet.noneOf(Route.class);
    Set<Route> ruledOutRoutes = EnumSet.noneOf(Route.class);
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    Set<Mode> modes = EnumSet.noneOf(Mode.class);
    Set<String> plans = new LinkedHashSet<>();
    boolean insurance = false;
    Boolean psychotherapy = null;
    boolean lowPrice = false;
    boolean freeCare = false;
    boolean slidingScale = false;
    boolean nearMe = radius != null && radius.fromSearcher();
    boolean nearestFirst = false;
    boolean cheapestFirst = false;
    Set<String> languages = new TreeSet<>();
    Set<Clinician> clinicians = EnumSet.noneOf(Clinician.class);
    boolean accepting = false;
    // Articles are found by topic words, not by "$300" or "under".
    boolean[] excludedFromArticles = new boolean[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      excludedFromArticles[k] = tokens.get(k).consumed && !consumedBeforePrice[k];
    }
    for (int k : ImPronoun.positions(tokens)) {
      // "I'm", a word of no intent, and none to find articles by either ("im" would find IM's);
      // nor "I'm a nurse", which asks for no nurse.
      for (int at = k; at <= k + ImPronoun.selfDescription(tokens, k); at++) {
        tokens.get(at).consumed = true;
        excludedFromArticles[at] = true;
      }
    }
    boolean[] routeTokens = new boolean[tokens.size()];

    // Where the last phrase ruled out ends, or -1.
    int ruledOutTo = -1;
    for (PhraseMatch match : PhraseMatch.find(tokens, false)) {
      if (match.anyConsumed(tokens)) {
        // The words of a negation read with an earlier phrase: "insurance won't cover it".
        continue;
      }
      // "non iv", "not at home", "no psychiatrist": ruled out, its negation consumed with it.
      Negation.Reading negation =
          match.parts().stream().anyMatch(Negation::applies)
              ? Negation.read(
                  tokens,
                  match,
                  match.parts().stream().allMatch(Intent.Conditions.class::isInstance))
              : Negation.Reading.ASKED;
      if (negation == Negation.Reading.ASKED
          && Negation.continuesAList(tokens, ruledOutTo, match)) {
        // "no iv or im": the negation rules out the whole list.
        negation = Negation.Reading.RULED_OUT;
      }
      if (negation == Negation.Reading.NOT_REQUIRED) {
        // "doesn't have to be in person": neither asked for nor ruled out.
        match.consume(tokens);
        continue;
      }
      boolean negated = negation == Negation.Reading.RULED_OUT;
      ruledOutTo = negated ? match.to() : -1;
      for (Intent intent : match.parts()) {
        if (intent instanceof Intent.Routes r) {
          if ((crisis || overdose) && match.allWordsIn(tokens, CrisisDetector.PILL_WORDS)) {
            // "i took all my pills": the pills of an overdose, no oral ketamine to look for.
            continue;
          }
          (negated ? ruledOutRoutes : routes).addAll(r.routes());
          match.mark(routeTokens);
        } else if (intent instanceof Intent.Conditions c) {
          if (negated) {
            // Neither to treat nor to read about: "depression but not bipolar".
            match.mark(excludedFromArticles);
          } else {
            conditions.addAll(c.conditions());
          }
        } else if (intent instanceof Intent.Delivery d) {
          modes.addAll(negated ? Negation.otherModes(d.mode()) : Set.of(d.mode()));
        } else if (intent instanceof Intent.Insurance i) {
          if (negated) {
            // Paying without insurance is a question of price (see PricePhrases).
            lowPrice = true;
          } else {
            insurance = true;
            if (i.plan() != null) {
              plans.add(i.plan());
            }
          }
        } else if (intent instanceof Intent.Psychotherapy p) {
          // "no talk therapy", "without a therapist", "not kap": medication only.
          boolean wanted = negated != p.wanted();
          psychotherapy = psychotherapy == null ? wanted : psychotherapy && wanted;
        } else if (intent instanceof Intent.LowPrice low) {
          lowPrice = true;
          cheapestFirst |= low.cheapestFirst();
        } else if (intent instanceof Intent.FreeCare) {
          freeCare = true;
        } else if (intent instanceof Intent.SlidingScale) {
          slidingScale = true;
        } else if (intent instanceof Intent.Language l) {
          if (!negated) {
            languages.add(l.code());
          }
        } else if (intent instanceof Intent.ClinicianKind c) {
          // In a search in crisis, "rn" is "right now": "i want to die rn".
          if (!negated && !(crisis && match.allWordsIn(tokens, Set.of("rn")))) {
            clinicians.add(c.clinician());
          }
          // Which provider ("psychiatrist", "accepting new patients"), not what to read about.
          match.mark(excludedFromArticles);
        } else if (intent instanceof Intent.AcceptingNewPatients) {
          accepting = true;
          match.mark(excludedFromArticles);
        } else if (intent instanceof Intent.NearMe near) {
          nearMe = true;
          nearestFirst |= near.nearestFirst();
          match.mark(excludedFromArticles);
        }
      }
      match.consume(tokens);
    }
    Negation.ruleOut(routes, ruledOutRoutes);
    if (misuse || DrinkingAroundKetamine.askedIn(FoldedText.of(q))) {
      // "ketamine addiction" is an addiction to ketamine, not ketamine to treat one; "alcohol
      // after ketamine" is a question of safety.
      conditions.remove(Condition.SUBSTANCE_USE);
    }
    if (RouteComparison.withKetamineInGeneral(tokens, routeTokens)) {
      // "ketamine vs esketamine" asks how the two differ; its route words still find the articles.
      routes.clear();
    }
    if (place.isEmpty()) {
      place =
          markNewlyConsumed(
              tokens, placeTokens, () -> recognizer.recognize(tokens, nearLat, nearLon));
    }
    ResolvedPlace otherPlace = null;
    if (place.isPresent()) {
      // A second place ("Austin or Dallas") is no word for the listings to match either.
      boolean[] firstTokens = placeTokens.clone();
      Optional<ResolvedPlace> second =
          markNewlyConsumed(
              tokens, placeTokens, () -> recognizer.recognize(tokens, nearLat, nearLon));
      // "marines, VA wait list": Veterans Affairs, not Virginia.
      second = second.filter(other -> !MilitaryService.meansVeteransAffairs(q, other));
      if (second.isPresent()) {
        boolean secondMeant =
            PlaceRoles.secondIsMeant(tokens, firstTokens, place.get(), placeTokens, places);
        consumeConnectors(tokens, placeTokens);
        TwoPlaces choice = TwoPlaces.of(place.get(), second.get(), secondMeant);
        place = Optional.of(choice.searched());
        otherPlace = choice.other();
      }
    }
    if (place.isEmpty() && searchersState) {
      place = SearchersState.at(places, nearLat, nearLon);
      // Without the searcher's point, their state is as unknown as the place of "near me".
      nearMe |= place.isEmpty();
    }
    if (outsideTheStates != null) {
      // A town named with the place is in it ("San Juan", not San Juan, Texas): its words are
      // taken out of the text, but the search is made around no place.
      place = Optional.empty();
      otherPlace = null;
    }
    // The words of the article match: everything but the place and "near me".
    for (int k = 0; k < tokens.size(); k++) {
      excludedFromArticles[k] |= placeTokens[k];
    }
    String articleText = QueryTokens.joinedExcept(tokens, excludedFromArticles);
    boolean veteransAffairs = MilitaryService.consumeVeteransAffairs(tokens);
    for (PhraseMatch match : PhraseMatch.find(tokens, true)) {
      match.consume(tokens);
    }
    return new Interpretation(
        QueryTokens.remaining(tokens),
        articleText,
        place.orElse(null),
        otherPlace,
        nearMe,
        nearestFirst,
        cheapestFirst,
        routes,
        conditions,
        modes,
        insurance,
        List.copyOf(plans),
        maxPrice,
        radius == null ? null : radius.miles(),
        psychotherapy,
        lowPrice,
        freeCare,
        slidingScale,
        languages,
        clinicians,
        accepting,
        distress,
        misuse,
        MilitaryService.namedIn(q) || veteransAffairs,
        misspelt ? QueryTokens.corrected(q, tokens) : null,
        // "Del" of "ketamine del mar" is a place's word, not the searcher's Spanish.
        spanish && SpanishPhrases.looksSpanish(tokens, placeTokens),
        outsideTheStates);
  }

  /**
   * Whether the text says only "near me" or the like ("near me", "close to me", "nearby"): read by
   * its phrases alone, without looking up any place.
   */
  public static boolean saysOnlyNearMe(String text) {
    List<Token> tokens = QueryTokens.tokenize(text);
    boolean nearMe = false;
    for (PhraseMatch match : PhraseMatch.find(tokens, false)) {
      nearMe |= match.intent() instanceof Intent.NearMe;
      match.consume(tokens);
    }
    for (PhraseMatch match : PhraseMatch.find(tokens, true)) {
      match.consume(tokens);
    }
    return nearMe && tokens.stream().allMatch(token -> token.consumed || token.isComma());
  }

  /** The word the search knows that {@code word} is, itself or corrected; or null. */
  private String knownAs(String word) {
    return VOCABULARY.contains(word) || isVocabulary(word) ? word : typos.correct(word);
  }

  /** True for words the interpreter understands, alone or in a phrase (fillers too). */
  public static boolean isVocabulary(String word) {
    return IntentPhrases.isPhraseWord(word);
  }

  /**
   * Resolves a place typed on its own (the {@code near} parameter): a ZIP, a city, an alias or a
   * state, with or without "near"/"in", misspelt or not.
   */
  public Optional<ResolvedPlace> place(String text, Double nearLat, Double nearLon)
      throws IOException {
    List<Token> tokens = QueryTokens.tokenize(text);
    // "Pheonix" typed in the place box is Phoenix, as in the search's own text.
    placeTypos.correct(tokens);
    Optional<ResolvedPlace> place =
        new PlaceRecognizer(places, false).recognize(tokens, nearLat, nearLon);
    boolean everythingUsed = tokens.stream().allMatch(t -> t.consumed || t.isComma());
    return everythingUsed ? place : Optional.empty();
  }

  /** Consumes "or" and "and" between two places' words ("Austin or Dallas"). */
  private static void consumeConnectors(List<Token> tokens, boolean[] placeTokens) {
    for (int k = 1; k < tokens.size() - 1; k++) {
      Token token = tokens.get(k);
      if (!token.consumed
          && PLACE_CONNECTORS.contains(token.norm)
          && placeTokens[k - 1]
          && placeTokens[k + 1]) {
        token.consumed = true;
        placeTokens[k] = true;
      }
    }
  }

  private static boolean[] consumed(List<Token> tokens) {
    boolean[] consumed = new boolean[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      consumed[k] = tokens.get(k).consumed;
    }
    return consumed;
  }

  /** A step that may consume tokens and fail with an I/O error. */
  private interface PlaceStep {
    Optional<ResolvedPlace> run() throws IOException;
  }

  /** Runs {@code step} and marks in {@code marks} the tokens it consumed. */
  private static Optional<ResolvedPlace> markNewlyConsumed(
      List<Token> tokens, boolean[] marks, PlaceStep step) throws IOException {
    boolean[] before = consumed(tokens);
    Optional<ResolvedPlace> place = step.run();
    for (int k = 0; k < tokens.size(); k++) {
      marks[k] |= tokens.get(k).consumed && !before[k];
    }
    return place;
  }

  private static boolean isKnown(PlaceLookup places, String word) {
    try {
      return places.isKnownWord(word);
    } catch (IOException e) {
      // Without the index's word list, correcting is riskier than not.
      return true;
    }
  }
}
