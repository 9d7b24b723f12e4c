package org.kapfinder.index.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;

/** The aliases of the bundled gazetteer: regions carry the label autocomplete shows. */
class GazetteerAliasesTest {

  @Test
  void aRegionHasTheLabelAutocompleteShowsAndANicknameNone() {
    assertThat(alias(TestCorpora.gazetteer(), "long island"))
        .isEqualTo(new PlaceAlias("long island", "city", "NY", "Hempstead", "Long Island"));
    assertThat(alias(TestCorpora.gazetteer(), "upstate ny").label()).isEmpty();
    assertThat(alias(TestCorpora.gazetteer(), "philly").isSuggested()).isFalse();
    assertThat(TestCorpora.gazetteer().place("upstate new york", "NY"))
        .map(Place::name)
        .contains("Syracuse");
  }

  @Test
  void aGazetteerWrittenBeforeLabelsIsReadWithEmptyLabels(@TempDir Path copy) throws IOException {
    try (Stream<Path> files = Files.list(TestCorpora.GAZETTEER)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Path aliases = copy.resolve(Gazetteer.ALIASES_FILE);
    String withoutLabels =
        Files.readAllLines(aliases, StandardCharsets.UTF_8).stream()
            .map(line -> line.substring(0, line.lastIndexOf('\t')))
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(aliases, withoutLabels, StandardCharsets.UTF_8);

    List<PlaceAlias> read = Gazetteer.load(copy).aliases();
    assertThat(read).hasSameSizeAs(TestCorpora.gazetteer().aliases());
    assertThat(read).allMatch(alias -> alias.label().isEmpty());
    assertThat(alias(Gazetteer.load(copy), "long island").name()).isEqualTo("Hempstead");
  }

  private static PlaceAlias alias(Gazetteer gazetteer, String alias) {
    return gazetteer.aliases().stream()
        .filter(a -> a.alias().equals(alias))
        .findFirst()
        .orElseThrow();
  }
}
