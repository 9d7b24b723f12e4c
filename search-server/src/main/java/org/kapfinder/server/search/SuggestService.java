package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.PlaceWords;
import org.kapfinder.server.query.QueryInterpreter;
import org.kapfinder.server.query.TreatmentWords;

/**
 * Autocomplete for the search box: conditions and routes, ways of care, insurance and prices (by
 * name and common names), provider names, article titles and places, each matched by the start of
 * any of its words.
 *
 * <p>Ranking: a suggestion whose first word matches beats one matched at a later word; then the
 * kinds come in the order of {@link Kind}; within a kind, places go by population and the others by
 * their match, then alphabetically, whatever their capitals. A place of {@link
 * PlaceSuggestions#LATER_WORD_CITY_POPULATION} people or more counts as a first-word match wherever
 * the word is, since "york" means New York far more often than a small town whose name starts with
 * it; a smaller one matched at a later word does not, so that "side" offers the article on side
 * effects before Chicago's Near North Side. No kind takes more than half of the list while others
 * have suggestions left, so that "s" offers Sublingual and San Antonio rather than eight clinics.
 * When what is typed already names something the search understands, in whole words, it comes
 * before the places it matches but for the large ones: "pain" offers Chronic pain before
 * Painesville, OH, and "home" At home before Home, WA. Thread-safe.
 *
 * <p>A search of several words is also completed as a whole: its last words as a place, a condition
 * or a route, so that "ketamine in aus" offers "ketamine in Austin, TX", "iv ketamine for pt"
 * offers "iv ketamine for PTSD", and "ketamine near m" first offers "ketamine near me" ("at h",
 * "ketamine at home").
 */
public final class SuggestService {

  public static final int DEFAULT_SIZE = 8;
  public static final int MAX_SIZE = 20;
  public static final int MAX_QUERY_CHARS = 100;

  /** Index matches read per kind before the exact word-order check and ranking. */
  static final int CANDIDATES_PER_KIND = 100;

  /** The searcher's own place after a word that puts one there: "near me", "at home". */
  private static final Map<String, String> OWN_PLACES = Map.of("near", "me", "at", "home");

  /** How many last words a completion may complete ("in san an" → "in San Antonio, TX"). */
  private static final int MAX_COMPLETED_WORDS = 3;

  /** Completions rank after every suggestion for the whole text. */
  private static final int COMPLETION = PlaceSuggestions.AFTER_NAMED_TERM + 1;

  /**
   * An article whose title has the words typed with others between ("ketamine cost") ranks after
   * the completions: "ketamine in aus" is first "ketamine in Austin, TX", then Austin's guide.
   */
  static final int WORDS_APART = COMPLETION + 1;

  /** The kinds of suggestion, in the order they rank when equally good matches. */
  public enum Kind {
    CONDITION,
    ROUTE,
    /** A way of care: telehealth, at home, in person. */
    MODE,
    /** Insurance, or one plan. */
    INSURANCE,
    /** Affordable care or a sliding scale. */
    PRICE,
    PROVIDER,
    ARTICLE,
    PLACE,
    /** The search typed so far with its last words completed ({@link #completions}). */
    QUERY;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One suggestion: the {@code text} to show and complete, its {@code kind}, the {@code value} to
   * filter or fetch by (a condition, route or mode wire name, an insurance plan or {@code any}, a
   * price's {@code lowPrice} or {@code slidingScale}, a provider or article id, a place label) and,
   * for articles, the {@code url} of their page (null otherwise).
   */
  public record Suggestion(String text, Kind kind, String value, String url) {}

  record Ranked(Suggestion suggestion, int match, long rank) {}

  private final SnapshotManager snapshots;

  public SuggestService(SnapshotManager snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * Up to {@code size} suggestions for what has been typed so far, best first. When nothing starts
   * as typed, those for the text as the search would correct it: "chicgo" offers Chicago, IL, and
   * "spravto" Spravato.
   */
  public List<Suggestion> suggest(String typedText, int size) throws IOException {
    if (WordPrefixes.words(typedText).isEmpty()) {
      return List.of();
    }
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      List<Suggestion> asTyped = suggest(snapshot, typedText, size);
      if (!asTyped.isEmpty()) {
        return asTyped;
      }
      String corrected =
          new QueryInterpreter(new PlaceIndexLookup(snapshot))
              .interpret(typedText, null, null)
              .corrected();
      return corrected == null ? asTyped : suggest(snapshot, corrected, size);
    } finally {
      snapshots.release(snapshot);
    }
  }

  private static List<Suggestion> suggest(IndexSnapshot snapshot, String typedText, int size)
      throws IOException {
    List<String> typed = WordPrefixes.words(typedText);
    List<Ranked> all = new ArrayList<>();
    all.addAll(terms(TreatmentTerms.ALL, typed));
    for (Ranked term : terms(IntentTerms.ALL, typed)) {
      if (isListed(snapshot, term.suggestion())) {
        all.add(term);
      }
    }
    all.addAll(NameSuggestions.providers(snapshot.providers(), typed));
    all.addAll(NameSuggestions.articles(snapshot, typed));
    all.addAll(PlaceSuggestions.places(snapshot, typedText, namesATerm(typed)));
    // Only when the whole text names no place or treatment itself: "san an" is San Antonio.
    boolean namesOne =
        all.stream()
            .map(r -> r.suggestion().kind())
            .anyMatch(kind -> kind != Kind.PROVIDER && kind != Kind.ARTICLE);
    if (all.size() < size && !namesOne) {
      // Not one that says what a suggestion already says ("ketamine for OCD", an article's title).
      Set<String> texts = new HashSet<>();
      all.forEach(r -> texts.add(r.suggestion().text().toLowerCase(Locale.ROOT)));
      completions(snapshot, typedText).stream()
          .filter(r -> !texts.contains(r.suggestion().text().toLowerCase(Locale.ROOT)))
          .forEach(all::add);
    }
    all.sort(
        Comparator.comparingInt(Ranked::match)
            .thenComparing(r -> r.suggestion().kind())
            .thenComparingLong(Ranked::rank)
            .thenComparing(r -> r.suggestion().text(), String.CASE_INSENSITIVE_ORDER));
    return select(all, size);
  }

  /** The best {@code size}, no kind taking more than half while others have some left. */
  private static List<Suggestion> select(List<Ranked> ranked, int size) {
    int perKind = Math.max(1, (size + 1) / 2);
    boolean[] taken = new boolean[ranked.size()];
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    int count = 0;
    for (int i = 0; i < ranked.size() && count < size; i++) {
      Kind kind = ranked.get(i).suggestion().kind();
      if (counts.getOrDefault(kind, 0) < perKind) {
        counts.merge(kind, 1, Integer::sum);
        taken[i] = true;
        count++;
      }
    }
    for (int i = 0; i < ranked.size() && count < size; i++) {
      if (!taken[i]) {
        taken[i] = true;
        count++;
      }
    }
    List<Suggestion> out = new ArrayList<>(count);
    for (int i = 0; i < ranked.size(); i++) {
      if (taken[i]) {
        out.add(ranked.get(i).suggestion());
      }
    }
    return out;
  }

  /**
   * The text typed so far with its last words completed, as {@link Kind#QUERY} suggestions, when
   * the whole text leaves room on the list and names no place or treatment itself: the longest
   * ending (up to {@link #MAX_COMPLETED_WORDS} words, never the whole text) that begins a place
   * after a word that puts one ("in", "near"), or the name of a condition or a route. So "ketamine
   * in san an" is San Antonio, not a place starting "An", and "ketamine for dep" is depression,
   * never Depew, NY. Only after words the search understands, all of them: "lady b" is the start of
   * a name, not "lady bipolar depression".
   */
  private static List<Ranked> completions(IndexSnapshot snapshot, String typedText)
      throws IOException {
    String[] words = typedText.strip().split("\\s+");
    QueryInterpreter interpreter = new QueryInterpreter(new PlaceIndexLookup(snapshot));
    boolean endsInAFunctionWord = WordPrefixes.endsInAFunctionWord(WordPrefixes.words(typedText));
    // Read at most once, and only when a place may be offered.
    Boolean readWhole = null;
    for (int ending = Math.min(MAX_COMPLETED_WORDS, words.length - 1); ending >= 1; ending--) {
      int headWords = words.length - ending;
      String head = String.join(" ", Arrays.asList(words).subList(0, headWords));
      Interpretation understoodHead = interpreter.interpret(head, null, null);
      if (!understoodHead.text().isEmpty()) {
        continue;
      }
      String endingText = String.join(" ", Arrays.asList(words).subList(headWords, words.length));
      List<String> typedEnding = WordPrefixes.words(endingText);
      List<Ranked> out = new ArrayList<>();
      String cue = words[headWords - 1].toLowerCase(Locale.ROOT);
      String own = ending == 1 ? OWN_PLACES.get(cue) : null;
      if (own != null && own.startsWith(endingText.toLowerCase(Locale.ROOT))) {
        if (own.equals(endingText.toLowerCase(Locale.ROOT))) {
          // "ketamine near me" is whole: no place starts it.
          return List.of();
        }
        // "ketamine near m" is on its way to "near me" far more often than to Memphis, and
        // "ketamine at h" to "at home" than to Houston.
        out.add(completion(head, own, Long.MIN_VALUE));
      }
      if (PlaceWords.isCueWord(cue) && readWhole == null) {
        readWhole = readWhole(interpreter, typedText);
      }
      if (PlaceWords.isCueWord(cue) && !readWhole) {
        boolean namesATerm = namesATerm(typedEnding);
        for (Ranked place : PlaceSuggestions.places(snapshot, endingText, false)) {
          // "in home" means at home, not Homestead, FL; "in mobile" may mean Mobile, AL.
          if (!namesATerm || -place.rank() >= PlaceSuggestions.LATER_WORD_CITY_POPULATION) {
            out.add(completion(head, place.suggestion().text(), place.rank()));
          }
        }
      }
      boolean treatmentFits =
          !endsInAFunctionWord && treatmentMayFollow(WordPrefixes.words(head), understoodHead);
      for (Ranked treatment :
          treatmentFits ? terms(TreatmentTerms.ALL, typedEnding) : List.<Ranked>of()) {
        // By its name only: "p" offering "anxiety", found by "panic", would puzzle.
        String label = treatment.suggestion().text();
        if (WordPrefixes.match(WordPrefixes.words(label), typedEnding) != WordPrefixes.NO_MATCH) {
          out.add(completion(head, LabelText.inSentence(label), treatment.rank()));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * Whether the text is read whole as a language or as near me ("en español", "cerca de mi"), so
   * that no place (Española, NM; Michigan) is on its way.
   */
  private static boolean readWhole(QueryInterpreter interpreter, String typedText)
      throws IOException {
    Interpretation whole = interpreter.interpret(typedText, null, null);
    return whole.place() == null
        && whole.text().isEmpty()
        && (whole.nearMe() || !whole.languages().isEmpty());
  }

  /**
   * Whether a condition or a route may follow the head: after a word of treatment ("ketamine o",
   * "therapy for d"), or after a joining word in a search that names a treatment, a condition or a
   * place ("iv for pt", "depression and a"). Not after a place or a condition alone ("austin t",
   * "ptsd t"), nor after the start of a sentence ("i want to", "how to"): neither would make sense.
   */
  private static boolean treatmentMayFollow(List<String> head, Interpretation understoodHead) {
    String last = head.get(head.size() - 1);
    if (TreatmentWords.contains(last)) {
      return true;
    }
    boolean aboutTreatment =
        head.stream().anyMatch(TreatmentWords::contains)
            || !understoodHead.routes().isEmpty()
            || !understoodHead.conditions().isEmpty()
            || understoodHead.place() != null;
    return aboutTreatment && WordPrefixes.isFunctionWord(last);
  }

  private static Ranked completion(String head, String ending, long rank) {
    String text = head + " " + ending;
    return new Ranked(new Suggestion(text, Kind.QUERY, text, null), COMPLETION, rank);
  }

  private static List<Ranked> terms(List<SuggestTerm> terms, List<String> typed) {
    List<Ranked> out = new ArrayList<>();
    int order = 0;
    for (SuggestTerm term : terms) {
      int match = term.match(typed);
      if (match != WordPrefixes.NO_MATCH) {
        out.add(
            new Ranked(new Suggestion(term.text(), term.kind(), term.value(), null), match, order));
      }
      order++;
    }
    return out;
  }

  /**
   * Whether some provider lists the insurance plan a suggestion names: one that none takes would
   * lead to a search that finds no provider taking it.
   */
  private static boolean isListed(IndexSnapshot snapshot, Suggestion term) throws IOException {
    return term.kind() != Kind.INSURANCE
        || term.value().equals(IntentTerms.ANY_PLAN)
        || snapshot
                .providers()
                .getIndexReader()
                .docFreq(new Term(ProviderFields.INSURANCE_PLAN, term.value()))
            > 0;
  }

  /** Whether the typed words, whole, name a term: "pain" does, "pai" and "painesville" do not. */
  private static boolean namesATerm(List<String> typed) {
    return TreatmentTerms.ALL.stream().anyMatch(term -> term.isNamedBy(typed))
        || IntentTerms.ALL.stream().anyMatch(term -> term.isNamedBy(typed));
  }
}
