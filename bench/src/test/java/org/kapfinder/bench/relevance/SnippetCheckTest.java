package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetCheckTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      nullValues = "none",
      value = {
        "Standard workplace drug tests usually do not look for ketamine. # none",
        "Common effects: Blurred or double vision. # none",
        "IV infusions often cost $400-$800 per session in the US, though prices vary… # none",
        "Will ketamine show up on a drug test? # question",
        "| Point | IM injection | IV infusion | # table",
        "The article \"Ketamine side effects and risks\" covers this in more detail. # pointer",
        "This article is general information, not medical advice. # notice",
        ". - Do not drive until your provider says it is safe. # fragment",
        "Nausea - Dizziness - Blurred or doub # unfinished"
      })
  void readsASnippetAsAReaderWould(String snippet, String defect) {
    assertThat(SnippetCheck.defect(snippet)).isEqualTo(defect);
  }
}
