package org.kapfinder.index.geo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The US gazetteer read from {@code corpus/gazetteer/}: ZIP codes, populated places, states with
 * their boundaries, the aliases and abbreviations people type, and the places abroad near the US.
 * Immutable once loaded; the indexer uses it to validate and geocode records and copies it into the
 * places index.
 */
public final class Gazetteer {

  public static final String ZIPS_FILE = "zips.tsv";
  public static final String PLACES_FILE = "places.tsv";
  public static final String ABROAD_FILE = "abroad.tsv";
  public static final String STATES_FILE = "states.tsv";
  public static final String BOUNDARIES_FILE = "states.geojson";
  public static final String ALIASES_FILE = "aliases.tsv";
  public static final String ABBREVIATIONS_FILE = "abbreviations.tsv";

  private static final CSVFormat TSV =
      CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();

  private final Map<String, ZipCode> zipsByCode;
  private final List<Place> places;
  private final List<PlaceAbroad> abroad;
  private final Map<String, UsState> statesByCode;
  private final List<PlaceAlias> aliases;
  private final PlaceNames names;
  private final StateBoundaries boundaries;
  private final Map<String, Place> placesByNameAndState;

  private Gazetteer(
      List<ZipCode> zips,
      List<Place> places,
      List<PlaceAbroad> abroad,
      List<UsState> states,
      List<PlaceAlias> aliases,
      PlaceNames names,
      StateBoundaries boundaries) {
    Map<String, ZipCode> zipMap = new LinkedHashMap<>();
    zips.forEach(zip -> zipMap.put(zip.zip(), zip));
    this.zipsByCode = Collections.unmodifiableMap(zipMap);
    this.places = List.copyOf(places);
    this.abroad = List.copyOf(abroad);
    Map<String, UsState> stateMap = new LinkedHashMap<>();
    states.forEach(state -> stateMap.put(state.code(), state));
    this.statesByCode = Collections.unmodifiableMap(stateMap);
    this.aliases = List.copyOf(aliases);
    this.names = names;
    this.boundaries = boundaries;
    // Two places of one name in a state (a city and a township, say): the more populous wins.
    Map<String, Place> byName = new HashMap<>();
    for (Place place : places) {
      byName.merge(
          nameKey(names.normalize(place.name()), place.state()),
          place,
          (a, b) -> a.population() >= b.population() ? a : b);
    }
    this.placesByNameAndState = byName;
  }

  /** Loads every gazetteer file from {@code directory}. */
  public static Gazetteer load(Path directory) throws IOException {
    Map<String, String> abbreviations = new HashMap<>();
    for (CSVRecord row : rows(directory.resolve(ABBREVIATIONS_FILE))) {
      abbreviations.put(row.get("abbreviation"), row.get("expansion"));
    }
    List<ZipCode> zips =
        read(
            directory.resolve(ZIPS_FILE),
            row ->
                new ZipCode(
                    row.get("zip"),
                    Double.parseDouble(row.get("lat")),
                    Double.parseDouble(row.get("lon")),
                    row.get("city"),
                    row.get("state")));
    List<Place> places =
        read(
            directory.resolve(PLACES_FILE),
            row ->
                new Place(
                    Long.parseLong(row.get("id")),
                    row.get("name"),
                    row.get("state"),
                    Long.parseLong(row.get("population")),
                    Double.parseDouble(row.get("lat")),
                    Double.parseDouble(row.get("lon"))));
    // Gazetteers written before places abroad were added have no such file: without it, a point
    // in no state takes the state of the nearest US place within 50 miles, as it did then.
    Path abroadFile = directory.resolve(ABROAD_FILE);
    List<PlaceAbroad> abroad =
        !Files.exists(abroadFile)
            ? List.of()
            : read(
                abroadFile,
                row ->
                    new PlaceAbroad(
                        Long.parseLong(row.get("id")),
                        row.get("name"),
                        row.get("country"),
                        Double.parseDouble(row.get("lat")),
                        Double.parseDouble(row.get("lon"))));
    List<UsState> states =
        read(
            directory.resolve(STATES_FILE),
            row ->
                new UsState(
                    row.get("code"),
                    row.get("name"),
                    row.get("fips"),
                    Double.parseDouble(row.get("labelLat")),
                    Double.parseDouble(row.get("labelLon")),
                    Long.parseLong(row.get("population"))));
    List<PlaceAlias> aliases =
        read(
            directory.resolve(ALIASES_FILE),
            row ->
                new PlaceAlias(
                    row.get("alias"),
                    row.get("kind"),
                    row.get("state"),
                    row.get("name"),
                    // Gazetteers written before regions had labels have no such column.
                    row.isMapped("label") ? row.get("label") : ""));
    StateBoundaries boundaries =
        StateBoundaries.fromFeatureCollection(
            Files.readString(directory.resolve(BOUNDARIES_FILE), StandardCharsets.UTF_8));
    return new Gazetteer(
        zips, places, abroad, states, aliases, new PlaceNames(abbreviations), boundaries);
  }

  public Optional<ZipCode> zip(String zip) {
    return Optional.ofNullable(zipsByCode.get(zip));
  }

  public Optional<UsState> state(String code) {
    return Optional.ofNullable(statesByCode.get(code));
  }

  /**
   * The most populous place of that name (in any spelling {@link PlaceNames} folds) in a state, or
   * the place a city alias of that name points to ("New York" is New York City).
   */
  public Optional<Place> place(String name, String stateCode) {
    String normalized = names.normalize(name);
    Place place = placesByNameAndState.get(nameKey(normalized, stateCode));
    if (place == null) {
      for (PlaceAlias alias : aliases) {
        if (!alias.isState()
            && alias.state().equals(stateCode)
            && names.normalize(alias.alias()).equals(normalized)) {
          place = placesByNameAndState.get(nameKey(names.normalize(alias.name()), stateCode));
          break;
        }
      }
    }
    return Optional.ofNullable(place);
  }

  public Map<String, ZipCode> zips() {
    return zipsByCode;
  }

  public List<Place> places() {
    return places;
  }

  /** The places outside the US within 100 miles of one of its ZIPs. */
  public List<PlaceAbroad> abroad() {
    return abroad;
  }

  public Map<String, UsState> states() {
    return statesByCode;
  }

  public List<PlaceAlias> aliases() {
    return aliases;
  }

  public PlaceNames names() {
    return names;
  }

  public StateBoundaries boundaries() {
    return boundaries;
  }

  /** Places sorted from most to least populous, for generators that sample by population. */
  public List<Place> placesByPopulation() {
    List<Place> sorted = new ArrayList<>(places);
    sorted.sort(Comparator.comparingLong(Place::population).reversed());
    return sorted;
  }

  private static String nameKey(String normalizedName, String stateCode) {
    return normalizedName + '|' + stateCode;
  }

  private static <T> List<T> read(Path file, Function<CSVRecord, T> mapper) throws IOException {
    List<T> out = new ArrayList<>();
    for (CSVRecord row : rows(file)) {
      try {
        out.add(mapper.apply(row));
      } catch (RuntimeException e) {
        throw new IOException(
            file + ":" + (row.getRecordNumber() + 1) + ": unreadable row: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(TSV).get()) {
      return parser.getRecords();
    }
  }
}
