package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.geo.ZipCode;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.search.PlaceResolution;
import org.kapfinder.server.search.SearchService;

/**
 * Place resolution accuracy: the share of place phrases that the search resolves within {@value
 * #TOLERANCE_KM} km of the true point. Cities and ZIP codes are drawn from the gazetteer with a
 * fixed seed, and each is written several ways, as people type them, in the search text (and, for
 * the bare place, as the {@code near} parameter the place box sends).
 *
 * <p>Cities: half are drawn in proportion to population (the places people search most), half
 * uniformly (the long tail of small towns). A city's true point is the gazetteer's point of the
 * most populous place of that name in its state, which is what the name means. A city named without
 * its state is only asked for with a searcher point 20 km away (the search should pick the nearby
 * one), or, without a point, when it is the most populous place of that name in the country.
 */
final class PlaceAccuracy {

  static final double TOLERANCE_KM = 15;

  /** How far the searcher is from the city in the phrasing that omits the state. */
  static final double NEARBY_SEARCHER_KM = 20;

  /** Cities large enough that the search corrects a typo in their name. */
  static final long MISSPELT_MIN_POPULATION = 50_000;

  /** One phrase to resolve and where it should land. */
  record Case(
      String phrase,
      String phrasing,
      String source,
      String expected,
      double lat,
      double lon,
      Double searcherLat,
      Double searcherLon,
      boolean nearParameter) {}

  /** A phrase resolved wrongly (or not at all: {@code got} null). */
  record Failure(String phrase, String phrasing, String expected, String got, Double km) {}

  /** Cases and correct answers of one group. */
  record Tally(int cases, int correct, double accuracy) {}

  record Result(
      int cities,
      int zips,
      Tally overall,
      Map<String, Tally> bySource,
      Map<String, Tally> byPhrasing,
      List<Failure> failures) {}

  private PlaceAccuracy() {}

  /** The phrases of {@code cities} cities and {@code zips} ZIP codes drawn with {@code seed}. */
  static List<Case> cases(Gazetteer gazetteer, long seed, int cities, int zips) {
    List<Case> cases = new ArrayList<>();
    Map<String, Place> mostPopulousByName = new HashMap<>();
    for (Place place : gazetteer.places()) {
      mostPopulousByName.merge(
          gazetteer.names().normalize(place.name()),
          place,
          (a, b) -> a.population() >= b.population() ? a : b);
    }
    Random random = new Random(seed);
    for (Place city : sampleCities(gazetteer, random, cities)) {
      String name = city.name();
      String st = city.state();
      String stateName = gazetteer.state(st).orElseThrow().name();
      String label = name + ", " + st;
      cases.add(city(city, "ketamine in {City}, {ST}", "ketamine in " + name + ", " + st, label));
      cases.add(
          city(city, "{city} {state}", (name + " " + stateName).toLowerCase(Locale.ROOT), label));
      cases.add(
          city(city, "{City} {ST} ketamine clinic", name + " " + st + " ketamine clinic", label));
      cases.add(
          city(
              city,
              "ketamine {city} {st}",
              ("ketamine " + name + " " + st).toLowerCase(Locale.ROOT),
              label));
      cases.add(
          city(
              city,
              "ketamine therapy near {City}, {State}",
              "ketamine therapy near " + name + ", " + stateName,
              label));
      cases.add(
          new Case(
              name + ", " + st,
              "near={City}, {ST}",
              "city",
              label,
              city.lat(),
              city.lon(),
              null,
              null,
              true));
      double bearing = random.nextDouble() * 2 * Math.PI;
      double[] searcher = offset(city.lat(), city.lon(), NEARBY_SEARCHER_KM, bearing);
      cases.add(
          new Case(
              "ketamine clinic near " + name,
              "ketamine clinic near {City} (searcher 20 km away)",
              "city",
              label,
              city.lat(),
              city.lon(),
              searcher[0],
              searcher[1],
              false));
      if (city.equals(mostPopulousByName.get(gazetteer.names().normalize(name)))) {
        cases.add(
            city(city, "ketamine in {City} (largest of its name)", "ketamine in " + name, label));
      }
    }
    // A typo drawn from its own sequence, so that the phrases above stay those of earlier runs.
    Random typos = new Random(seed + 2);
    for (Place city : sampleCities(gazetteer, new Random(seed), cities)) {
      if (city.population() >= MISSPELT_MIN_POPULATION
          && city.equals(mostPopulousByName.get(gazetteer.names().normalize(city.name())))) {
        String misspelt = misspell(city.name(), typos);
        if (misspelt != null) {
          cases.add(
              new Case(
                  "ketamine in " + misspelt,
                  "ketamine in {City} misspelt (one letter; 50,000+ people)",
                  "misspelt",
                  city.name() + ", " + city.state(),
                  city.lat(),
                  city.lon(),
                  null,
                  null,
                  false));
        }
      }
    }
    List<ZipCode> allZips = new ArrayList<>(gazetteer.zips().values());
    Collections.shuffle(allZips, new Random(seed + 1));
    for (ZipCode zip : allZips.subList(0, Math.min(zips, allZips.size()))) {
      String code = zip.zip();
      String label = "ZIP " + code;
      cases.add(zipCase(zip, "near {zip}", "near " + code, label, false));
      cases.add(zipCase(zip, "ketamine {zip}", "ketamine " + code, label, false));
      cases.add(
          zipCase(zip, "ketamine clinic in {zip}", "ketamine clinic in " + code, label, false));
      cases.add(zipCase(zip, "iv ketamine near {zip}", "iv ketamine near " + code, label, false));
      cases.add(zipCase(zip, "near={zip}", code, label, true));
    }
    return cases;
  }

  /**
   * Resolves every case: phrases in the search text through a search, bare places as {@code near}.
   */
  static Result evaluate(
      List<Case> cases, SearchService search, PlaceResolution places, int cities, int zips)
      throws IOException {
    List<Failure> failures = new ArrayList<>();
    Map<String, int[]> bySource = new LinkedHashMap<>();
    Map<String, int[]> byPhrasing = new LinkedHashMap<>();
    int correct = 0;
    for (Case c : cases) {
      String gotLabel;
      Double km = null;
      if (c.nearParameter()) {
        PlaceResolution.Place place =
            places.resolve(c.phrase(), c.searcherLat(), c.searcherLon()).place();
        gotLabel = place == null ? null : place.label();
        if (place != null) {
          km = kilometres(c, place.lat(), place.lon());
        }
      } else {
        ResolvedPlace place =
            search
                .search(
                    Searches.text(
                        c.phrase(),
                        c.searcherLat(),
                        c.searcherLon(),
                        ResultType.ARTICLES,
                        1,
                        false))
                .query()
                .location();
        gotLabel = place == null ? null : place.label() + " (" + place.kind() + ")";
        if (place != null) {
          km = kilometres(c, place.lat(), place.lon());
        }
      }
      boolean ok = km != null && km <= TOLERANCE_KM;
      if (ok) {
        correct++;
      } else {
        failures.add(new Failure(c.phrase(), c.phrasing(), c.expected(), gotLabel, km));
      }
      tally(bySource, c.source(), ok);
      tally(byPhrasing, c.phrasing(), ok);
    }
    failures.sort(Comparator.comparing(Failure::expected).thenComparing(Failure::phrasing));
    return new Result(
        cities,
        zips,
        tally(cases.size(), correct),
        tallies(bySource),
        tallies(byPhrasing),
        List.copyOf(failures));
  }

  /**
   * Distinct cities (one per name and state: the most populous), half drawn in proportion to
   * population without replacement, half uniformly from the rest.
   */
  static List<Place> sampleCities(Gazetteer gazetteer, Random random, int count) {
    Map<String, Place> canonical = new LinkedHashMap<>();
    for (Place place : gazetteer.places()) {
      // "Washington, D.C." has its own tests; a comma in a name would make the phrasings odd.
      if (place.population() <= 0 || place.name().contains(",")) {
        continue;
      }
      Place meant = gazetteer.place(place.name(), place.state()).orElse(place);
      canonical.putIfAbsent(gazetteer.names().normalize(meant.name()) + "|" + meant.state(), meant);
    }
    List<Place> candidates = new ArrayList<>(canonical.values());
    // Weighted sampling without replacement (Efraimidis-Spirakis): the smallest -ln(u)/weight win.
    Map<Place, Double> keys = new HashMap<>();
    for (Place place : candidates) {
      keys.put(place, -Math.log(1 - random.nextDouble()) / place.population());
    }
    List<Place> byKey = new ArrayList<>(candidates);
    byKey.sort(Comparator.comparingDouble(keys::get));
    int weighted = count / 2;
    List<Place> chosen = new ArrayList<>(byKey.subList(0, Math.min(weighted, byKey.size())));
    List<Place> rest = new ArrayList<>(candidates);
    rest.removeAll(chosen);
    Collections.shuffle(rest, random);
    chosen.addAll(rest.subList(0, Math.min(count - chosen.size(), rest.size())));
    return chosen;
  }

  /**
   * The name with one typo in a word of five letters or more: a letter after the first dropped,
   * doubled, or swapped with the next. Null when no word is that long.
   */
  static String misspell(String name, Random random) {
    String[] words = name.split(" ");
    List<Integer> long5 = new ArrayList<>();
    for (int k = 0; k < words.length; k++) {
      if (words[k].length() >= 5 && words[k].chars().allMatch(Character::isLetter)) {
        long5.add(k);
      }
    }
    if (long5.isEmpty()) {
      return null;
    }
    int k = long5.get(random.nextInt(long5.size()));
    String word = words[k];
    int at = 1 + random.nextInt(word.length() - 2);
    words[k] =
        switch (random.nextInt(3)) {
          case 0 -> word.substring(0, at) + word.substring(at + 1);
          case 1 -> word.substring(0, at + 1) + word.substring(at);
          default ->
              word.substring(0, at)
                  + word.charAt(at + 1)
                  + word.charAt(at)
                  + word.substring(at + 2);
        };
    return String.join(" ", words);
  }

  private static Case city(Place city, String phrasing, String phrase, String label) {
    return new Case(phrase, phrasing, "city", label, city.lat(), city.lon(), null, null, false);
  }

  private static Case zipCase(
      ZipCode zip, String phrasing, String phrase, String label, boolean near) {
    return new Case(phrase, phrasing, "zip", label, zip.lat(), zip.lon(), null, null, near);
  }

  /** The point {@code km} from (lat, lon) in direction {@code bearing} (radians from north). */
  static double[] offset(double lat, double lon, double km, double bearing) {
    double kmPerDegree = 111.195;
    double dLat = km * Math.cos(bearing) / kmPerDegree;
    double dLon = km * Math.sin(bearing) / (kmPerDegree * Math.cos(Math.toRadians(lat)));
    return new double[] {lat + dLat, lon + dLon};
  }

  private static double kilometres(Case c, double lat, double lon) {
    return Distances.milesToMeters(Distances.haversineMiles(c.lat(), c.lon(), lat, lon)) / 1000;
  }

  private static void tally(Map<String, int[]> tallies, String key, boolean ok) {
    int[] t = tallies.computeIfAbsent(key, k -> new int[2]);
    t[0]++;
    if (ok) {
      t[1]++;
    }
  }

  private static Map<String, Tally> tallies(Map<String, int[]> raw) {
    Map<String, Tally> out = new LinkedHashMap<>();
    raw.forEach((key, t) -> out.put(key, tally(t[0], t[1])));
    return out;
  }

  private static Tally tally(int cases, int correct) {
    return new Tally(cases, correct, cases == 0 ? Double.NaN : (double) correct / cases);
  }
}
