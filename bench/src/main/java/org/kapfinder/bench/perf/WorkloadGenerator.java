package org.kapfinder.bench.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;

/**
 * Draws the searchers of a workload the way the corpus generator draws providers: a populated place
 * in proportion to its population, then a point spread around it over a radius that grows with the
 * place (a big city's searchers spread over its whole area). Each searcher gets one query of every
 * shape, from small tables of realistic phrasings. Same gazetteer and seed, same workload.
 */
public final class WorkloadGenerator {

  private static final double KM_PER_DEGREE_LAT = 110.57;
  private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

  /** A condition as people type it, and how often it is searched for, relatively. */
  private record Weighted(String text, int weight) {}

  private static final List<Weighted> CONDITIONS =
      List.of(
          new Weighted("depression", 25),
          new Weighted("ptsd", 15),
          new Weighted("anxiety", 15),
          new Weighted("treatment resistant depression", 10),
          new Weighted("ocd", 6),
          new Weighted("chronic pain", 6),
          new Weighted("bipolar depression", 5),
          new Weighted("postpartum depression", 4),
          new Weighted("grief", 4),
          new Weighted("substance use", 4),
          new Weighted("childhood trauma", 3),
          new Weighted("end of life distress", 3));

  /**
   * Near-me phrasings: the text as typed, with {@code %s} for the condition, and the words a plain
   * full-text engine is given (the same without "near me" and filler words).
   */
  private static final String[][] NEAR_ME =
      new String[][] {
        {"%s near me", "%s"},
        {"ketamine for %s near me", "ketamine %s"},
        {"ketamine therapy for %s near me", "ketamine therapy %s"},
        {"ketamine clinic for %s near me", "ketamine clinic %s"},
        {"%s treatment near me", "%s treatment"},
      };

  /** Text filters of the nearest-first search, from common (integration) to rare (monitoring). */
  private static final List<String> NEAREST_TEXT =
      List.of(
          "integration",
          "infusion",
          "spravato",
          "sublingual",
          "intranasal",
          "psychiatry",
          "wellness",
          "monitoring");

  private static final List<String> QUESTIONS =
      List.of(
          "how much does ketamine therapy cost",
          "does insurance cover ketamine therapy",
          "is ketamine therapy safe",
          "ketamine side effects",
          "how many ketamine sessions do i need",
          "iv vs intranasal ketamine",
          "what is spravato",
          "ketamine for ptsd",
          "ketamine for depression",
          "ketamine for anxiety",
          "at home ketamine therapy",
          "how to choose a ketamine provider",
          "ketamine and antidepressants",
          "ketamine for chronic pain",
          "what happens during a ketamine infusion",
          "ketamine assisted psychotherapy");

  /** Words that start a search-box entry: treatments and conditions. */
  private static final List<String> TREATMENT_WORDS =
      List.of(
          "ketamine",
          "depression",
          "ptsd",
          "anxiety",
          "spravato",
          "infusion",
          "intranasal",
          "therapy",
          "esketamine",
          "sublingual");

  /** First and second words of the generator's practice names ("Cedar Ridge ..."). */
  private static final List<String> NAME_FIRST_WORDS =
      List.of(
          "alder",
          "aspen",
          "birch",
          "canyon",
          "cedar",
          "copper",
          "evergreen",
          "golden",
          "granite",
          "harbor",
          "juniper",
          "lantern",
          "magnolia",
          "meadow",
          "north",
          "prairie",
          "river",
          "silver",
          "summit",
          "willow");

  private static final List<String> NAME_SECOND_WORDS =
      List.of("bay", "brook", "creek", "grove", "haven", "hill", "path", "ridge", "springs");

  private final Place[] places;
  private final long[] cumulativePopulation;

  public WorkloadGenerator(Gazetteer gazetteer) {
    this.places =
        gazetteer.places().stream().filter(place -> place.population() > 0).toArray(Place[]::new);
    this.cumulativePopulation = new long[places.length];
    long total = 0;
    for (int i = 0; i < places.length; i++) {
      total += places[i].population();
      cumulativePopulation[i] = total;
    }
  }

  /** {@code count} searchers, ids 1 to {@code count}. */
  public List<Searcher> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Searcher> searchers = new ArrayList<>(count);
    for (int id = 1; id <= count; id++) {
      Place place = drawPlace(random);
      double spreadKm = Math.min(25, 3 + Math.sqrt(place.population()) / 120);
      double distanceKm = spreadKm * Math.sqrt(random.nextDouble());
      double bearing = 2 * Math.PI * random.nextDouble();
      double lat = round5(place.lat() + distanceKm * Math.cos(bearing) / KM_PER_DEGREE_LAT);
      double lon =
          round5(
              place.lon()
                  + distanceKm
                      * Math.sin(bearing)
                      / (KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(place.lat()))));
      String condition = weighted(CONDITIONS, random);
      String[] nearMe = NEAR_ME[random.nextInt(NEAR_ME.length)];
      String article =
          random.nextInt(5) == 0
              ? "ketamine therapy in " + place.name().toLowerCase(Locale.ROOT)
              : QUESTIONS.get(random.nextInt(QUESTIONS.size()));
      searchers.add(
          new Searcher(
              id,
              lat,
              lon,
              place.name() + ", " + place.state(),
              String.format(Locale.ROOT, nearMe[0], condition),
              String.format(Locale.ROOT, nearMe[1], condition),
              NEAREST_TEXT.get(random.nextInt(NEAREST_TEXT.size())),
              article,
              prefix(place, random)));
    }
    return searchers;
  }

  /**
   * What someone has typed so far: the start of their own town's name, of a treatment or condition,
   * or of a practice name, cut after 2 to 5 letters of its last word.
   */
  private static String prefix(Place place, SplittableRandom random) {
    int kind = random.nextInt(10);
    String words;
    if (kind < 4) {
      words = place.name().toLowerCase(Locale.ROOT);
    } else if (kind < 7) {
      words = TREATMENT_WORDS.get(random.nextInt(TREATMENT_WORDS.size()));
    } else {
      words = NAME_FIRST_WORDS.get(random.nextInt(NAME_FIRST_WORDS.size()));
      if (random.nextBoolean()) {
        words += " " + NAME_SECOND_WORDS.get(random.nextInt(NAME_SECOND_WORDS.size()));
      }
    }
    String[] split = words.split(" ");
    int keep = random.nextInt(split.length) + 1;
    String last = split[keep - 1];
    int letters = Math.min(last.length(), 2 + random.nextInt(4));
    split[keep - 1] = last.substring(0, letters);
    return String.join(" ", Arrays.copyOf(split, keep));
  }

  private Place drawPlace(SplittableRandom random) {
    long target = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
    int found = Arrays.binarySearch(cumulativePopulation, target);
    // Running sums strictly increase; the first entry whose sum exceeds the target wins.
    return places[found >= 0 ? found + 1 : -found - 1];
  }

  private static String weighted(List<Weighted> values, SplittableRandom random) {
    int total = values.stream().mapToInt(Weighted::weight).sum();
    int target = random.nextInt(total);
    for (Weighted value : values) {
      target -= value.weight();
      if (target < 0) {
        return value.text();
      }
    }
    throw new AssertionError("weights add up");
  }

  private static double round5(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }
}
