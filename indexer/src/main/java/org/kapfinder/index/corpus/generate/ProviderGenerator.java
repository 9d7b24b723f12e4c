package org.kapfinder.index.corpus.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.Rating;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.schema.LocationPrecision;

/**
 * Generates fictional but realistic provider records: the bundled sample and synthetic corpora of
 * any size for benchmarks. Record {@code i} is a pure function of the options' seed, {@code i} and
 * the gazetteer, so records can be produced in any order, on any number of threads, and the same
 * options always give byte-identical files.
 *
 * <p>In-person providers are placed by population ({@link SiteSampler}); the first two records of
 * each state (and DC) are drawn within that state, so every state is covered however small. What
 * each provider offers comes from {@link MarketMix}; names, contact details and descriptions are
 * composed and plainly fictional. Every record passes the record format's validation. Thread-safe.
 */
public final class ProviderGenerator {

  /** Share of addressed providers that leave {@code location} out, for the indexer to geocode. */
  public static final double NO_LOCATION_SHARE = 0.05;

  /** Share of in-person providers whose address is a city and state without a ZIP code. */
  public static final double NO_ZIP_SHARE = 0.01;

  /** How many records per state are drawn within that state before population takes over. */
  public static final int RECORDS_PER_STATE_FIRST = 2;

  /** {@code lastVerified} dates fall in this many months up to the options' date. */
  public static final int VERIFIED_WITHIN_MONTHS = 18;

  private static final Set<String> SPANISH_SPEAKING_STATES =
      Set.of("AZ", "CA", "CO", "FL", "IL", "NJ", "NM", "NV", "NY", "TX");
  private static final List<String> OTHER_LANGUAGES =
      List.of("zh", "vi", "ko", "ru", "ar", "pt", "fr", "hi", "tl", "ht");

  private final GeneratorOptions options;
  private final SiteSampler sites;
  private final LicensedStates licensedStates;
  private final MarketMix market;
  private final Names names = new Names();
  private final Descriptions descriptions = new Descriptions();
  private final List<String> states;
  private final LocalDate earliestVerified;
  private final int verifiedDays;

  public ProviderGenerator(Gazetteer gazetteer, GeneratorOptions options) {
    this.options = options;
    this.sites = new SiteSampler(gazetteer);
    this.licensedStates = new LicensedStates(gazetteer.states());
    this.market = new MarketMix(licensedStates);
    this.states = sites.states();
    this.earliestVerified = options.asOf().minusMonths(VERIFIED_WITHIN_MONTHS);
    this.verifiedDays = (int) ChronoUnit.DAYS.between(earliestVerified, options.asOf());
  }

  public GeneratorOptions options() {
    return options;
  }

  /** The record at 0-based {@code index}. */
  public Provider provider(long index) {
    Dice dice = Dice.forRecord(options.seed(), index);
    String firstState =
        index < (long) RECORDS_PER_STATE_FIRST * states.size()
            ? states.get((int) (index / RECORDS_PER_STATE_FIRST))
            : null;
    PracticeKind kind = PracticeKind.draw(dice, firstState != null);

    SiteSampler.Site site = null;
    String home;
    if (kind == PracticeKind.TELEHEALTH_PROGRAM) {
      home = sites.state(dice);
    } else {
      boolean withZip = kind == PracticeKind.MOBILE_SERVICE || !dice.chance(NO_ZIP_SHARE);
      site = sites.site(dice, firstState, withZip);
      home = site.state();
    }
    Offering offering = market.offering(kind, home, dice);
    Names.Name name =
        names.name(
            kind, offering.type(), offering.clinicians(), site == null ? null : site.city(), dice);

    Address address = null;
    GeoPoint location = null;
    if (site != null) {
      address =
          new Address(
              names.street(dice),
              site.city(),
              site.state(),
              site.zip() == null ? null : site.zip().zip());
      boolean dropLocation =
          kind != PracticeKind.MOBILE_SERVICE
              && dice.chance(site.zip() == null ? 0.3 : NO_LOCATION_SHARE);
      location = dropLocation ? null : site.point();
    }
    List<String> languages = languages(home, kind, dice);
    Boolean acceptingNewPatients = dice.chance(0.95) ? dice.chance(0.88) : null;
    String description =
        descriptions.describe(
            offering,
            new Descriptions.Facts(
                name.display(),
                site == null ? null : site.city(),
                home,
                offering.servesStates().size(),
                licensedStateNames(offering.servesStates()),
                languages,
                acceptingNewPatients),
            dice);
    return new Provider(
        options.id(index),
        name.display(),
        offering.type(),
        description,
        address,
        location,
        location == null ? null : LocationPrecision.EXACT,
        offering.modes(),
        offering.servesStates(),
        offering.serviceRadiusMiles(),
        offering.routes(),
        offering.conditions(),
        offering.psychotherapy(),
        offering.clinicians(),
        offering.pricing(),
        offering.insurance(),
        languages,
        acceptingNewPatients,
        offering.memberships(),
        rating(dice),
        dice.chance(0.92) ? Contacts.phone(home, dice) : null,
        dice.chance(0.9) ? Contacts.website(name.slug()) : null,
        dice.chance(0.7) ? Contacts.email(name.slug(), name.firstName(), dice) : null,
        earliestVerified.plusDays(dice.between(0, verifiedDays)).toString());
  }

  /** English always; Spanish often where many people speak it; now and then another language. */
  private static List<String> languages(String state, PracticeKind kind, Dice dice) {
    double spanish =
        kind == PracticeKind.TELEHEALTH_PROGRAM
            ? 0.25
            : SPANISH_SPEAKING_STATES.contains(state) ? 0.22 : 0.07;
    List<String> languages = new ArrayList<>(3);
    languages.add("en");
    if (dice.chance(spanish)) {
      languages.add("es");
    }
    if (dice.chance(0.04)) {
      languages.add(dice.pick(OTHER_LANGUAGES));
    }
    return List.copyOf(languages);
  }

  /**
   * Most listings have a rating; averages cluster around 4.6 and spread more when few people have
   * rated; counts are log-normal, from a handful to a couple of thousand.
   */
  private static Rating rating(Dice dice) {
    if (!dice.chance(0.82)) {
      return null;
    }
    int count =
        (int) Math.max(1, Math.min(2500, Math.round(Math.exp(3.0 + 1.1 * dice.gaussian()))));
    double spread = 0.2 + 0.8 / Math.sqrt(count);
    double average = Math.max(2.5, Math.min(5, 4.6 + spread * dice.gaussian()));
    return new Rating(Math.round(average * 10) / 10.0, count);
  }

  /** "Texas, Oklahoma and Arkansas" for a short list; null for more than three states. */
  private String licensedStateNames(List<String> codes) {
    if (codes.isEmpty() || codes.size() > 3) {
      return null;
    }
    return Descriptions.join(codes.stream().map(licensedStates::name).toList());
  }
}
