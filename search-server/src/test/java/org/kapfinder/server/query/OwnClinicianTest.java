package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.index.schema.Clinician;

/** The searcher's own clinician, or own work, asks for no kind of clinician or of care. */
class OwnClinicianTest {

  /** A gazetteer that knows no place and every word, so only the phrases are read. */
  private final QueryInterpreter interpreter = new QueryInterpreter(new StubPlaces(true));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my doctor mentioned ketamine",
        "my psychiatrist wont prescribe ketamine",
        "my therapist recommended ketamine",
        "i'm a nurse and i'm burned out, cheap ketamine",
        "as a physician i want ketamine for my depression"
      })
  void theSearchersOwnClinicianIsNoPreference(String q) throws IOException {
    Interpretation understood = interpreter.interpret(q, null, null);
    assertThat(understood.clinicians()).as(q).isEmpty();
    assertThat(understood.psychotherapy()).as(q).isNull();
  }

  @Test
  void aClinicianAskedForIsStillOne() throws IOException {
    assertThat(interpreter.interpret("ketamine with a psychiatrist", null, null).clinicians())
        .containsExactly(Clinician.PSYCHIATRIST);
    assertThat(interpreter.interpret("ketamine with a therapist", null, null).psychotherapy())
        .isTrue();
  }
}
