package org.kapfinder.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.server.query.EatingDisorderSigns;
import org.kapfinder.server.query.FoldedText;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.PregnancyOrBreastfeeding;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.UnderEighteen;

/**
 * Which notices a search is given: what its reading says before any result is known, and what the
 * providers shown say of what it asked for. Their sentences are {@link NoticeTexts}'.
 */
final class SearchNotices {

  private static final String SPANISH = "es";

  private SearchNotices() {}

  /**
   * Where the search is made and what it cannot find: no point for "near me", a place outside the
   * states, a point abroad, other cities of the name, a second place, care at home without a place,
   * care veterans can ask about first, ketamine avoided in pregnancy, adults-only care for someone
   * under 18, and how to ask for Spanish speakers.
   *
   * @param q the search as typed, folded
   */
  static List<String> ofReading(
      FoldedText q,
      Interpretation understood,
      ResolvedPlace location,
      ProviderFilters filters,
      NoticeTexts texts) {
    List<String> notices = new ArrayList<>();
    if (location == null && understood.nearMe()) {
      notices.add(texts.locationNeeded());
    }
    if (understood.outsideTheStates() != null) {
      notices.add(texts.outsideTheStates(understood.outsideTheStates()));
    }
    if (location != null && location.state() == null) {
      // Only a point can lie in no state: every named place is in one.
      notices.add(texts.outsideTheUs());
    }
    if (location != null && !location.sameName().isEmpty()) {
      notices.add(texts.sameName(location));
    }
    if (understood.otherPlace() != null && location == understood.place()) {
      notices.add(texts.otherPlace(location, understood.otherPlace()));
    }
    if (location == null
        && !understood.nearMe()
        && !understood.crisis()
        && (filters.modes().contains(Mode.AT_HOME) || filters.modes().contains(Mode.TELEHEALTH))) {
      // Shown nationwide, these providers may not treat the searcher at all: a mobile provider's
      // circle or a program's licences may not reach them, and nothing else on the page says so.
      notices.add(texts.placeDecidesWhoTreatsAtHome());
    }
    if (!understood.crisis() && understood.military()) {
      // The VA and TRICARE may give what a private clinic charges thousands for. (A veteran in
      // crisis is given the Veterans Crisis Line instead.)
      notices.add(texts.veteransCare());
    }
    // Said before the providers: they list nothing of either, and the answer may be not yet, or
    // someone else first. (A search in crisis or an emergency is answered with help, not with how
    // to find care.)
    boolean help = understood.distress().any();
    if (!help && EatingDisorderSigns.namedIn(q)) {
      notices.add(texts.eatingDisorder());
    }
    if (!help && PregnancyOrBreastfeeding.namedIn(q)) {
      notices.add(texts.pregnancyOrBreastfeeding());
    }
    if (!help && UnderEighteen.namedIn(q)) {
      notices.add(texts.underEighteen());
    }
    if (understood.spanish() && !help && !filters.languages().contains(SPANISH)) {
      notices.add(NoticeTexts.SPANISH_SPEAKERS);
    }
    return notices;
  }

  /**
   * Free care asked for that no provider shown lists, and plans named that none or only some do.
   */
  static List<String> ofProvidersShown(
      Interpretation understood,
      ProviderFilters filters,
      List<ProviderItem> shown,
      NoticeTexts texts) {
    List<String> notices = new ArrayList<>();
    if (understood.freeCare() && !shown.isEmpty() && noneFree(shown)) {
      notices.add(texts.noFreeListing());
    }
    List<String> plans = filters.boostPlans().stream().sorted().toList();
    long listing = shown.stream().filter(item -> listsPlan(item, plans)).count();
    if (!shown.isEmpty() && !plans.isEmpty() && listing == 0) {
      notices.add(texts.noPlanListed(plans));
    } else if (!plans.isEmpty() && listing < shown.size()) {
      // A plan only boosts: the others are shown too, and each listing's reasons say which
      // take it.
      notices.add(texts.somePlanListed(plans, (int) listing, shown.size()));
    }
    return notices;
  }

  private static boolean noneFree(List<ProviderItem> items) {
    return items.stream().map(ProviderItem::pricing).noneMatch(SearchNotices::isFree);
  }

  /** Whether the item lists one of the plans, which are in lower case. */
  private static boolean listsPlan(ProviderItem item, List<String> plans) {
    return item.insurance() != null
        && item.insurance().plans().stream()
            .anyMatch(plan -> plans.contains(plan.toLowerCase(Locale.ROOT)));
  }

  /** True when a session, or a whole programme, is listed at no cost. */
  static boolean isFree(Pricing pricing) {
    return pricing != null && (isZero(pricing.sessionMinUsd()) || isZero(pricing.programUsd()));
  }

  /** Compared as numbers: {@code Double.equals} would tell -0.0 from 0.0. */
  private static boolean isZero(Double usd) {
    return usd != null && usd == 0;
  }
}
