package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ResolvedPlace;

/** Turns providers into result items: each one's distance from the searcher and why it is shown. */
final class ProviderItems {

  private ProviderItems() {}

  /** The items of the plan's page of {@code result}, read from the providers' stored records. */
  static SearchResponse.Providers page(
      IndexSearcher searcher,
      ProviderSearch.Result result,
      ProviderSearchPlan plan,
      ReasonTexts texts)
      throws IOException {
    List<ProviderItem> items = new ArrayList<>();
    // One reader of stored fields for the page: each new one sets up its segments' indexes again.
    StoredFields records = searcher.storedFields();
    for (ScoreDoc hit : ProviderSearch.pageOf(result.page(), plan.page(), plan.size())) {
      Provider provider = ProviderRecordFormat.read(records.document(hit.doc));
      Float score = Float.isNaN(hit.score) ? null : hit.score;
      ProviderItem.Explanation explanation =
          plan.explain() ? Explanations.of(searcher.explain(result.query(), hit.doc)) : null;
      items.add(
          item(
              provider,
              plan.location(),
              plan.measuredFrom(),
              result.radiusMiles(),
              plan.filters(),
              texts,
              score,
              explanation));
    }
    return new SearchResponse.Providers(result.total(), items);
  }

  /**
   * @param measuredFrom the point the provider's miles are measured from, or null for none ({@link
   *     ProviderSearchPlan#measuredFrom})
   * @param radiusMiles the radius searched for providers to visit, or null when it is not a radius
   *     (no place, or a whole state)
   */
  static ProviderItem item(
      Provider provider,
      ResolvedPlace location,
      ResolvedPlace measuredFrom,
      Double radiusMiles,
      ProviderFilters filters,
      ReasonTexts texts,
      Float score,
      ProviderItem.Explanation explanation) {
    Double miles = null;
    if (measuredFrom != null && provider.location() != null) {
      miles =
          round(
              Distances.haversineMiles(
                  measuredFrom.lat(),
                  measuredFrom.lon(),
                  provider.location().lat(),
                  provider.location().lon()));
    }
    return ProviderItem.of(
        provider,
        miles,
        reasons(provider, location, radiusMiles, filters, texts, miles),
        score,
        explanation);
  }

  /**
   * The reasons a provider is shown, most important first. Its distance is one only within the
   * radius, and only when visits are asked for: a clinic 700 miles away, or one found by "online
   * ketamine therapy", is shown for its telehealth, not for its office.
   */
  static List<String> reasons(
      Provider provider,
      ResolvedPlace location,
      Double radiusMiles,
      ProviderFilters filters,
      ReasonTexts texts,
      Double miles) {
    List<String> reasons = new ArrayList<>();
    if (location != null) {
      String state = location.state();
      boolean visitsAsked = filters.modes().isEmpty() || filters.modes().contains(Mode.IN_PERSON);
      boolean inPersonHere =
          visitsAsked
              && provider.isInPerson()
              && (location.isState()
                  ? provider.address() != null && provider.address().state().equals(state)
                  : miles != null && (radiusMiles == null || miles <= radiusMiles));
      if (inPersonHere && miles != null) {
        reasons.add(texts.milesAway(miles));
      } else if (inPersonHere) {
        reasons.add(texts.in(location.label()));
      }
      if (provider.isMobile() && miles != null && miles <= provider.serviceRadiusMiles()) {
        reasons.add(texts.travelsToYou(provider.serviceRadiusMiles()));
      } else if (provider.isMobile()
          && location.isState()
          && provider.address() != null
          && provider.address().state().equals(state)) {
        // Searched by state, a provider who visits homes is shown for the area it covers.
        reasons.add(texts.travelsAround(provider.serviceRadiusMiles(), provider.address().city()));
      }
      if (provider.treatsRemotely() && state != null && provider.servesStates().contains(state)) {
        reasons.add(texts.licensedIn(state));
      }
    } else {
      // Without a place the reach above cannot be told; the ways of treating asked for can.
      for (Mode mode : provider.modes()) {
        if (filters.modes().contains(mode)) {
          reasons.add(texts.mode(mode));
        }
      }
    }
    for (Condition condition : provider.conditions()) {
      if (filters.conditions().contains(condition)
          || filters.boostConditions().contains(condition)) {
        reasons.add(texts.treats(condition));
      }
    }
    for (Route route : provider.routes()) {
      if (filters.routes().contains(route)) {
        reasons.add(texts.offers(route));
      }
    }
    if (filters.insurance() && provider.insurance() != null) {
      List<String> named =
          provider.insurance().plans().stream()
              .filter(plan -> filters.boostPlans().contains(plan.toLowerCase(Locale.ROOT)))
              .toList();
      reasons.add(named.isEmpty() ? texts.takesInsurance() : texts.takesPlans(named));
    }
    if (filters.psychotherapy() != null) {
      reasons.add(texts.psychotherapy(provider.psychotherapy()));
    }
    if ((filters.maxPriceUsd() != null || filters.boostLowPrice())
        && provider.pricing() != null
        && provider.pricing().sessionMinUsd() != null) {
      reasons.add(texts.sessionsFrom(provider.pricing().sessionMinUsd()));
    }
    if (filters.boostSlidingScale()
        && provider.pricing() != null
        && Boolean.TRUE.equals(provider.pricing().slidingScale())) {
      reasons.add(texts.slidingScale());
    }
    List<Clinician> team =
        provider.clinicians().stream().filter(filters.boostClinicians()::contains).toList();
    if (!team.isEmpty()) {
      reasons.add(texts.careTeam(team));
    }
    for (String language : provider.languages()) {
      if (filters.languages().contains(language)) {
        reasons.add(texts.speaks(language));
      }
    }
    if (filters.acceptingNewPatients() && Boolean.TRUE.equals(provider.acceptingNewPatients())) {
      reasons.add(texts.acceptingNewPatients());
    }
    return reasons;
  }

  static double round(double miles) {
    return Math.round(miles * 10) / 10.0;
  }
}
