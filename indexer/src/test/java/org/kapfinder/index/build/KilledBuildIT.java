package org.kapfinder.index.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.schema.IndexLayout;

/**
 * {@code kill -9} of the indexer at random moments of a build: the published generation stays
 * published and readable, and the next build succeeds and clears the leftovers.
 */
class KilledBuildIT {

  @TempDir Path indexDir;

  @Test
  void aKilledBuildLeavesThePublishedIndexServingAndTheNextBuildSucceeds() throws Exception {
    Path published = TestIndexes.buildMini(indexDir);
    int providers = docs(published.resolve(IndexLayout.PROVIDERS));
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int attempt = 0; attempt < 3; attempt++) {
      Process build = startBuild();
      waitForPartialGeneration(build);
      Thread.sleep(random.nextInt(1500));
      build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      assertThat(GenerationStore.current(indexDir)).as("seed " + seed).contains(published);
      assertThat(docs(published.resolve(IndexLayout.PROVIDERS))).isEqualTo(providers);
    }
    Path next = TestIndexes.buildMini(indexDir);
    assertThat(next).isNotEqualTo(published);
    assertThat(docs(next.resolve(IndexLayout.PROVIDERS))).isEqualTo(providers);
    try (Stream<Path> generations = Files.list(IndexLayout.generationsDir(indexDir))) {
      assertThat(generations.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".partial"));
    }
  }

  private Process startBuild() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-jar", Path.of("target", "kapfinder-indexer.jar").toString()));
    command.addAll(TestCorpora.buildMiniArgs(indexDir));
    command.addAll(List.of("--progress", "lines"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private void waitForPartialGeneration(Process build) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && build.isAlive()) {
      try (Stream<Path> children = Files.list(IndexLayout.generationsDir(indexDir))) {
        if (children.anyMatch(p -> p.getFileName().toString().endsWith(".partial"))) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the build never started writing a generation");
  }

  private static int docs(Path dir) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      return reader.numDocs();
    }
  }
}
