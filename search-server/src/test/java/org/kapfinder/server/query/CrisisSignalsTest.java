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
        "how many pills to die",
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "im in a ketamine trial and feel suicidal",
        "i feel suicidal and my research is failing",
        "i swallowed all my pills",
        "i took a whole bottle of pills",
        "ive been stockpiling my pills",
        "i wrote goodbye letters",
        "i just want it all to end",
        "i want to go to sleep and never wake up",
        "im done with everything",
        "i want to overdose",
        "i hope i dont wake up tomorrow",
        "i want to go to sleep and not wake up",
        "hoarding my meds",
        "i want it to end",
        "took all my pills",
        "i have a plan to end things",
        "i want to end things",
        "i want to give up on life",
        "i wish i wasnt alive",
        "i wish i wasnt born",
        "i cant go on anymore need ketamine",
        "ketamine for depression i feel like giving up",
        "im a burden to everyone",
        "i think about death a lot ketamine",
        "ketamine for depression and thoughts of death",
        "i want to kil myself",
        "i want to take my life",
        "i bought a gun and tonight i end it",
        "this is my last night",
        "i wont be around tomorrow",
        "no one cares if i die",
        "i want to not exist",
        "slit my wrists",
        "i keep burning myself",
        "self harn",
        "no tengo ganas de vivir",
        "me quiero hacer dano",
        "me estoy cortando",
        "quiero acabar con todo",
        "ya no puedo mas",
        "soy una carga para todos",
        "i am in crisis",
        "i cant take it anymore",
        "i have no hope left",
        "i want to end",
        "i wish i could end things",
        "im planning to end things",
        "i have plans to end things",
        "i burn my arms",
        "ive been cutting again",
        "me he estado cortando",
        "i cant take this anymore",
        "everyone would be better off if i was gone",
        "i have a rope ready",
        "i think about jumping in front of a train",
        "i dont see a way out",
        "quiero terminar con mi vida",
        "can i overdose on ketamine on purpose"
      })
  void pillsTakenOrKeptToDieByAnEndWishedForAndDespairAreCrises(String words) {
    assertThat(CrisisDetector.signalsCrisis(words)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "im done with everything ive tried what about ketamine",
        "done with everything my doctor suggested",
        "afraid i will never wake up from anesthesia",
        "can ketamine make you never wake up",
        "goodbye letter to my therapist",
        "done living in texas moving to colorado",
        "i want ketamine to end my depression",
        "suicide prevention research ketamine",
        "ketamine and suicide rates",
        "cant go on a plane because of panic",
        "giving up alcohol with ketamine",
        "i want to take my life back from depression",
        "the pain is killing me",
        "i want to end my depression",
        "my insurance crisis",
        "im not suicidal just depressed",
        "no suicidal thoughts just anxiety",
        "i took my medicine and then had ketamine",
        "took my pills with ketamine is that ok",
        "cant take it anymore with my insurance",
        "no hope left for my insurance claim",
        "ya no puedo mas con el seguro",
        "ending things with my therapist",
        "i want to end it with my current clinic",
        "thinking about death of my father grief ketamine",
        "burning myself out caring for my mom",
        "i want to take my own life back from ptsd",
        "me estoy cortando el pelo",
        "i want to disappear from social media",
        "feel like giving up on my diet"
      })
  void theSameWordsInOrdinaryUseAreNoCrisis(String words) {
    assertThat(CrisisDetector.signalsCrisis(words)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i took too much ketamine",
        "my friend overdosed on ketamine",
        "ketamine overdose",
        "too much ketamine what do i do",
        "what do i do if i took too much ketamine",
        "can you overdose on ketamine he is not breathing",
        "he is turning blue",
        "i swallowed all my pills",
        "i took too much",
        "i took too many pills",
        "i just took a bunch of pills",
        "i took 30 pills",
        "i took too many of my meds",
        "i took too much xanax",
        "i mixed pills and alcohol",
        "took too many sleeping pills",
        "took a bottle of tylenol",
        "i drank bleach",
        "i odd",
        "tome muchas pastillas",
        "i accidentally took two troches",
        "took too many troches",
        "i took a double dose of my ketamine lozenge",
        "i took my whole months supply of ketamine",
        "my husband took all his ketamine at once",
        "took my whole bottle of zoloft",
        "he did a lot of ketamine and wont respond",
        "my roommate is unconscious after ketamine",
        "od on ketamine",
        "i think i od",
        "chest pain after ketamine infusion",
        "i think im dying",
        "i took all of my ketamine",
        "i took three troches by accident",
        "i took double my dose",
        "i took my dose twice",
        "my kid ate my troches",
        "i did too much ket and cant move",
        "snorted too much k",
        "stuck in a k hole",
        "in a khole and scared",
        "how do i get out of a k hole",
        "k hole panic attack help",
        "my friend is stuck in a k hole and panicking",
        "my boyfriend is in a k hole and wont talk"
      })
  void anOverdoseThatHappenedOrIsNamedIsAnEmergency(String words) {
    assertThat(CrisisDetector.signalsOverdose(words)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i took too many pills",
        "my toddler drank bleach",
        "accidentally took a bunch of my pills",
        "tome muchas pastillas"
      })
  void tooMuchTakenIsAnOverdoseThatMayBeAnAccidentNotACrisisOfSuicide(String words) {
    assertThat(CrisisDetector.signalsOverdose(words)).isTrue();
    assertThat(CrisisDetector.signalsCrisis(words)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is ketamine overdose possible",
        "can you overdose on spravato",
        "what happens if you take too much ketamine",
        "how likely is a ketamine overdose",
        "ketamine overdose risk",
        "i took too much time off work for depression",
        "i took too much on at work and now burnout",
        "i took 2 pills of ibuprofen",
        "took 10 pills of ibuprofen over a week",
        "overdose prevention training",
        "overdose naloxone training",
        "i took my ketamine troche and feel nothing",
        "i took 2 troches and felt nothing",
        "does ketamine cause chest pain",
        "overdose on spravato possible",
        "i accidentally had coffee before my infusion",
        "feeling odd on ketamine",
        "ketamine for chest pain",
        "heart racing during ketamine infusion normal",
        "i accidentally swallowed my troche",
        "i have taken 12 troches so far",
        "od vs md",
        "what is a k hole",
        "can you get stuck in a k hole",
        "will i go into a k hole during my infusion",
        "i did too much research on clinics",
        "i was in a k hole and it felt peaceful",
        "i was in a k hole for hours at my infusion",
        "k hole"
      })
  void aQuestionOfWhetherAnOverdoseCanHappenIsNoEmergency(String words) {
    assertThat(CrisisDetector.signalsOverdose(words)).isFalse();
    assertThat(CrisisDetector.signalsCrisis(words)).isFalse();
  }
}
