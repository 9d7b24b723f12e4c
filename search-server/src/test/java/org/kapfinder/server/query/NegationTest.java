package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/** What a search rules out is never what it asks for, and its words are not searched for. */
class NegationTest {

  /** A gazetteer that knows no place and every word, so only the phrases are read. */
  private final QueryInterpreter interpreter = new QueryInterpreter(new StubPlaces(true));

  @Test
  void aClinicianRuledOutIsNotAskedFor() throws IOException {
    for (String q :
        new String[] {
          "ketamine that doesn't require a psychiatrist",
          "ketamine clinic without a psychiatrist",
          "ketamine, don't need a psychiatrist",
          "ketamine no psychiatrist",
          "ketamine therapy that does not require a doctor",
          "no need for a psychiatrist ketamine"
        }) {
      Interpretation understood = interpreter.interpret(q, null, null);
      assertThat(understood.clinicians()).as(q).isEmpty();
      assertThat(understood.text()).as(q).isEmpty();
    }
  }

  @Test
  void theOtherClinicianOfASearchIsStillAskedFor() throws IOException {
    Interpretation understood =
        interpreter.interpret("ketamine with a psychiatrist, not a nurse", null, null);
    assertThat(understood.clinicians()).containsExactly(Clinician.PSYCHIATRIST);
  }

  @Test
  void anArticleMayStandBetweenTheNegationAndARouteOrMode() throws IOException {
    assertThat(interpreter.interpret("ketamine without an iv", null, null).routes())
        .isEqualTo(Negation.otherRoutes(EnumSet.of(Route.IV)));
    assertThat(interpreter.interpret("ketamine that doesn't need a shot", null, null).routes())
        .isEqualTo(Negation.otherRoutes(EnumSet.of(Route.IM)));
    assertThat(interpreter.interpret("ketamine but not the at home kind", null, null).modes())
        .containsExactly(Mode.IN_PERSON);
  }

  @Test
  void aRouteRuledOutIsTakenFromThoseAskedFor() throws IOException {
    assertThat(interpreter.interpret("ketamine nasal spray not spravato", null, null).routes())
        .containsExactly(Route.INTRANASAL);
    assertThat(interpreter.interpret("not spravato ketamine iv", null, null).routes())
        .containsExactly(Route.IV);
    assertThat(interpreter.interpret("oral ketamine not sublingual", null, null).routes())
        .containsExactly(Route.ORAL);
  }

  @Test
  void aSearchThatRulesOutOnlyWhatItNamesAsksForTheOtherRoutes() throws IOException {
    Set<Route> withoutNeedles = Negation.otherRoutes(EnumSet.of(Route.IV, Route.IM));
    assertThat(interpreter.interpret("i hate needles ketamine", null, null).routes())
        .isEqualTo(withoutNeedles);
    assertThat(interpreter.interpret("i don't like needles", null, null).routes())
        .isEqualTo(withoutNeedles);
    assertThat(interpreter.interpret("iv ketamine, not iv", null, null).routes())
        .isEqualTo(Negation.otherRoutes(EnumSet.of(Route.IV)));
  }

  @Test
  void insuranceRuledOutAsksAboutPayingWithoutIt() throws IOException {
    for (String q :
        new String[] {
          "i dont have insurance ketamine",
          "ketamine clinic that does not take insurance",
          "ketamine clinic that doesn't take insurance",
          "ketamine that doesn't accept medicaid"
        }) {
      Interpretation understood = interpreter.interpret(q, null, null);
      assertThat(understood.insurance()).as(q).isFalse();
      assertThat(understood.insurancePlans()).as(q).isEmpty();
      assertThat(understood.lowPrice()).as(q).isTrue();
    }
    // "Médico" here is the insurance's, not a doctor to see.
    Interpretation sinSeguro = interpreter.interpret("ketamina sin seguro medico", null, null);
    assertThat(sinSeguro.lowPrice()).isTrue();
    assertThat(sinSeguro.insurance()).isFalse();
    assertThat(sinSeguro.clinicians()).isEmpty();
    Interpretation insured = interpreter.interpret("ketamine that takes medicaid", null, null);
    assertThat(insured.insurance()).isTrue();
    assertThat(insured.insurancePlans()).containsExactly("medicaid");
  }

  @Test
  void aLanguageRuledOutIsNotAskedForAndInsuranceNotToBeUsedIsPayingWithout() throws IOException {
    assertThat(interpreter.interpret("i don't speak spanish", null, null).languages()).isEmpty();
    assertThat(interpreter.interpret("spanish speaking ketamine", null, null).languages())
        .containsExactly("es");
    Interpretation selfPay = interpreter.interpret("prefer not to use insurance", null, null);
    assertThat(selfPay.insurance()).isFalse();
    assertThat(selfPay.lowPrice()).isTrue();
  }

  @Test
  void anArticleAloneIsNoNegation() throws IOException {
    Interpretation understood = interpreter.interpret("a psychiatrist for ketamine", null, null);
    assertThat(understood.clinicians()).containsExactly(Clinician.PSYCHIATRIST);
  }
}
