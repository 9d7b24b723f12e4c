package org.kapfinder.index.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;

class CorpusDigestTest {

  @TempDir Path temp;

  @Test
  void theSameFilesGiveTheSameDigestWherever(@TempDir Path elsewhere) throws IOException {
    Path corpus = copyOfMini(temp);
    Path copy = copyOfMini(elsewhere);
    String digest = CorpusDigest.of(corpus, TestCorpora.GAZETTEER);
    assertThat(digest).matches("[0-9a-f]{64}");
    assertThat(CorpusDigest.of(copy, TestCorpora.GAZETTEER)).isEqualTo(digest);
  }

  @Test
  void anyChangeToAFileOrTheFilesChangesTheDigest() throws IOException {
    Path corpus = copyOfMini(temp);
    String before = CorpusDigest.of(corpus, TestCorpora.GAZETTEER);

    Path article = firstFile(corpus.resolve("articles"));
    Files.writeString(article, Files.readString(article) + " ");
    String edited = CorpusDigest.of(corpus, TestCorpora.GAZETTEER);
    assertThat(edited).isNotEqualTo(before);

    Files.writeString(corpus.resolve("articles").resolve("new.md"), "");
    String added = CorpusDigest.of(corpus, TestCorpora.GAZETTEER);
    assertThat(added).isNotEqualTo(edited);

    Files.move(corpus.resolve("articles").resolve("new.md"), corpus.resolve("renamed.md"));
    assertThat(CorpusDigest.of(corpus, TestCorpora.GAZETTEER)).isNotEqualTo(added);
  }

  @Test
  void aGazetteerOutsideTheCorpusCounts(@TempDir Path gazetteer) throws IOException {
    Path corpus = copyOfMini(temp);
    Files.writeString(gazetteer.resolve("aliases.tsv"), "alias\tkind\tstate\tname\n");
    String before = CorpusDigest.of(corpus, gazetteer);
    Files.writeString(
        gazetteer.resolve("aliases.tsv"),
        "bay area\tcity\tCA\tSan Francisco\n",
        StandardOpenOption.APPEND);
    assertThat(CorpusDigest.of(corpus, gazetteer)).isNotEqualTo(before);
  }

  private static Path copyOfMini(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(TestCorpora.MINI)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(TestCorpora.MINI.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  private static Path firstFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> sorted = files.sorted().toList();
      return sorted.get(0);
    }
  }
}
