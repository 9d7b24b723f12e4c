package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

  private static List<String> passages(String markdown) {
    String text = new AnswerText().of(Parser.builder().build().parse(markdown));
    assertThat(text).endsWith(String.valueOf(AnswerText.PASSAGE_END));
    return List.of(
        text.substring(0, text.length() - 1).split(String.valueOf(AnswerText.PASSAGE_END)));
  }

  @Test
  void keepsParagraphsAndListItemsEachAsAPassageWithoutHeadings() {
    assertThat(
            passages(
                "## Will ketamine show up on a drug test?\n\n"
                    + "Standard workplace tests usually do not look for ketamine.\n"
                    + "A wider panel can.\n\n"
                    + "Common effects:\n\n"
                    + "- Nausea\n"
                    + "- Blurred or double vision\n"))
        .containsExactly(
            "Standard workplace tests usually do not look for ketamine. A wider panel can.",
            "Common effects: Nausea.",
            "Common effects: Blurred or double vision.");
  }

  @Test
  void readsALabelWithTheSentenceAfterItAndAnItemWithoutALeadInUnderItsHeading() {
    assertThat(
            passages(
                "## Day to day\n\n"
                    + "- **Alcohol.** Avoid it on the day of a session.\n"
                    + "- **1. Driving.** Wait until the next day, after a full night's sleep.\n"
                    + "- Headache\n"))
        .containsExactly(
            "Alcohol: Avoid it on the day of a session.",
            "Driving: Wait until the next day, after a full night's sleep.",
            "Day to day: Headache.");
  }

  @Test
  void leavesOutQuestionsToAskTablesAndPointersToOtherArticles() {
    assertThat(
            passages(
                "Questions come up: can I drive, is it legal? Ask before you start.\n\n"
                    + "- How many sessions do you recommend?\n"
                    + "- Bring a list of your medicines. The article \"Ketamine and medicines\""
                    + " has more.\n\n"
                    + "| Point | IM | IV |\n| --- | --- | --- |\n| Needle | yes | yes |\n\n"
                    + "This guide covers the local details. Here is what to expect.\n\n"
                    + "The FDA warned in 2023. The article \"How much does ketamine therapy cost?\""
                    + " gives typical prices. Prices vary.\n\n"
                    + "See \"Ketamine for TRD\" and \"Spravato: what to know\".\n\n"
                    + "The article on medication interactions covers the main ones.\n\n"
                    + "Our article \"Who should not do ketamine therapy\" covers this."))
        .containsExactly(
            "Ask before you start.",
            "Bring a list of your medicines.",
            "The FDA warned in 2023. Prices vary.");
  }

  @Test
  void leavesOutTheClosingNoticeButNotTextAfterAnEarlierBreak() {
    assertThat(
            passages(
                "First part.\n\n---\n\nSecond part.\n\nThird part.\n\n---\n\n"
                    + "*This article is general information, not medical advice.*"))
        .containsExactly("First part.", "Second part.", "Third part.");
  }
}
