package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The crisis signals written by someone worried about another person, asked as an amount that would
 * kill, or as a request for the crisis line; and the uses of "suicide" that are no one's crisis.
 * Each search is given as {@link QueryTokens} normalises it.
 */
class CrisisSignalsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my husband wants to kill himself",
        "he is going to kill himself tonight",
        "my daughter wants to die",
        "my brother tried to kill himself",
        "my dad said he wants to end his life",
        "worried my son will hurt himself",
        "my teen is cutting herself",
        "my friend keeps talking about dying",
        "my wife doesnt want to live anymore",
        "mi esposo quiere matarse",
        "mi hija quiere morir",
        "mi mama se quiere morir"
      })
  void someoneElsesCrisisIsACrisisThatMayBeTheirs(String words) {
    assertThat(CrisisDetector.signalsCrisis(words)).isTrue();
    assertThat(CrisisDetector.mayBeSomeoneElses(words)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"i want to kill myself", "i feel so hopeless", "how to end my life", "988"})
  void theSearchersOwnCrisisIsNotSomeoneElses(String words) {
    assertThat(CrisisDetector.signalsCrisis(words)).isTrue();
    assertThat(CrisisDetector.mayBeSomeoneElses(words)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "how much ketamine would kill me",
        "how much ketamine is lethal",
        "how many mg of ketamine is fatal",
        "what dose of ketamine would kill someone",
        "how much ketamine to overdose",
        "988",
        "call 988",
        "crisis text line",
        "crisis hotline near me",
        "suicide prevention training i want to die"
      })
  void anAmountThatWouldKillAndTheCrisisLineAreCrises(String words) {
    assertThat(CrisisDetector.signalsCrisis(words)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "suicide prevention training",
        "qpr suicide prevention training for clinicians",
        "suicide prevention month",
        "suicide squad",
        "can ketamine kill you",
        "is ketamine safe",
        "how much does ketamine cost",
        "ketamine for my husband",
        "my son has depression"
      })
  void theseAreNoCrisis(String words) {
    assertThat(CrisisDetector.signalsCrisis(words)).isFalse();
  }
}
