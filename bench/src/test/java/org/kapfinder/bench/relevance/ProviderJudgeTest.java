package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.bench.relevance.TestProviders.AUSTIN;
import static org.kapfinder.bench.relevance.TestProviders.TEXAS;
import static org.kapfinder.bench.relevance.TestProviders.clinic;
import static org.kapfinder.bench.relevance.TestProviders.mobile;
import static org.kapfinder.bench.relevance.TestProviders.telehealth;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;

class ProviderJudgeTest {

  private static final List<Condition> PTSD = List.of(Condition.PTSD, Condition.DEPRESSION);

  /** The example: IV for PTSD in Austin. */
  private static final ProviderRule IV_FOR_PTSD =
      rule(needs(Set.of(Route.IV), Set.of(Condition.PTSD)), true, true, 1);

  @Test
  void distanceBandsGradeInPersonProviders() {
    assertThat(grade(clinic("a", 5, List.of(Route.IV), PTSD), IV_FOR_PTSD)).isEqualTo(3);
    assertThat(grade(clinic("b", 20, List.of(Route.IV), PTSD), IV_FOR_PTSD)).isEqualTo(2);
    assertThat(grade(clinic("c", 40, List.of(Route.IV), PTSD), IV_FOR_PTSD)).isEqualTo(1);
    assertThat(grade(clinic("d", 60, List.of(Route.IV), PTSD), IV_FOR_PTSD)).isEqualTo(0);
  }

  @Test
  void aMissingNeedMakesAProviderIrrelevant() {
    assertThat(grade(clinic("a", 1, List.of(Route.IM), PTSD), IV_FOR_PTSD)).isEqualTo(0);
    assertThat(grade(clinic("b", 1, List.of(Route.IV), List.of(Condition.ANXIETY)), IV_FOR_PTSD))
        .isEqualTo(0);
  }

  @Test
  void conditionsAreAllOfAndRoutesAnyOf() {
    ProviderRule both =
        rule(
            needs(Set.of(Route.ORAL, Route.IV), Set.of(Condition.PTSD, Condition.DEPRESSION)),
            true,
            true,
            1);
    assertThat(grade(clinic("a", 1, List.of(Route.IV), PTSD), both)).isEqualTo(3);
    assertThat(grade(clinic("b", 1, List.of(Route.IV), List.of(Condition.PTSD)), both))
        .isEqualTo(0);
  }

  @Test
  void telehealthCountsOnlyWhereLicensed() {
    ProviderRule any = rule(Needs.NONE, true, true, 2);
    assertThat(grade(telehealth("t", List.of("TX", "OK"), List.of(Route.SUBLINGUAL)), any))
        .isEqualTo(2);
    assertThat(grade(telehealth("t", List.of("CA"), List.of(Route.SUBLINGUAL)), any)).isEqualTo(0);
  }

  @Test
  void telehealthNeverDeliversAnInfusion() {
    Provider both = telehealth("t", List.of("TX"), List.of(Route.IV, Route.SUBLINGUAL));
    assertThat(grade(both, rule(needs(Set.of(Route.IV), Set.of()), true, true, 3))).isEqualTo(0);
    assertThat(grade(both, rule(needs(Set.of(Route.SUBLINGUAL), Set.of()), true, true, 3)))
        .isEqualTo(3);
  }

  @Test
  void aMobileProviderCountsWhereItTravels() {
    ProviderRule atHome = rule(Needs.NONE, false, true, 3);
    assertThat(grade(mobile("m", 30, 40, List.of(Route.IM)), atHome)).isEqualTo(3);
    assertThat(grade(mobile("m", 30, 20, List.of(Route.IM)), atHome)).isEqualTo(0);
    assertThat(grade(clinic("c", 1, List.of(Route.IM), PTSD), atHome)).isEqualTo(0);
  }

  @Test
  void aWholeStateGradesByTheAddress() {
    ProviderRule any = rule(Needs.NONE, true, true, 1);
    assertThat(ProviderJudge.grade(clinic("a", 300, List.of(Route.IV), PTSD), any, TEXAS))
        .isEqualTo(ProviderRule.DEFAULT_STATE_GRADE);
    assertThat(
            ProviderJudge.grade(
                clinic("a", 1, List.of(Route.IV), PTSD),
                any,
                new Center("Oklahoma", 35.5, -97.5, "OK", true)))
        .isEqualTo(0);
  }

  @Test
  void idealGradesAreTheRelevantOnesBestFirst() {
    List<Provider> corpus =
        List.of(
            clinic("far", 40, List.of(Route.IV), PTSD),
            clinic("none", 1, List.of(Route.IM), PTSD),
            clinic("near", 1, List.of(Route.IV), PTSD));
    assertThat(ProviderJudge.idealGrades(corpus, IV_FOR_PTSD, AUSTIN)).containsExactly(3, 1);
  }

  private static int grade(Provider provider, ProviderRule rule) {
    return ProviderJudge.grade(provider, rule, AUSTIN);
  }

  static ProviderRule rule(Needs need, boolean inPerson, boolean mobile, int telehealth) {
    return new ProviderRule(
        need,
        inPerson,
        mobile,
        telehealth,
        ProviderRule.DEFAULT_BANDS,
        ProviderRule.DEFAULT_STATE_GRADE);
  }

  static Needs needs(Set<Route> routes, Set<Condition> conditions) {
    return new Needs(
        routes, conditions, null, Set.of(), null, null, null, null, Set.of(), Set.of(), null);
  }
}
