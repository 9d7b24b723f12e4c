package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.schema.LocationPrecision;

/** What {@code corpus/README.md} shows is what the indexer does. */
class CorpusReadmeTest {

  @TempDir Path temp;

  private static String readme() throws IOException {
    return Files.readString(TestCorpora.BUNDLED.resolve("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void fieldTableNamesEveryFieldOfTheRecordFormat() throws IOException {
    String text = readme();
    String section =
        text.substring(text.indexOf("## Provider records"), text.indexOf("### Rules the indexer"));
    Set<String> documented = new TreeSet<>();
    Pattern name = Pattern.compile("`([A-Za-z]+)`");
    for (String line : section.lines().toList()) {
      if (line.startsWith("| `")) {
        Matcher names = name.matcher(line.substring(0, line.indexOf('|', 1)));
        while (names.find()) {
          documented.add(names.group(1));
        }
      }
    }
    assertThat(documented).isEqualTo(new TreeSet<>(ProviderParser.FIELDS));
  }

  @Test
  void csvExampleIsValid() throws IOException {
    Matcher block = Pattern.compile("(?s)```csv\\n(.*?)```").matcher(readme());
    assertThat(block.find()).isTrue();
    Path file = temp.resolve("example.csv");
    Files.writeString(file, block.group(1), StandardCharsets.UTF_8);
    ProviderParser parser = new ProviderParser(TestCorpora.gazetteer(), TestCorpora.TODAY);
    List<Provider> providers = new ArrayList<>();
    for (RawRecord record : TestCorpora.read(file)) {
      assertThat(record.isReadable()).isTrue();
      ProviderParser.Result result = parser.parse(record.fields(), record.file(), record.line());
      assertThat(result.problems()).isEmpty();
      providers.add(result.provider());
    }
    assertThat(providers).hasSize(3);
    assertThat(providers.get(2).locationPrecision()).isEqualTo(LocationPrecision.ZIP);
  }
}
