package org.kapfinder.server.query;

import static org.kapfinder.server.query.ProviderQueryBuilder.term;
import static org.kapfinder.server.query.ProviderQueryBuilder.terms;
import static org.kapfinder.server.query.ProviderQueryBuilder.wireNames;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.ProviderFields;

/**
 * The clauses of the boosts of {@link ProviderFilters}: what the text asks a provider to have (a
 * condition, a plan, a kind of clinician, a sliding scale) and a low price. In an order other than
 * relevance ({@link ProviderFilters#boostsMustMatch}) what a provider has or lacks filters instead.
 */
public final class ProviderBoosts {

  /** A named condition the provider lists: as much as a strong text match. */
  public static final float CONDITION_BOOST = 2.5f;

  /**
   * What each further condition of one word a provider lists adds, as a share of {@link
   * #CONDITION_BOOST}. Not the whole boost again: "trauma" names PTSD and childhood trauma, and a
   * telehealth programme 900 miles away that listed both led a clinic half a mile away that lists
   * PTSD, two boosts outweighing all of closeness. Conditions named by words of their own ("anxiety
   * and depression") each add the whole boost: a provider should list both.
   */
  public static final float FURTHER_CONDITION_SHARE = 0.2f;

  /**
   * The conditions that one word names together, whose boosts count as one ({@link #conditions}).
   */
  private static final List<Set<Condition>> NAMED_TOGETHER = List.of(TreatmentPhrases.TRAUMA);

  /** A named plan the provider takes: as much as a named condition. */
  static final float PLAN_BOOST = 2.5f;

  static final float CLINICIAN_BOOST = 2f;
  static final float SLIDING_SCALE_BOOST = 2.5f;

  /** Each of two price steps: together as much as closeness at zero miles. */
  static final float LOW_PRICE_BOOST = 1.5f;

  /** Sessions at most this are "low price" for the boost. */
  static final double LOW_PRICE_USD = 300;

  static final double LOWEST_PRICE_USD = 200;

  private ProviderBoosts() {}

  /** The clause for a condition named in the text. */
  public static Query condition(Condition condition) {
    return new BoostQuery(
        new ConstantScoreQuery(term(ProviderFields.CONDITION, condition.wireName())),
        CONDITION_BOOST);
  }

  /**
   * The named conditions in groups that score as one clause each: those that one word names
   * together ({@link #NAMED_TOGETHER}), and each other one alone.
   */
  public static List<Set<Condition>> conditionGroups(Set<Condition> named) {
    List<Set<Condition>> groups = new ArrayList<>();
    Set<Condition> alone = EnumSet.noneOf(Condition.class);
    alone.addAll(named);
    for (Set<Condition> together : NAMED_TOGETHER) {
      Set<Condition> group = EnumSet.noneOf(Condition.class);
      group.addAll(named);
      group.retainAll(together);
      if (group.size() > 1) {
        groups.add(group);
        alone.removeAll(group);
      }
    }
    alone.forEach(condition -> groups.add(EnumSet.of(condition)));
    return groups;
  }

  /**
   * The clause for a group of {@link #conditionGroups}: the boost of one condition, and {@link
   * #FURTHER_CONDITION_SHARE} of it for each further one the provider lists ({@link #groupBoost}).
   */
  public static Query conditions(Set<Condition> group) {
    if (group.size() == 1) {
      return condition(group.iterator().next());
    }
    return new DisjunctionMaxQuery(
        group.stream().map(ProviderBoosts::condition).toList(), FURTHER_CONDITION_SHARE);
  }

  /** What {@link #conditions} scores for a provider that lists {@code listed} of the group. */
  public static float groupBoost(int listed) {
    if (listed == 0) {
      return 0;
    }
    // As DisjunctionMaxQuery adds it up: the greatest, then the others times the tie breaker.
    return (float)
        (CONDITION_BOOST + (listed - 1) * (double) CONDITION_BOOST * FURTHER_CONDITION_SHARE);
  }

  /** The boosts that reorder, each a SHOULD clause of {@code query}. */
  static void addScoring(BooleanQuery.Builder query, ProviderFilters filters) {
    if (filters.boostLowPrice()) {
      // Two steps, so that the cheapest rank above the merely affordable.
      query.add(
          constant(
              DoublePoint.newRangeQuery(ProviderFields.SESSION_MIN_USD, 0, LOW_PRICE_USD),
              LOW_PRICE_BOOST),
          Occur.SHOULD);
      query.add(
          constant(
              DoublePoint.newRangeQuery(ProviderFields.SESSION_MIN_USD, 0, LOWEST_PRICE_USD),
              LOW_PRICE_BOOST),
          Occur.SHOULD);
    }
    if (filters.boostsMustMatch()) {
      return;
    }
    for (Set<Condition> group : conditionGroups(filters.boostConditions())) {
      query.add(conditions(group), Occur.SHOULD);
    }
    for (String plan : filters.boostPlans()) {
      query.add(constant(term(ProviderFields.INSURANCE_PLAN, plan), PLAN_BOOST), Occur.SHOULD);
    }
    for (Clinician clinician : filters.boostClinicians()) {
      query.add(
          constant(term(ProviderFields.CLINICIAN, clinician.wireName()), CLINICIAN_BOOST),
          Occur.SHOULD);
    }
    if (filters.boostSlidingScale()) {
      query.add(
          constant(term(ProviderFields.SLIDING_SCALE, "true"), SLIDING_SCALE_BOOST), Occur.SHOULD);
    }
  }

  /**
   * What a provider has or lacks as FILTER clauses of {@code query}, when the boosts must match:
   * each asks for any of its values.
   */
  static void addFilters(BooleanQuery.Builder query, ProviderFilters filters) {
    if (!filters.boostsMustMatch()) {
      return;
    }
    if (!filters.boostConditions().isEmpty()) {
      query.add(
          terms(ProviderFields.CONDITION, wireNames(filters.boostConditions())), Occur.FILTER);
    }
    if (!filters.boostPlans().isEmpty()) {
      query.add(
          terms(ProviderFields.INSURANCE_PLAN, filters.boostPlans().stream().sorted().toList()),
          Occur.FILTER);
    }
    if (!filters.boostClinicians().isEmpty()) {
      query.add(
          terms(ProviderFields.CLINICIAN, wireNames(filters.boostClinicians())), Occur.FILTER);
    }
    if (filters.boostSlidingScale()) {
      query.add(term(ProviderFields.SLIDING_SCALE, "true"), Occur.FILTER);
    }
  }

  private static Query constant(Query query, float boost) {
    return new BoostQuery(new ConstantScoreQuery(query), boost);
  }
}
