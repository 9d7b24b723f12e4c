package org.kapfinder.server.query;

import java.util.Set;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/** What a recognised phrase of a query means. */
sealed interface Intent {

  /** Care free of charge: a low price wanted, and a price of nothing. */
  Intent FREE_CARE = new All(java.util.List.of(new LowPrice(), new FreeCare()));

  /** A treatment route ("IV", "infusion"); several when the phrase fits more than one. */
  record Routes(Set<Route> routes) implements Intent {}

  /** A condition ("PTSD", "post-traumatic stress"). */
  record Conditions(Set<Condition> conditions) implements Intent {}

  /** How care is delivered ("virtual", "at home", "in person"). */
  record Delivery(Mode mode) implements Intent {}

  /** Wants providers that take insurance; {@code plan} names a plan ("aetna") or is null. */
  record Insurance(String plan) implements Intent {}

  /** Wants sessions with psychotherapy (true) or medication only (false). */
  record Psychotherapy(boolean wanted) implements Intent {}

  /**
   * Wants low prices ("cheap", "affordable"), or the lowest first ("cheapest", "least expensive"),
   * as "nearest" asks for the nearest first.
   */
  record LowPrice(boolean cheapestFirst) implements Intent {
    LowPrice() {
      this(false);
    }
  }

  /**
   * Wants care free of charge ("for free"): asked with {@link LowPrice}, since the nearest a
   * listing's price comes is a low one.
   */
  record FreeCare() implements Intent {}

  /** Wants a sliding scale. */
  record SlidingScale() implements Intent {}

  /** Speaks a language ("spanish speaking", "en español"); an ISO 639-1 code. */
  record Language(String code) implements Intent {}

  /** A kind of clinician ("psychiatrist", "anesthesiologist", "nurse practitioner"). */
  record ClinicianKind(Clinician clinician) implements Intent {}

  /** Wants providers accepting new patients. */
  record AcceptingNewPatients() implements Intent {}

  /** A phrase with several meanings at once ("infusion only": IV, and no psychotherapy). */
  record All(java.util.List<Intent> parts) implements Intent {}

  /** Any of several kinds of clinician ("doctor", "nurse"). */
  static Intent anyClinician(Clinician... kinds) {
    return new All(java.util.Arrays.stream(kinds).<Intent>map(ClinicianKind::new).toList());
  }

  /**
   * "near me": the searcher's own location; "closest", "nearest": and the nearest first, unless the
   * request asks for another order.
   */
  record NearMe(boolean nearestFirst) implements Intent {
    static final NearMe NEAR = new NearMe(false);
    static final NearMe NEAREST = new NearMe(true);
  }

  /**
   * A word that carries no filter and would only add noise to the text match ("ketamine", "clinic",
   * "near"). Articles still see it.
   */
  record Filler() implements Intent {}
}
