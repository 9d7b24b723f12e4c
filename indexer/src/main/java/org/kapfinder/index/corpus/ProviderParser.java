package org.kapfinder.index.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kapfinder.index.corpus.RecordFields.FieldProblem;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Geocoder;
import org.kapfinder.index.geo.ZipCode;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/**
 * Turns one provider record (a JSON object, however it was read) into a validated, geocoded {@link
 * Provider}, or the complete list of what is wrong with it. Every rule of the record format in
 * {@code corpus/README.md} is checked here and only here.
 */
public final class ProviderParser {

  /** The record format's top-level field names. */
  public static final Set<String> FIELDS =
      Set.of(
          "id",
          "name",
          "type",
          "description",
          "address",
          "location",
          "modes",
          "servesStates",
          "serviceRadiusMiles",
          "routes",
          "conditions",
          "psychotherapy",
          "clinicians",
          "pricing",
          "insurance",
          "languages",
          "acceptingNewPatients",
          "memberships",
          "rating",
          "phone",
          "website",
          "email",
          "lastVerified");

  static final Set<String> ADDRESS_FIELDS = Set.of("street", "city", "state", "zip");
  static final Set<String> LOCATION_FIELDS = Set.of("lat", "lon");
  static final Set<String> PRICING_FIELDS =
      Set.of("sessionMinUsd", "sessionMaxUsd", "programUsd", "programSessions", "slidingScale");
  static final Set<String> INSURANCE_FIELDS = Set.of("accepted", "plans", "spravatoCovered");
  static final Set<String> RATING_FIELDS = Set.of("average", "count");

  /** The largest service radius accepted; beyond it "travels to you" stops meaning anything. */
  public static final double MAX_SERVICE_RADIUS_MILES = 500;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern ZIP = Pattern.compile("\\d{5}");
  private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
  private static final Pattern MEMBERSHIP = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
  private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());
  private static final int MAX_NAME_CHARS = 200;
  private static final int MAX_DESCRIPTION_CHARS = 5_000;

  /** The outcome for one record: a provider, or the problems that prevent one. */
  public record Result(Provider provider, List<Problem> problems) {
    public boolean isValid() {
      return provider != null;
    }
  }

  private final Gazetteer gazetteer;
  private final Geocoder geocoder;
  private final LocalDate today;

  /**
   * @param today dates after this are rejected as "in the future"; passed in so that a build is
   *     reproducible and tests can pin it
   */
  public ProviderParser(Gazetteer gazetteer, LocalDate today) {
    this.gazetteer = gazetteer;
    this.geocoder = new Geocoder(gazetteer);
    this.today = today;
  }

  /**
   * Validates and geocodes one record read from {@code file} at {@code line}.
   *
   * @param record the record's top-level fields by name ({@link RawRecord#fields})
   */
  public Result parse(Map<String, JsonElement> record, String file, long line) {
    List<FieldProblem> problems = new ArrayList<>();
    RecordFields fields = new RecordFields(record, "", problems);
    fields.rejectUnknownFields(FIELDS);

    String id = fields.string("id", true);
    if (id != null && !ID.matcher(id).matches()) {
      fields.problem("id", "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
    }
    String name = fields.string("name", true);
    if (name != null && name.length() > MAX_NAME_CHARS) {
      fields.problem("name", "must be at most " + MAX_NAME_CHARS + " characters");
    }
    ProviderType type = fields.enumValue("type", ProviderType.class, true);
    String description = fields.string("description", false);
    if (description != null && description.length() > MAX_DESCRIPTION_CHARS) {
      fields.problem("description", "must be at most " + MAX_DESCRIPTION_CHARS + " characters");
    }
    List<Mode> modes = fields.enums("modes", Mode.class, true);
    boolean addressRequired = type != ProviderType.TELEHEALTH;
    Address address = address(fields, addressRequired);
    GeoPoint location = location(fields);
    List<String> servesStates = states(fields, "servesStates");
    Double serviceRadiusMiles = fields.number("serviceRadiusMiles", false);
    if (serviceRadiusMiles != null
        && (serviceRadiusMiles <= 0 || serviceRadiusMiles > MAX_SERVICE_RADIUS_MILES)) {
      fields.problem(
          "serviceRadiusMiles",
          "must be greater than 0 and at most " + (int) MAX_SERVICE_RADIUS_MILES);
      serviceRadiusMiles = null;
    }
    List<Route> routes = fields.enums("routes", Route.class, true);
    List<Condition> conditions = orEmpty(fields.enums("conditions", Condition.class, false));
    Boolean psychotherapy = fields.bool("psychotherapy", true);
    List<Clinician> clinicians = orEmpty(fields.enums("clinicians", Clinician.class, false));
    Pricing pricing = pricing(fields);
    Insurance insurance = insurance(fields);
    List<String> languages = languages(fields);
    Boolean acceptingNewPatients = fields.bool("acceptingNewPatients", false);
    List<String> memberships = orEmpty(fields.strings("memberships", false));
    for (String membership : memberships) {
      if (!MEMBERSHIP.matcher(membership).matches()) {
        fields.problem(
            "memberships", "\"" + membership + "\" must be a lower-case slug such as askp3");
      }
    }
    Rating rating = rating(fields);
    String phone = fields.string("phone", false);
    String website = fields.string("website", false);
    if (website != null && !WEBSITE.matcher(website).matches()) {
      fields.problem("website", "must be an http:// or https:// address");
    }
    String email = fields.string("email", false);
    if (email != null && !EMAIL.matcher(email).matches()) {
      fields.problem("email", "must be an email address");
    }
    String lastVerified = date(fields, "lastVerified");

    if (modes != null) {
      ModeRules.check(fields, type, modes, routes, servesStates, serviceRadiusMiles, address);
    }

    LocationPrecision precision = location == null ? null : LocationPrecision.EXACT;
    if (location == null && address != null && problems.isEmpty()) {
      Optional<Geocoder.Located> located = geocoder.locate(address);
      if (located.isPresent()) {
        location = located.get().point();
        precision = located.get().precision();
      } else {
        fields.problem(
            "address", "cannot be placed: no known ZIP and no place of that city in that state");
      }
    }

    if (!problems.isEmpty()) {
      return new Result(
          null,
          problems.stream()
              .map(problem -> new Problem(file, line, problem.field(), problem.message()))
              .toList());
    }
    Provider provider =
        new Provider(
            id,
            name,
            type,
            description,
            address,
            location,
            precision,
            modes,
            servesStates == null ? List.of() : servesStates,
            serviceRadiusMiles,
            routes,
            conditions,
            psychotherapy,
            clinicians,
            pricing,
            insurance,
            languages,
            acceptingNewPatients,
            memberships,
            rating,
            phone,
            website,
            email,
            lastVerified);
    return new Result(provider, List.of());
  }

  private Address address(RecordFields fields, boolean required) {
    JsonObject object = fields.object("address", required);
    if (object == null) {
      return null;
    }
    int problemsBefore = fields.problemCount();
    RecordFields address = fields.nested(object, "address");
    address.rejectUnknownFields(ADDRESS_FIELDS);
    String street = address.string("street", false);
    String city = address.string("city", true);
    String state = address.string("state", true);
    String zip = address.string("zip", false);
    if (state != null) {
      state = state.toUpperCase(Locale.ROOT);
      if (gazetteer.state(state).isEmpty()) {
        address.problem("state", "\"" + state + "\" is not a USPS code of a US state or DC");
      }
    }
    if (zip != null) {
      if (!ZIP.matcher(zip).matches()) {
        address.problem("zip", "must be 5 digits");
      } else {
        Optional<ZipCode> known = gazetteer.zip(zip);
        if (known.isEmpty()) {
          address.problem("zip", zip + " is not a known ZIP code");
        } else if (state != null && !known.get().state().equals(state)) {
          address.problem("zip", zip + " is in " + known.get().state() + ", not " + state);
        }
      }
    }
    return fields.problemCount() == problemsBefore ? new Address(street, city, state, zip) : null;
  }

  private static GeoPoint location(RecordFields fields) {
    JsonObject object = fields.object("location", false);
    if (object == null) {
      return null;
    }
    int problemsBefore = fields.problemCount();
    RecordFields location = fields.nested(object, "location");
    location.rejectUnknownFields(LOCATION_FIELDS);
    Double lat = location.number("lat", true);
    Double lon = location.number("lon", true);
    if (lat != null && (lat < -90 || lat > 90)) {
      location.problem("lat", "must be between -90 and 90, got " + lat);
    }
    if (lon != null && (lon < -180 || lon > 180)) {
      location.problem("lon", "must be between -180 and 180, got " + lon);
    }
    return fields.problemCount() == problemsBefore ? new GeoPoint(lat, lon) : null;
  }

  private List<String> states(RecordFields fields, String name) {
    List<String> values = fields.strings(name, false);
    if (values == null) {
      return null;
    }
    List<String> states = new ArrayList<>();
    for (String value : values) {
      String code = value.toUpperCase(Locale.ROOT);
      if (gazetteer.state(code).isEmpty()) {
        fields.problem(name, "\"" + value + "\" is not a USPS code of a US state or DC");
      } else if (!states.contains(code)) {
        states.add(code);
      }
    }
    states.sort(null);
    return states;
  }

  private static Pricing pricing(RecordFields fields) {
    JsonObject object = fields.object("pricing", false);
    if (object == null) {
      return null;
    }
    int problemsBefore = fields.problemCount();
    RecordFields pricing = fields.nested(object, "pricing");
    pricing.rejectUnknownFields(PRICING_FIELDS);
    Double min = nonNegative(pricing, "sessionMinUsd");
    Double max = nonNegative(pricing, "sessionMaxUsd");
    Double program = nonNegative(pricing, "programUsd");
    Integer sessions = pricing.integer("programSessions", false);
    if (sessions != null && sessions < 1) {
      pricing.problem("programSessions", "must be at least 1");
    }
    Boolean slidingScale = pricing.bool("slidingScale", false);
    if (min != null && max != null && min > max) {
      pricing.problem("sessionMaxUsd", "must not be less than sessionMinUsd");
    }
    return fields.problemCount() == problemsBefore
        ? new Pricing(min, max, program, sessions, slidingScale)
        : null;
  }

  private static Double nonNegative(RecordFields fields, String name) {
    Double value = fields.number(name, false);
    if (value != null && value < 0) {
      fields.problem(name, "must not be negative");
      return null;
    }
    return value;
  }

  private static Insurance insurance(RecordFields fields) {
    JsonObject object = fields.object("insurance", false);
    if (object == null) {
      return null;
    }
    int problemsBefore = fields.problemCount();
    RecordFields insurance = fields.nested(object, "insurance");
    insurance.rejectUnknownFields(INSURANCE_FIELDS);
    Boolean accepted = insurance.bool("accepted", true);
    List<String> plans = orEmpty(insurance.strings("plans", false));
    Boolean spravatoCovered = insurance.bool("spravatoCovered", false);
    if (Boolean.FALSE.equals(accepted) && !plans.isEmpty()) {
      insurance.problem("plans", "lists plans although accepted is false");
    }
    return fields.problemCount() == problemsBefore
        ? new Insurance(accepted, plans, spravatoCovered)
        : null;
  }

  private static List<String> languages(RecordFields fields) {
    List<String> values = fields.strings("languages", false);
    if (values == null) {
      return List.of("en");
    }
    List<String> codes = new ArrayList<>();
    for (String value : values) {
      String code = value.toLowerCase(Locale.ROOT);
      if (code.length() != 2 || !LANGUAGE_CODES.contains(code)) {
        fields.problem(
            "languages", "\"" + value + "\" is not an ISO 639-1 language code such as en");
      } else {
        codes.add(code);
      }
    }
    return codes.isEmpty() ? List.of("en") : List.copyOf(codes);
  }

  private static Rating rating(RecordFields fields) {
    JsonObject object = fields.object("rating", false);
    if (object == null) {
      return null;
    }
    int problemsBefore = fields.problemCount();
    RecordFields rating = fields.nested(object, "rating");
    rating.rejectUnknownFields(RATING_FIELDS);
    Double average = rating.number("average", true);
    Integer count = rating.integer("count", true);
    if (average != null && (average < 0 || average > 5)) {
      rating.problem("average", "must be between 0 and 5, got " + average);
    }
    if (count != null && count < 0) {
      rating.problem("count", "must not be negative");
    }
    return fields.problemCount() == problemsBefore ? new Rating(average, count) : null;
  }

  private String date(RecordFields fields, String name) {
    String value = fields.string(name, false);
    if (value == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isAfter(today)) {
        fields.problem(name, value + " is in the future");
        return null;
      }
      return date.toString();
    } catch (DateTimeParseException e) {
      fields.problem(name, "must be an ISO date such as 2026-03-14, got \"" + value + "\"");
      return null;
    }
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
