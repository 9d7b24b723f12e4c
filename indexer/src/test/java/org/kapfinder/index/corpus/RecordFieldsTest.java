package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordFieldsTest {

  /**
   * Short lists and long ones find their duplicates differently; both keep the first of each value,
   * in the order given, stripped.
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 64, 65, 5_000})
  void aListKeepsTheFirstOfEachValueInOrder(int distinct) {
    JsonArray array = new JsonArray();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      array.add(" v" + i + " ");
      expected.add("v" + i);
    }
    for (int i = distinct - 1; i >= 0; i -= 2) {
      array.add("v" + i);
    }
    List<RecordFields.FieldProblem> problems = new ArrayList<>();
    RecordFields fields = new RecordFields(Map.of("memberships", array), "", problems);
    assertThat(fields.strings("memberships", false)).isEqualTo(expected);
    assertThat(problems).isEmpty();
  }

  @Test
  void blankAndNonStringItemsAreReportedByTheirIndex() {
    JsonArray array = new JsonArray();
    array.add("askp3");
    array.add("  ");
    array.add(7);
    List<RecordFields.FieldProblem> problems = new ArrayList<>();
    Map<String, JsonElement> record = Map.of("memberships", array);
    assertThat(new RecordFields(record, "", problems).strings("memberships", false))
        .containsExactly("askp3");
    assertThat(problems)
        .containsExactly(
            new RecordFields.FieldProblem("memberships[1]", "must not be blank"),
            new RecordFields.FieldProblem("memberships[2]", "must be a string"));
  }
}
