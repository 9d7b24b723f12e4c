package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.ServiceAreas;
import org.kapfinder.index.schema.TextAnalyzers;

/** The exact Lucene queries the builder produces (Lucene queries implement equals). */
class ProviderQueryBuilderTest {

  static final ProviderQueryBuilder BUILDER =
      new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10);

  static TermQuery term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  @Test
  void textIsWeightedAcrossFieldsAndStemmed() {
    Query expected =
        new BooleanQuery.Builder()
            .add(new BoostQuery(term(ProviderFields.NAME, "lotu"), 3f), Occur.SHOULD)
            .add(new BoostQuery(term(ProviderFields.CONDITIONS_TEXT, "lotu"), 2f), Occur.SHOULD)
            .add(new BoostQuery(term(ProviderFields.ROUTES_TEXT, "lotu"), 2f), Occur.SHOULD)
            .add(term(ProviderFields.DESCRIPTION, "lotu"), Occur.SHOULD)
            .build();
    assertThat(BUILDER.textQuery("Lotus")).isEqualTo(expected);
  }

  @Test
  void stopWordsAndEmptyTextGiveNoTextQuery() {
    assertThat(BUILDER.textQuery("")).isNull();
    assertThat(BUILDER.textQuery("   ")).isNull();
    assertThat(BUILDER.textQuery("the of and")).isNull();
  }

  @Test
  void inPersonWithinIsTheReachTermAndAMetreRadius() {
    Query expected =
        new BooleanQuery.Builder()
            .add(term(ProviderFields.REACH, "in_person"), Occur.FILTER)
            .add(
                LatLonPoint.newDistanceQuery(ProviderFields.LOCATION, 30.0, -97.0, 16093.44),
                Occur.FILTER)
            .build();
    assertThat(BUILDER.inPersonWithin(30.0, -97.0, 10)).isEqualTo(expected);
  }

  @Test
  void telehealthIsLicensureInTheSearchersState() {
    Query expected =
        new BooleanQuery.Builder()
            .add(term(ProviderFields.REACH, "telehealth"), Occur.FILTER)
            .add(term(ProviderFields.SERVES_STATE, "TX"), Occur.FILTER)
            .build();
    assertThat(BUILDER.telehealthServing("TX", Set.of())).isEqualTo(expected);
  }

  @Test
  void telehealthNeverDeliversRoutesGivenInPerson() {
    assertThat(BUILDER.telehealthServing("TX", EnumSet.of(Route.IV, Route.SPRAVATO))).isNull();
    Query expected =
        new BooleanQuery.Builder()
            .add(term(ProviderFields.REACH, "telehealth"), Occur.FILTER)
            .add(term(ProviderFields.SERVES_STATE, "TX"), Occur.FILTER)
            .add(term(ProviderFields.ROUTE, "sublingual"), Occur.FILTER)
            .build();
    assertThat(BUILDER.telehealthServing("TX", EnumSet.of(Route.IV, Route.SUBLINGUAL)))
        .isEqualTo(expected);
  }

  @Test
  void mobileCoverageIsThePrefixTreeCandidateConfirmedByExactDistance() {
    Query query = BUILDER.mobileCovering(30.0, -97.0);
    assertThat(query).isEqualTo(BUILDER.mobileCovering(30.0, -97.0));
    assertThat(query).isNotEqualTo(BUILDER.mobileCovering(30.0, -97.1));
    List<Query> filters =
        ((BooleanQuery) query).clauses().stream().map(clause -> clause.getQuery()).toList();
    assertThat(filters.get(0)).isEqualTo(term(ProviderFields.REACH, "mobile"));
    assertThat(filters.get(1))
        .isEqualTo(ServiceAreas.mayContain(ServiceAreas.strategy(), 30.0, -97.0));
    assertThat(filters.get(2)).isInstanceOf(FunctionMatchQuery.class);
    assertThat(((BooleanQuery) query).clauses())
        .allMatch(clause -> clause.getOccur() == Occur.FILTER);
  }

  @Test
  void filtersAreFilterClauses() {
    ProviderFilters filters =
        new ProviderFilters(
            EnumSet.of(Route.IV, Route.IM),
            EnumSet.of(Condition.PTSD),
            EnumSet.of(Mode.TELEHEALTH),
            true,
            300.0,
            true,
            Set.of("es"),
            true,
            Set.of(),
            List.of(),
            false,
            false,
            Set.of(),
            false);
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    BUILDER.addFilters(builder, filters);
    Query expected =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(
                    ProviderFields.ROUTE, List.of(new BytesRef("im"), new BytesRef("iv"))),
                Occur.FILTER)
            .add(term(ProviderFields.CONDITION, "ptsd"), Occur.FILTER)
            .add(term(ProviderFields.REACH, "telehealth"), Occur.FILTER)
            .add(term(ProviderFields.INSURANCE, "true"), Occur.FILTER)
            .add(DoublePoint.newRangeQuery(ProviderFields.SESSION_MIN_USD, 0, 300.0), Occur.FILTER)
            .add(term(ProviderFields.PSYCHOTHERAPY, "true"), Occur.FILTER)
            .add(term(ProviderFields.LANGUAGE, "es"), Occur.FILTER)
            .add(term(ProviderFields.ACCEPTING_NEW_PATIENTS, "true"), Occur.FILTER)
            .build();
    assertThat(builder.build()).isEqualTo(expected);
  }

  @Test
  void conditionsFromTheTextAreBoostsNotFilters() {
    ProviderFilters filters =
        boostsOnly(EnumSet.of(Condition.PTSD), List.of(), false, false, Set.of(), false);
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    BUILDER.addScoring(builder, "", false, filters, null, null, null, null);
    BooleanQuery query = builder.build();
    assertThat(query.clauses())
        .anySatisfy(
            clause -> {
              assertThat(clause.getOccur()).isEqualTo(Occur.SHOULD);
              assertThat(clause.getQuery())
                  .isEqualTo(
                      new BoostQuery(
                          new ConstantScoreQuery(term(ProviderFields.CONDITION, "ptsd")), 2.5f));
            });
    assertThat(query.clauses()).noneMatch(clause -> clause.getOccur() == Occur.FILTER);
  }

  @Test
  void inAnOrderOtherThanRelevanceWhatAProviderHasMustMatchAndCheapStaysABoost() {
    ProviderFilters filters =
        boostsOnly(
            EnumSet.of(Condition.PTSD, Condition.DEPRESSION),
            List.of("aetna"),
            true,
            true,
            EnumSet.of(Clinician.PSYCHIATRIST),
            true);
    BooleanQuery.Builder filterClauses = new BooleanQuery.Builder();
    BUILDER.addFilters(filterClauses, filters);
    Query expectedFilters =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(
                    ProviderFields.CONDITION,
                    List.of(new BytesRef("depression"), new BytesRef("ptsd"))),
                Occur.FILTER)
            .add(term(ProviderFields.INSURANCE_PLAN, "aetna"), Occur.FILTER)
            .add(term(ProviderFields.CLINICIAN, "psychiatrist"), Occur.FILTER)
            .add(term(ProviderFields.SLIDING_SCALE, "true"), Occur.FILTER)
            .build();
    assertThat(filterClauses.build()).isEqualTo(expectedFilters);
    assertThat(filters.narrows()).isTrue();

    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    BUILDER.addScoring(scoring, "", false, filters, null, null, null, null);
    List<Query> boosts =
        scoring.build().clauses().stream()
            .map(BooleanClause::getQuery)
            .filter(clause -> clause instanceof BoostQuery)
            .filter(clause -> !ProviderQueryBuilder.QUALITY.contains(clause))
            .toList();
    assertThat(boosts)
        .containsExactly(
            new BoostQuery(
                new ConstantScoreQuery(
                    DoublePoint.newRangeQuery(ProviderFields.SESSION_MIN_USD, 0, 300.0)),
                1.5f),
            new BoostQuery(
                new ConstantScoreQuery(
                    DoublePoint.newRangeQuery(ProviderFields.SESSION_MIN_USD, 0, 200.0)),
                1.5f));
    assertThat(filters.scoredConditions()).isEmpty();
  }

  /** Filters with nothing but what the text named to boost. */
  private static ProviderFilters boostsOnly(
      Set<Condition> conditions,
      List<String> plans,
      boolean lowPrice,
      boolean slidingScale,
      Set<Clinician> clinicians,
      boolean mustMatch) {
    ProviderFilters none = ProviderFilters.NONE;
    return new ProviderFilters(
        none.routes(),
        none.conditions(),
        none.modes(),
        none.insurance(),
        none.maxPriceUsd(),
        none.psychotherapy(),
        none.languages(),
        none.acceptingNewPatients(),
        conditions,
        plans,
        lowPrice,
        slidingScale,
        clinicians,
        mustMatch);
  }

  @Test
  void closenessIsLucenesDistanceFeatureWithTheConfiguredPivot() {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    BUILDER.addScoring(builder, "", false, ProviderFilters.NONE, 30.0, -97.0, 25.0, null);
    assertThat(closenessClauses(builder.build()))
        .containsExactly(
            LatLonPoint.newDistanceFeatureQuery(
                ProviderFields.LOCATION, 3f, 30.0, -97.0, 16093.44));
    assertThat(BUILDER.telehealthBoostValue(25.0)).isEqualTo(0.5f);
  }

  @Test
  void aWideSearchMeasuresClosenessAtTheScaleOfItsRadius() {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    BUILDER.addScoring(builder, "", false, ProviderFilters.NONE, 30.0, -97.0, 250.0, null);
    // A pivot of 50 miles, 0.2 of the radius, at twice the weight.
    assertThat(closenessClauses(builder.build()))
        .containsExactly(
            LatLonPoint.newDistanceFeatureQuery(ProviderFields.LOCATION, 6f, 30.0, -97.0, 80467.2));
    // Telehealth is still worth what a clinic 50 miles away is.
    assertThat(BUILDER.telehealthBoostValue(250.0)).isEqualTo(3f);
    // 7 miles against 83, as after widening around Jackson, MS: more apart than a named
    // condition's boost, where the configured pivot kept them 1.5 apart.
    double sevenMiles = 11265.4;
    double eightyThreeMiles = 133575.6;
    assertThat(
            BUILDER.closenessScore(sevenMiles, 250.0)
                - BUILDER.closenessScore(eightyThreeMiles, 250.0))
        .isGreaterThan(ProviderBoosts.CONDITION_BOOST);
    assertThat(
            BUILDER.closenessScore(sevenMiles, 50.0)
                - BUILDER.closenessScore(eightyThreeMiles, 50.0))
        .isLessThan(ProviderBoosts.CONDITION_BOOST);
  }

  @Test
  void telehealthAndClosenessScoreTheGreaterOfTheTwo() {
    Query telehealth =
        BUILDER.telehealthBoost(new TermQuery(new Term("reach", "telehealth")), 25.0);
    assertThat(BUILDER.reachScoring(30.0, -97.0, 25.0, telehealth))
        .containsExactly(
            new DisjunctionMaxQuery(List.of(BUILDER.closeness(30.0, -97.0, 25.0), telehealth), 0f));
    assertThat(BUILDER.reachScoring(null, null, null, telehealth)).containsExactly(telehealth);
  }

  private static List<Query> closenessClauses(BooleanQuery query) {
    return query.clauses().stream()
        .map(BooleanClause::getQuery)
        .filter(
            clause ->
                clause instanceof BoostQuery boosted
                    && boosted
                        .getQuery()
                        .getClass()
                        .getSimpleName()
                        .equals("LatLonPointDistanceFeatureQuery"))
        .toList();
  }
}
