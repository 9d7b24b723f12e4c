package org.kapfinder.index.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.corpus.ArticleParser;
import org.kapfinder.index.corpus.Problem;
import org.kapfinder.index.corpus.ProviderParser;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.schema.IndexLayout;
import org.kapfinder.index.schema.ProviderCodec;
import org.kapfinder.index.schema.RecordJson;
import org.kapfinder.index.schema.SpatialOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new generation of the index from a corpus folder and publishes it atomically.
 *
 * <p>The corpus folder holds {@code providers/} (JSON Lines and CSV), {@code articles/} (Markdown
 * with front matter), {@code gazetteer/} and, optionally, {@code corpus.properties} ({@code
 * sampleData=true} marks fictional sample data). A build either publishes a complete, verified
 * generation or leaves the published one untouched: invalid records fail it unless {@link
 * Options#skipInvalid}, and any I/O error discards the partial generation.
 */
public final class IndexBuilder {

  private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

  /** The places' and articles' buffer: they are small, and each is written by one thread. */
  private static final double SMALL_INDEX_RAM_BUFFER_MB = 64;

  /**
   * What to build, where, and how strictly.
   *
   * @param ramBufferMb how much memory a run of providers may take, checked and held, then indexed
   *     ({@link RunMemory#providersPerRun}); each run is written as one segment per worker, and a
   *     corpus whose segments outnumber {@code threads} is merged down to {@code threads} at the
   *     end
   */
  public record Options(
      Path corpusDir,
      Path gazetteerDir,
      Path indexDir,
      boolean skipInvalid,
      Path rejectedReport,
      int threads,
      double ramBufferMb) {

    public Options {
      if (!(ramBufferMb > 0)) {
        throw new IllegalArgumentException("the RAM buffer must be positive, not " + ramBufferMb);
      }
    }

    /** Options with the default RAM buffer ({@link #defaultRamBufferMb}). */
    public Options(
        Path corpusDir,
        Path gazetteerDir,
        Path indexDir,
        boolean skipInvalid,
        Path rejectedReport,
        int threads) {
      this(
          corpusDir,
          gazetteerDir,
          indexDir,
          skipInvalid,
          rejectedReport,
          threads,
          defaultRamBufferMb());
    }

    /** Options for a corpus whose gazetteer is its {@code gazetteer/} folder. */
    public static Options of(Path corpusDir, Path indexDir) {
      return new Options(
          corpusDir,
          corpusDir.resolve("gazetteer"),
          indexDir,
          false,
          null,
          Runtime.getRuntime().availableProcessors());
    }

    /** A share of this JVM's heap ({@link RunMemory#defaultMb}). */
    public static double defaultRamBufferMb() {
      return RunMemory.defaultMb();
    }
  }

  /** Opens the Lucene directory a sub-index is written to. */
  @FunctionalInterface
  public interface DirectoryFactory {
    Directory open(Path path) throws IOException;
  }

  private final Clock clock;
  private final DirectoryFactory directories;

  /**
   * @param clock today's date for validation ("not in the future") and freshness signals
   */
  public IndexBuilder(Clock clock) {
    this(clock, FSDirectory::open);
  }

  /**
   * @param directories how sub-index directories are opened; tests wrap them to inject I/O failures
   *     and full disks
   */
  public IndexBuilder(Clock clock, DirectoryFactory directories) {
    this.clock = clock;
    this.directories = directories;
  }

  @SuppressWarnings("try") // the build lock is held for the block, never referenced in it
  public BuildSummary build(Options options, BuildProgress progress)
      throws IOException, InvalidCorpusException {
    long start = System.nanoTime();
    Path corpus = options.corpusDir();
    Gazetteer gazetteer = Gazetteer.load(options.gazetteerDir());
    LocalDate today = LocalDate.now(clock);
    GenerationStore store = new GenerationStore(options.indexDir());
    // Keeps other builds out of this index folder until we are done.
    try (GenerationStore.BuildLock lock = store.lock()) {
      Path partial = store.createPartial();
      boolean published = false;
      try {
        BuildSummary summary = buildInto(partial, options, gazetteer, today, progress, start);
        Path finalDir = store.publish(partial);
        published = true;
        log.info("published {}", finalDir.getFileName());
        return withPublished(summary, finalDir);
      } finally {
        if (!published) {
          store.discard(partial);
        }
      }
    }
  }

  private BuildSummary buildInto(
      Path partial,
      Options options,
      Gazetteer gazetteer,
      LocalDate today,
      BuildProgress progress,
      long startNanos)
      throws IOException, InvalidCorpusException {
    Path corpus = options.corpusDir();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> userData = userData(options, partial);

    // Places: the gazetteer, copied so that the server never reads the corpus folder.
    List<Document> places = new PlaceDocuments(gazetteer).all();
    try (Directory directory = directories.open(partial.resolve(IndexLayout.PLACES));
        IndexWriter writer = IndexWriting.open(directory, null, SMALL_INDEX_RAM_BUFFER_MB)) {
      writer.addDocuments(places);
      IndexWriting.commit(writer, userData, places.size(), 1);
    }

    // Articles.
    ArticleParser articleParser = new ArticleParser(gazetteer);
    ArticleDocuments articleDocuments = new ArticleDocuments();
    List<Path> articleFiles = markdownFiles(corpus.resolve("articles"));
    int articlesIndexed = 0;
    try (Directory directory = directories.open(partial.resolve(IndexLayout.ARTICLES));
        IndexWriter writer = IndexWriting.open(directory, null, SMALL_INDEX_RAM_BUFFER_MB)) {
      for (Path file : articleFiles) {
        ArticleParser.Result result =
            articleParser.parse(
                file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        if (result.article() == null) {
          problems.addAll(result.problems());
          continue;
        }
        Article article = result.article();
        writer.addDocument(articleDocuments.toDocument(article));
        articlesIndexed++;
      }
      IndexWriting.commit(writer, userData, articlesIndexed, 1);
    }

    // Providers.
    List<Path> providerFiles = ProviderIngest.providerFiles(corpus.resolve("providers"));
    long totalBytes = 0;
    for (Path file : providerFiles) {
      totalBytes += Files.size(file);
    }
    progress.start(totalBytes);
    ProviderIngest ingest;
    int workers = Math.max(1, options.threads());
    try (Directory directory =
        new TemporaryInputsClosingDirectory(
            directories.open(partial.resolve(IndexLayout.PROVIDERS)))) {
      ingest =
          new ProviderIngest(
              new ProviderParser(gazetteer, today),
              new ProviderDocuments(gazetteer.names(), today),
              severalRuns ->
                  IndexWriting.open(
                      directory,
                      severalRuns ? SpatialOrder.indexSort() : null,
                      options.ramBufferMb(),
                      new ProviderCodec()),
              workers,
              RunMemory.providersPerRun(options.ramBufferMb(), workers),
              options.skipInvalid());
      try (ingest) {
        ingest.ingest(providerFiles, progress);
        IndexWriter writer = ingest.writer();
        long indexed = ingest.counts().stream().mapToLong(FileCounts::indexed).sum();
        List<ProviderIngest.Rejected> rejected = ingest.rejected();
        rejected.forEach(r -> problems.addAll(r.problems()));
        if (!problems.isEmpty() && !options.skipInvalid()) {
          writer.rollback();
          progress.close();
          throw new InvalidCorpusException(
              problems,
              summary(
                  ingest,
                  articleFiles.size(),
                  articlesIndexed,
                  places.size(),
                  startNanos,
                  0,
                  null,
                  null));
        }
        IndexWriting.commit(writer, userData, indexed, workers);
        writeRejectedReport(options.rejectedReport(), rejected);
      }
    }
    progress.close();

    IndexVerifier.verify(partial.resolve(IndexLayout.PLACES), places.size());
    IndexVerifier.verify(partial.resolve(IndexLayout.ARTICLES), articlesIndexed);
    long providersIndexed = ingest.counts().stream().mapToLong(FileCounts::indexed).sum();
    IndexVerifier.verify(partial.resolve(IndexLayout.PROVIDERS), providersIndexed);
    IOUtils.fsync(partial, true);

    Path report =
        options.skipInvalid() && !ingest.rejected().isEmpty() ? options.rejectedReport() : null;
    return summary(
        ingest,
        articleFiles.size(),
        articlesIndexed,
        places.size(),
        startNanos,
        sizeOf(partial),
        null,
        report);
  }

  private Map<String, String> userData(Options options, Path partial) throws IOException {
    Properties properties = new Properties();
    Path propertiesFile = options.corpusDir().resolve("corpus.properties");
    if (Files.exists(propertiesFile)) {
      try (var reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    String generation = partial.getFileName().toString().replace(".partial", "");
    boolean sampleData = Boolean.parseBoolean(properties.getProperty("sampleData", "false"));
    Map<String, String> userData = new HashMap<>();
    userData.put(IndexLayout.USER_DATA_SCHEMA_VERSION, String.valueOf(IndexLayout.SCHEMA_VERSION));
    userData.put(IndexLayout.USER_DATA_GENERATION, generation);
    userData.put(IndexLayout.USER_DATA_SAMPLE, String.valueOf(sampleData));
    userData.put(
        IndexLayout.USER_DATA_BUILT_AT, clock.instant().atOffset(ZoneOffset.UTC).toString());
    if (sampleData) {
      // Only a sample index is rebuilt when its corpus changes; an operator's corpus can be large.
      userData.put(
          IndexLayout.USER_DATA_CORPUS_DIGEST,
          CorpusDigest.of(options.corpusDir(), options.gazetteerDir()));
    }
    return Map.copyOf(userData);
  }

  private static void writeRejectedReport(Path report, List<ProviderIngest.Rejected> rejected)
      throws IOException {
    if (report == null || rejected.isEmpty()) {
      return;
    }
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      for (ProviderIngest.Rejected entry : rejected) {
        String text = entry.record().text();
        Map<String, Object> line =
            Map.of(
                "file", entry.record().file(),
                "line", entry.record().line(),
                "problems", entry.problems().stream().map(Problem::toString).toList(),
                "record", text == null ? "" : text);
        out.write(RecordJson.gson().toJson(line));
        out.write('\n');
      }
    }
  }

  private static List<Path> markdownFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".md"))
          .sorted(Comparator.comparing(file -> file.getFileName().toString()))
          .toList();
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  private static BuildSummary summary(
      ProviderIngest ingest,
      int articlesRead,
      int articlesIndexed,
      int places,
      long startNanos,
      long bytes,
      Path published,
      Path report) {
    return new BuildSummary(
        ingest.counts(),
        articlesRead,
        articlesIndexed,
        places,
        ingest.precisions(),
        (System.nanoTime() - startNanos) / 1_000_000,
        bytes,
        published,
        report);
  }

  private static BuildSummary withPublished(BuildSummary summary, Path published) {
    return new BuildSummary(
        summary.providerFiles(),
        summary.articlesRead(),
        summary.articlesIndexed(),
        summary.placesIndexed(),
        summary.locationPrecisions(),
        summary.elapsedMillis(),
        summary.indexBytes(),
        published,
        summary.rejectedReport());
  }
}
