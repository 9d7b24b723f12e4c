package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kapfinder.index.build.BuildProgress;
import org.kapfinder.index.build.IndexBuilder;
import org.kapfinder.index.build.InvalidCorpusException;
import org.kapfinder.index.corpus.Problem;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderFileReader;
import org.kapfinder.index.corpus.ProviderParser;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.server.search.PlaceResolution;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;

/**
 * A corpus made ready for evaluation: its index built into a temporary folder and opened for
 * search, and, read separately from the corpus files, every provider record (to grade the whole
 * corpus for the ideal ranking), the article ids and the gazetteer. {@link #close()} closes the
 * index and deletes the folder.
 *
 * <p>The build is single-threaded and pinned to a date, so that documents are added in the same
 * order and freshness signals are the same on every run: equal scores then tie the same way, and
 * the figures are reproducible to the last digit.
 */
final class EvaluationCorpus implements AutoCloseable {

  /** The date the bundled sample's verification dates lead up to: builds are pinned to it. */
  static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 1);

  private final Path indexDir;
  private final Gazetteer gazetteer;
  private final Map<String, Provider> providers;
  private final Set<String> articleIds;
  private final SnapshotManager snapshots;
  private final SearchService search;
  private final PlaceResolution places;
  private final long buildMillis;

  private EvaluationCorpus(
      Path indexDir,
      Gazetteer gazetteer,
      Map<String, Provider> providers,
      Set<String> articleIds,
      SnapshotManager snapshots,
      long buildMillis) {
    this.indexDir = indexDir;
    this.gazetteer = gazetteer;
    this.providers = providers;
    this.articleIds = articleIds;
    this.snapshots = snapshots;
    this.search = new SearchService(snapshots);
    this.places = new PlaceResolution(snapshots);
    this.buildMillis = buildMillis;
  }

  /**
   * Builds {@code corpusDir} (with its own {@code gazetteer/}) as of {@code today}.
   *
   * @throws IllegalArgumentException when the corpus has invalid records
   */
  static EvaluationCorpus open(Path corpusDir, LocalDate today) throws IOException {
    Path indexDir = Files.createTempDirectory("kapfinder-relevance-");
    boolean opened = false;
    try {
      long start = System.nanoTime();
      Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      try {
        new IndexBuilder(clock)
            .build(
                new IndexBuilder.Options(
                    corpusDir, corpusDir.resolve("gazetteer"), indexDir, false, null, 1),
                BuildProgress.NONE);
      } catch (InvalidCorpusException e) {
        throw new IllegalArgumentException(
            corpusDir
                + " has invalid records: "
                + e.problems().subList(0, Math.min(5, e.problems().size())),
            e);
      }
      long buildMillis = (System.nanoTime() - start) / 1_000_000;
      Gazetteer gazetteer = Gazetteer.load(corpusDir.resolve("gazetteer"));
      Map<String, Provider> providers =
          readProviders(corpusDir.resolve("providers"), gazetteer, today);
      Set<String> articleIds = articleIds(corpusDir.resolve("articles"));
      EvaluationCorpus corpus =
          new EvaluationCorpus(
              indexDir,
              gazetteer,
              providers,
              articleIds,
              new SnapshotManager(indexDir),
              buildMillis);
      opened = true;
      return corpus;
    } finally {
      if (!opened) {
        deleteRecursively(indexDir);
      }
    }
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Every provider of the corpus by id, in file order. */
  Map<String, Provider> providers() {
    return providers;
  }

  Set<String> articleIds() {
    return articleIds;
  }

  SearchService search() {
    return search;
  }

  PlaceResolution places() {
    return places;
  }

  long buildMillis() {
    return buildMillis;
  }

  @Override
  public void close() throws IOException {
    try {
      snapshots.close();
    } finally {
      deleteRecursively(indexDir);
    }
  }

  static Map<String, Provider> readProviders(
      Path providersDir, Gazetteer gazetteer, LocalDate today) throws IOException {
    ProviderParser parser = new ProviderParser(gazetteer, today);
    Map<String, Provider> providers = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(providersDir)) {
      files =
          list.filter(file -> ProviderFileReader.forFile(file) != null)
              .sorted(Comparator.comparing(file -> file.getFileName().toString()))
              .toList();
    }
    for (Path file : files) {
      List<RawRecord> records = new ArrayList<>();
      ProviderFileReader.forFile(file).read(file, records::add, bytes -> {});
      for (RawRecord record : records) {
        if (!record.isReadable()) {
          problems.add(record.unreadable());
          continue;
        }
        ProviderParser.Result result = parser.parse(record.fields(), record.file(), record.line());
        if (result.isValid()) {
          providers.put(result.provider().id(), result.provider());
        } else {
          problems.addAll(result.problems());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(providersDir + " has invalid records: " + problems);
    }
    return java.util.Collections.unmodifiableMap(providers);
  }

  static Set<String> articleIds(Path articlesDir) throws IOException {
    Set<String> ids = new TreeSet<>();
    if (Files.isDirectory(articlesDir)) {
      try (Stream<Path> list = Files.list(articlesDir)) {
        list.map(file -> file.getFileName().toString())
            .filter(name -> name.endsWith(".md"))
            .forEach(name -> ids.add(name.substring(0, name.length() - ".md".length())));
      }
    }
    return java.util.Collections.unmodifiableSet(ids);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
