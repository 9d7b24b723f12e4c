package org.kapfinder.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;
import org.kapfinder.server.search.SearchResponse;
import org.kapfinder.server.search.SearchService;

/**
 * Removes from a search's text the words that carry one understood meaning, so that removing a chip
 * ("IV", "Within 25 mi of Austin, TX") that came from the text re-runs the search without it. The
 * search API does not say which words a meaning came from, so this asks it: it drops the shortest
 * run of words whose absence makes the meaning go, and repeats while the meaning remains ("IV
 * ketamine infusion" says IV twice). It uses the real interpreter through the search service, so
 * synonyms, typo fixes and places behave exactly as in the search.
 */
final class QueryWithout {

  /** Longer texts are not edited: each candidate costs a (small) search. */
  static final int MAX_WORDS = 16;

  /** The longest run of words one meaning can take ("esketamine nasal spray", "in Austin TX"). */
  static final int MAX_RUN = 4;

  /** At most this many interpretations per edit; beyond it, the page asks for an edit by hand. */
  static final int MAX_SEARCHES = 150;

  /** Words left dangling at either end once a meaning is gone ("for PTSD in" loses its "in"). */
  private static final Set<String> CONNECTORS =
      Set.of("in", "near", "for", "at", "around", "with", "and", "of", "to", "by", "within");

  private final SearchService search;

  QueryWithout(SearchService search) {
    this.search = search;
  }

  /**
   * Which meaning to remove, as the page names its chips: {@code route:iv}, {@code condition:ptsd},
   * {@code mode:telehealth}, {@code plan:aetna}, or one of {@code insurance}, {@code maxPrice},
   * {@code psychotherapy}, {@code lowPrice}, {@code slidingScale}, {@code nearMe}, {@code place}.
   * Null for an unknown name.
   */
  static Predicate<SearchResponse.QueryEcho> meaning(String chip) {
    int colon = chip.indexOf(':');
    String kind = colon < 0 ? chip : chip.substring(0, colon);
    String value = colon < 0 ? null : chip.substring(colon + 1);
    return switch (kind) {
      case "route" -> echo -> echo.interpreted().routes().contains(value);
      case "condition" -> echo -> echo.interpreted().conditions().contains(value);
      case "mode" -> echo -> echo.interpreted().modes().contains(value);
      case "plan" -> echo -> echo.interpreted().insurancePlans().contains(value);
      case "insurance" -> echo -> echo.interpreted().insurance();
      case "maxPrice" -> echo -> echo.interpreted().maxPrice() != null;
      case "psychotherapy" -> echo -> echo.interpreted().psychotherapy() != null;
      case "lowPrice" -> echo -> echo.interpreted().lowPrice();
      case "slidingScale" -> echo -> echo.interpreted().slidingScale();
      case "nearMe" -> echo -> echo.interpreted().nearMe();
      case "place" ->
          echo ->
              echo.location() != null
                  && ResolvedPlace.SOURCE_QUERY.equals(echo.location().source());
      default -> null;
    };
  }

  /**
   * {@code q} without the words that carry {@code meaning}: {@code q} itself when it does not carry
   * it, null when no removal of up to {@value #MAX_RUN} words at a time takes it away.
   *
   * @param lat the searcher's point, which can change what a place name means; may be null
   */
  String without(String q, Predicate<SearchResponse.QueryEcho> meaning, Double lat, Double lon)
      throws IOException {
    if (q.isBlank()) {
      return q;
    }
    List<String> words = Arrays.asList(q.strip().split("\\s+"));
    if (words.size() > MAX_WORDS) {
      return new Edit(words, meaning, lat, lon).carries(new boolean[words.size()]) ? null : q;
    }
    try {
      return new Edit(words, meaning, lat, lon).run(q);
    } catch (TooManySearches e) {
      return null;
    }
  }

  private static final class TooManySearches extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManySearches() {
      super(null, null, false, false);
    }
  }

  /** One edit: the words, which are removed, and the interpretations asked for so far. */
  private final class Edit {
    private final List<String> words;
    private final Predicate<SearchResponse.QueryEcho> meaning;
    private final Double lat;
    private final Double lon;
    private final Map<List<String>, SearchResponse.QueryEcho> echoes = new HashMap<>();

    Edit(List<String> words, Predicate<SearchResponse.QueryEcho> meaning, Double lat, Double lon) {
      this.words = words;
      this.meaning = meaning;
      this.lat = lat;
      this.lon = lon;
    }

    String run(String q) throws IOException {
      boolean[] removed = new boolean[words.size()];
      if (!carries(removed)) {
        return q;
      }
      while (carries(removed)) {
        // Rather a run that leaves no stray word ("under $300", not "under" leaving "$300").
        if (!removeShortestRun(removed, true) && !removeShortestRun(removed, false)) {
          // Two separate phrases that both say it ("IV ... infusion"): the page asks for an edit.
          return null;
        }
      }
      // A run may take more than it must ("iv ketamine infusion" is one phrase for IV): put back
      // each word that, back, neither brings the meaning back nor is left over as a stray word
      // ("ketamine" is understood as filler; the "$300" of "under $300" would be a stray).
      String text = echo(kept(removed)).text();
      for (int i = 0; i < removed.length; i++) {
        if (removed[i]) {
          removed[i] = false;
          SearchResponse.QueryEcho echo = echo(kept(removed));
          if (meaning.test(echo) || !echo.text().equals(text)) {
            removed[i] = true;
          }
        }
      }
      List<String> left = kept(removed);
      List<String> trimmed = trimConnectors(left);
      // Only when the connector meant nothing more ("near" of "near me" does).
      if (!trimmed.equals(left) && understood(trimmed).equals(understood(left))) {
        left = trimmed;
      }
      return String.join(" ", left);
    }

    /**
     * Marks the first shortest run of remaining words whose removal takes the meaning away; when
     * {@code clean}, only a run after which no word is left over that was not before.
     */
    private boolean removeShortestRun(boolean[] removed, boolean clean) throws IOException {
      String leftOver = echo(kept(removed)).text();
      List<Integer> remaining = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (!removed[i]) {
          remaining.add(i);
        }
      }
      for (int run = 1; run <= Math.min(MAX_RUN, remaining.size()); run++) {
        for (int start = 0; start + run <= remaining.size(); start++) {
          boolean[] candidate = removed.clone();
          for (int k = start; k < start + run; k++) {
            candidate[remaining.get(k)] = true;
          }
          List<String> left = kept(candidate);
          boolean gone;
          if (left.isEmpty()) {
            gone = true;
          } else {
            SearchResponse.QueryEcho echo = echo(left);
            gone = !meaning.test(echo) && (!clean || leftOverWithin(echo.text(), leftOver));
          }
          if (gone) {
            System.arraycopy(candidate, 0, removed, 0, removed.length);
            return true;
          }
        }
      }
      return false;
    }

    boolean carries(boolean[] removed) throws IOException {
      List<String> left = kept(removed);
      return !left.isEmpty() && meaning.test(echo(left));
    }

    private List<String> kept(boolean[] removed) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (!removed[i]) {
          kept.add(words.get(i));
        }
      }
      return kept;
    }

    /** What is understood: the meanings and the place, not the words left over. */
    private List<Object> understood(List<String> left) throws IOException {
      SearchResponse.QueryEcho echo = echo(left);
      return Arrays.asList(echo.interpreted(), echo.location());
    }

    private SearchResponse.QueryEcho echo(List<String> left) throws IOException {
      SearchResponse.QueryEcho known = echoes.get(left);
      if (known != null) {
        return known;
      }
      if (echoes.size() >= MAX_SEARCHES) {
        throw new TooManySearches();
      }
      // Articles only and one of them: the cheapest search that still interprets the text.
      SearchRequest request =
          SearchRequest.withoutFilters(
              String.join(" ", left),
              lat,
              lon,
              null,
              null,
              ResultType.ARTICLES,
              SortOrder.BEST,
              1,
              1,
              false);
      SearchResponse.QueryEcho echo = search.search(request).query();
      echoes.put(left, echo);
      return echo;
    }
  }

  /** True when every word of {@code text} is a word of {@code before}. */
  private static boolean leftOverWithin(String text, String before) {
    List<String> allowed = Arrays.asList(before.strip().split("\\s+"));
    for (String word : text.strip().split("\\s+")) {
      if (!word.isEmpty() && !allowed.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> trimConnectors(List<String> words) {
    int from = 0;
    int to = words.size();
    while (from < to && CONNECTORS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
      from++;
    }
    while (to > from && CONNECTORS.contains(words.get(to - 1).toLowerCase(Locale.ROOT))) {
      to--;
    }
    return new ArrayList<>(words.subList(from, to));
  }
}
