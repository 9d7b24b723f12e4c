package org.kapfinder.index.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;

/** The places abroad of the bundled gazetteer, and a gazetteer written before there were any. */
class GazetteerAbroadTest {

  @Test
  void theBundledGazetteerKnowsTheCitiesAcrossTheBorders() {
    assertThat(TestCorpora.gazetteer().abroad())
        .extracting(PlaceAbroad::name, PlaceAbroad::country)
        .contains(
            Tuple.tuple("Toronto", "CA"),
            Tuple.tuple("Vancouver", "CA"),
            Tuple.tuple("Tijuana", "MX"))
        .noneMatch(place -> "US".equals(place.toArray()[1]));
  }

  @Test
  void aGazetteerWithoutPlacesAbroadIsReadWithNone(@TempDir Path copy) throws IOException {
    try (Stream<Path> files = Files.list(TestCorpora.GAZETTEER)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals(Gazetteer.ABROAD_FILE)) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    Gazetteer gazetteer = Gazetteer.load(copy);
    assertThat(gazetteer.abroad()).isEmpty();
    assertThat(gazetteer.zips()).hasSameSizeAs(TestCorpora.gazetteer().zips());
  }
}
