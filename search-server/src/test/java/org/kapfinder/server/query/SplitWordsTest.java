package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

class SplitWordsTest {

  private final QueryInterpreter interpreter = new QueryInterpreter(new StubPlaces(false));

  @ParameterizedTest
  @CsvSource({
    "spa vato clinic, spravato clinic",
    "ket amine therapy, ketamine therapy",
    "ketamine for p t s d, ketamine for ptsd",
    "ketamine for bi polar, ketamine for bipolar",
    "ketamine assisted psycho therapy, ketamine assisted psychotherapy"
  })
  void wordsSplitAsTypedAreReadAsOneAndOfferedCorrected(String q, String corrected)
      throws IOException {
    Interpretation understood = interpreter.interpret(q, null, null);
    assertThat(understood.corrected()).isEqualTo(corrected);
    assertThat(understood.text()).isEmpty();
  }

  @Test
  void theJoinedWordIsReadForWhatItAsks() throws IOException {
    assertThat(interpreter.interpret("spa vato", null, null).routes())
        .isEqualTo(EnumSet.of(Route.SPRAVATO));
    assertThat(interpreter.interpret("ketamine for bi polar", null, null).conditions())
        .isEqualTo(EnumSet.of(Condition.BIPOLAR_DEPRESSION));
  }

  @Test
  void wordsThatAreAPhraseApartStayApart() throws IOException {
    Interpretation atHome = interpreter.interpret("ketamine at home", null, null);
    assertThat(atHome.corrected()).isNull();
    assertThat(atHome.modes()).isEqualTo(EnumSet.of(Mode.AT_HOME));
    assertThat(interpreter.interpret("ketamine in person", null, null).corrected()).isNull();
    // Nor two words the search knows, nor one with a short word it knows.
    assertThat(interpreter.interpret("iv ketamine", null, null).routes())
        .isEqualTo(EnumSet.of(Route.IV));
    assertThat(interpreter.interpret("ketamine pa in austin", null, null).conditions()).isEmpty();
  }
}
