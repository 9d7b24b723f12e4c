package org.kapfinder.bench.relevance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.geo.ZipCode;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * Reads the judged query set ({@code relevance/queries.json}, documented in {@code
 * relevance/README.md}) strictly: an unknown field, a place the gazetteer does not know or an
 * article id that does not exist is an error naming the query and the field, so that a typo never
 * silently changes what is measured.
 */
final class QuerySetReader {

  /** The categories a query may be counted in; the report gives figures per category. */
  static final Set<String> CATEGORIES =
      Set.of(
          "near-me",
          "city",
          "zip",
          "state",
          "condition",
          "route",
          "insurance",
          "price",
          "telehealth",
          "at-home",
          "informational",
          "typo",
          "other");

  private static final Set<String> QUERY_FIELDS =
      Set.of("id", "q", "categories", "searcher", "place", "providers", "articles", "note");
  private static final Set<String> RULE_FIELDS =
      Set.of("need", "inPerson", "mobile", "telehealth", "bands", "stateGrade");
  private static final Set<String> NEED_FIELDS =
      Set.of(
          "routes",
          "conditions",
          "insurance",
          "plans",
          "spravatoCovered",
          "maxSessionUsd",
          "slidingScale",
          "psychotherapy",
          "languages",
          "clinicians",
          "acceptingNewPatients");
  private static final Set<String> PLACE_FIELDS = Set.of("zip", "city", "state", "lat", "lon");

  private final Gazetteer gazetteer;
  private final Set<String> articleIds;

  /**
   * @param articleIds the ids of the corpus's articles, which judged article answers must name
   */
  QuerySetReader(Gazetteer gazetteer, Set<String> articleIds) {
    this.gazetteer = gazetteer;
    this.articleIds = articleIds;
  }

  /** Parses the whole file; {@code source} names it in messages. */
  List<JudgedQuery> read(String json, String source) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    checkFields(root, Set.of("about", "queries"), source);
    List<JudgedQuery> queries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonElement element : root.getAsJsonArray("queries")) {
      JsonObject object = element.getAsJsonObject();
      String where = source + ": query '" + (object.has("id") ? string(object, "id") : "?") + "'";
      try {
        JudgedQuery query = query(object, where);
        if (!ids.add(query.id())) {
          throw new IllegalArgumentException(where + ": id: appears more than once");
        }
        queries.add(query);
      } catch (IllegalStateException | UnsupportedOperationException | ClassCastException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(queries);
  }

  private JudgedQuery query(JsonObject object, String where) {
    checkFields(object, QUERY_FIELDS, where);
    String id = required(object, "id", where);
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(where + ": id: must be a lower-case slug");
    }
    String q = required(object, "q", where);
    List<String> categories = strings(object, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException(where + ": categories: at least one is required");
    }
    for (String category : categories) {
      if (!CATEGORIES.contains(category)) {
        throw new IllegalArgumentException(
            where + ": categories: unknown '" + category + "'; known: " + CATEGORIES);
      }
    }
    Center searcher =
        object.has("searcher")
            ? center(object.getAsJsonObject("searcher"), where + ": searcher")
            : null;
    Center place =
        object.has("place") ? center(object.getAsJsonObject("place"), where + ": place") : null;
    ProviderRule rule =
        object.has("providers") ? rule(object.getAsJsonObject("providers"), where) : null;
    List<String> articles = object.has("articles") ? strings(object, "articles") : null;
    if (articles != null) {
      for (String article : articles) {
        if (!articleIds.contains(article)) {
          throw new IllegalArgumentException(where + ": articles: no article '" + article + "'");
        }
      }
      if (articles.isEmpty()) {
        throw new IllegalArgumentException(where + ": articles: leave it out rather than empty");
      }
    }
    if (rule == null && articles == null) {
      throw new IllegalArgumentException(where + ": judges neither providers nor articles");
    }
    if (rule != null && searcher == null && place == null) {
      throw new IllegalArgumentException(
          where + ": providers: judged by distance, so the query needs a searcher or a place");
    }
    String note = object.has("note") ? string(object, "note") : null;
    return new JudgedQuery(id, q, List.copyOf(categories), searcher, place, rule, articles, note);
  }

  /** A place: {"zip"}, {"city", "state"}, {"state"} or {"lat", "lon"}. */
  Center center(JsonObject object, String where) {
    checkFields(object, PLACE_FIELDS, where);
    if (object.has("zip")) {
      String code = string(object, "zip");
      ZipCode zip =
          gazetteer
              .zip(code)
              .orElseThrow(() -> new IllegalArgumentException(where + ": unknown ZIP " + code));
      return new Center("ZIP " + code, zip.lat(), zip.lon(), zip.state(), false);
    }
    if (object.has("lat")) {
      double lat = object.get("lat").getAsDouble();
      double lon = object.get("lon").getAsDouble();
      String state =
          gazetteer
              .boundaries()
              .stateAt(lat, lon)
              .orElseThrow(() -> new IllegalArgumentException(where + ": point in no state"));
      return new Center(String.format(Locale.ROOT, "%.4f,%.4f", lat, lon), lat, lon, state, false);
    }
    String stateCode = required(object, "state", where).toUpperCase(Locale.ROOT);
    UsState state =
        gazetteer
            .state(stateCode)
            .orElseThrow(
                () -> new IllegalArgumentException(where + ": unknown state " + stateCode));
    if (object.has("city")) {
      String name = string(object, "city");
      Place city =
          gazetteer
              .place(name, stateCode)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          where + ": the gazetteer has no " + name + ", " + stateCode));
      return new Center(city.name() + ", " + stateCode, city.lat(), city.lon(), stateCode, false);
    }
    return new Center(state.name(), state.labelLat(), state.labelLon(), stateCode, true);
  }

  private ProviderRule rule(JsonObject object, String where) {
    String at = where + ": providers";
    checkFields(object, RULE_FIELDS, at);
    Needs need =
        object.has("need") ? needs(object.getAsJsonObject("need"), at + ".need") : Needs.NONE;
    List<Band> bands = ProviderRule.DEFAULT_BANDS;
    if (object.has("bands")) {
      bands = new ArrayList<>();
      for (JsonElement band : object.getAsJsonArray("bands")) {
        JsonArray pair = band.getAsJsonArray();
        bands.add(new Band(pair.get(0).getAsDouble(), pair.get(1).getAsInt()));
      }
    }
    try {
      return new ProviderRule(
          need,
          bool(object, "inPerson", true),
          bool(object, "mobile", true),
          object.has("telehealth")
              ? object.get("telehealth").getAsInt()
              : ProviderRule.DEFAULT_TELEHEALTH,
          bands,
          object.has("stateGrade")
              ? object.get("stateGrade").getAsInt()
              : ProviderRule.DEFAULT_STATE_GRADE);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private Needs needs(JsonObject object, String where) {
    checkFields(object, NEED_FIELDS, where);
    Set<String> plans = new LinkedHashSet<>();
    strings(object, "plans").forEach(plan -> plans.add(plan.toLowerCase(Locale.ROOT)));
    return new Needs(
        enums(object, "routes", Route.class, where),
        enums(object, "conditions", Condition.class, where),
        boolOrNull(object, "insurance"),
        Set.copyOf(plans),
        boolOrNull(object, "spravatoCovered"),
        object.has("maxSessionUsd") ? object.get("maxSessionUsd").getAsDouble() : null,
        boolOrNull(object, "slidingScale"),
        boolOrNull(object, "psychotherapy"),
        Set.copyOf(strings(object, "languages")),
        enums(object, "clinicians", Clinician.class, where),
        boolOrNull(object, "acceptingNewPatients"));
  }

  private static <E extends Enum<E> & WireEnum> Set<E> enums(
      JsonObject object, String field, Class<E> type, String where) {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : strings(object, field)) {
      values.add(
          WireEnum.parse(type, name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          where
                              + ": "
                              + field
                              + ": unknown '"
                              + name
                              + "'; allowed: "
                              + WireEnum.allowed(type))));
    }
    return values;
  }

  private static void checkFields(JsonObject object, Set<String> known, String where) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            where + ": unknown field '" + key + "'; known: " + known);
      }
    }
  }

  private static String required(JsonObject object, String field, String where) {
    if (!object.has(field) || string(object, field).isBlank()) {
      throw new IllegalArgumentException(where + ": " + field + ": required");
    }
    return string(object, field);
  }

  private static String string(JsonObject object, String field) {
    JsonElement value = object.get(field);
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw new IllegalArgumentException(field + ": must be a string");
    }
    return value.getAsString();
  }

  private static List<String> strings(JsonObject object, String field) {
    List<String> values = new ArrayList<>();
    if (object.has(field)) {
      object.getAsJsonArray(field).forEach(value -> values.add(value.getAsString()));
    }
    return values;
  }

  private static boolean bool(JsonObject object, String field, boolean fallback) {
    return object.has(field) ? object.get(field).getAsBoolean() : fallback;
  }

  private static Boolean boolOrNull(JsonObject object, String field) {
    return object.has(field) ? object.get(field).getAsBoolean() : null;
  }
}
