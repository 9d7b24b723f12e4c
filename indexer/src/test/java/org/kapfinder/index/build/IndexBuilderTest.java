package org.kapfinder.index.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.schema.IndexLayout;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.ProviderCodec;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.SpatialOrder;

class IndexBuilderTest {

  static final Clock CLOCK = TestIndexes.CLOCK;

  @TempDir Path indexDir;

  static IndexBuilder.Options options(Path corpus, Path indexDir) {
    return new IndexBuilder.Options(corpus, TestCorpora.GAZETTEER, indexDir, false, null, 2);
  }

  @Test
  void buildsAndPublishesTheMiniCorpus() throws Exception {
    BuildSummary summary =
        new IndexBuilder(CLOCK).build(options(TestCorpora.MINI, indexDir), BuildProgress.NONE);

    long records = Files.readAllLines(TestCorpora.MINI.resolve("providers/providers.jsonl")).size();
    assertThat(summary.providersRead()).isEqualTo(records);
    assertThat(summary.providersIndexed()).isEqualTo(records);
    assertThat(summary.providersRejected()).isZero();
    assertThat(summary.articlesIndexed()).isEqualTo(5);
    assertThat(summary.geocoded()).isEqualTo(1);
    assertThat(summary.published()).isEqualTo(GenerationStore.current(indexDir).orElseThrow());
    assertThat(Files.readString(IndexLayout.currentFile(indexDir), StandardCharsets.UTF_8).strip())
        .isEqualTo(summary.published().getFileName().toString());

    try (DirectoryReader reader =
        DirectoryReader.open(
            FSDirectory.open(summary.published().resolve(IndexLayout.PROVIDERS)))) {
      assertThat(reader.numDocs()).isEqualTo((int) records);
      for (LeafReaderContext leaf : reader.leaves()) {
        assertThat(((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName())
            .isEqualTo(ProviderCodec.NAME);
      }
      assertThat(reader.getIndexCommit().getUserData())
          .containsEntry(
              IndexLayout.USER_DATA_SCHEMA_VERSION, String.valueOf(IndexLayout.SCHEMA_VERSION))
          .containsEntry(IndexLayout.USER_DATA_SAMPLE, "true")
          .containsEntry(
              IndexLayout.USER_DATA_CORPUS_DIGEST,
              CorpusDigest.of(TestCorpora.MINI, TestCorpora.GAZETTEER));
      IndexSearcher searcher = new IndexSearcher(reader);
      // Every provider with a place to visit or a service circle has a point; telehealth-only ones
      // do not.
      int withPoint =
          searcher.count(LatLonPoint.newBoxQuery(ProviderFields.LOCATION, -90, 90, -180, 180));
      assertThat(withPoint).isEqualTo((int) records - 2);
      TopDocs geocoded =
          searcher.search(new TermQuery(new Term(ProviderFields.ID, "austin-geocoded")), 1);
      Provider provider =
          ProviderRecordFormat.read(searcher.storedFields().document(geocoded.scoreDocs[0].doc));
      assertThat(provider.locationPrecision()).isEqualTo(LocationPrecision.ZIP);
      // The centroid of ZIP 78702 in the gazetteer.
      assertThat(provider.location().lat()).isEqualTo(30.26338);
    }
  }

  @Test
  void anInvalidRecordFailsTheBuildAndLeavesThePublishedIndexAlone(@TempDir Path corpus)
      throws Exception {
    IndexBuilder builder = new IndexBuilder(CLOCK);
    Path first = builder.build(options(TestCorpora.MINI, indexDir), BuildProgress.NONE).published();

    copyMiniCorpusWithABrokenRecord(corpus);

    assertThatThrownBy(() -> builder.build(options(corpus, indexDir), BuildProgress.NONE))
        .isInstanceOfSatisfying(
            InvalidCorpusException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "broken.jsonl:1: type: unknown value \"spaceship\"; allowed: clinic,"
                            + " practitioner, telehealth"));
    assertThat(GenerationStore.current(indexDir)).contains(first);
    try (var children = Files.list(IndexLayout.generationsDir(indexDir))) {
      assertThat(children.map(p -> p.getFileName().toString()))
          .containsExactly(first.getFileName().toString());
    }
  }

  @Test
  void anInvalidCorpusIsCheckedWholeButNothingOfItIsWritten(@TempDir Path corpus) throws Exception {
    copyMiniCorpusWithABrokenRecord(corpus);
    List<String> providerFilesWritten = Collections.synchronizedList(new ArrayList<>());
    IndexBuilder builder =
        new IndexBuilder(
            CLOCK,
            path -> {
              Directory directory = FSDirectory.open(path);
              if (!path.endsWith(IndexLayout.PROVIDERS)) {
                return directory;
              }
              return new FilterDirectory(directory) {
                @Override
                public IndexOutput createOutput(String name, IOContext context) throws IOException {
                  providerFilesWritten.add(name);
                  return super.createOutput(name, context);
                }
              };
            });

    assertThatThrownBy(() -> builder.build(options(corpus, indexDir), BuildProgress.NONE))
        .isInstanceOfSatisfying(
            InvalidCorpusException.class,
            e ->
                assertThat(e.summary().providersRead())
                    .isEqualTo(TestCorpora.miniProviderCount() + 1L));
    assertThat(providerFilesWritten).isEmpty();
  }

  @Test
  void aDuplicatedIdRejectsEveryRecordOfItWithItsTextInTheReport(@TempDir Path corpus)
      throws Exception {
    copyMiniCorpus(corpus);
    String first =
        "{\"id\":\"twin\",\"name\":\"Twin Clinic\",\"type\":\"clinic\","
            + "\"modes\":[\"in_person\"],\"routes\":[\"iv\"],\"psychotherapy\":false,"
            + "\"address\":{\"city\":\"Austin\",\"state\":\"TX\",\"zip\":\"78701\"}}";
    String second = first.replace("Twin Clinic", "Twin Clinic North");
    Files.writeString(
        corpus.resolve("providers/a-twins.jsonl"), first + "\n" + second + "\n", UTF_8);
    Files.writeString(corpus.resolve("providers/b-twin.jsonl"), first + "\n", UTF_8);
    Path report = corpus.resolve("rejected.jsonl");
    IndexBuilder.Options options =
        new IndexBuilder.Options(corpus, TestCorpora.GAZETTEER, indexDir, true, report, 2);

    BuildSummary summary = new IndexBuilder(CLOCK).build(options, BuildProgress.NONE);

    long mini = Files.readAllLines(TestCorpora.MINI.resolve("providers/providers.jsonl")).size();
    assertThat(summary.providersIndexed()).isEqualTo(mini);
    assertThat(summary.providersRejected()).isEqualTo(3);
    String where = "records at a-twins.jsonl:1, a-twins.jsonl:2, b-twin.jsonl:1";
    assertThat(Files.readAllLines(report, UTF_8))
        .extracting(line -> JsonParser.parseString(line).getAsJsonObject())
        .extracting(
            line ->
                line.get("file").getAsString()
                    + ":"
                    + line.get("line").getAsLong()
                    + " "
                    + line.get("record").getAsString()
                    + " "
                    + line.get("problems").getAsJsonArray().get(0).getAsString())
        .containsExactly(
            "a-twins.jsonl:1 "
                + first
                + " a-twins.jsonl:1: id: duplicate id \"twin\" ("
                + where
                + ")",
            "a-twins.jsonl:2 "
                + second
                + " a-twins.jsonl:2: id: duplicate id \"twin\" ("
                + where
                + ")",
            "b-twin.jsonl:1 "
                + first
                + " b-twin.jsonl:1: id: duplicate id \"twin\" ("
                + where
                + ")");
  }

  @Test
  void aDuplicateOfARecordWrittenInAnEarlierRunIsDeletedAgain(@TempDir Path corpus)
      throws Exception {
    copyMiniCorpus(corpus);
    String twin =
        "{\"id\":\"twin\",\"name\":\"Twin Clinic\",\"type\":\"clinic\","
            + "\"modes\":[\"in_person\"],\"routes\":[\"iv\"],\"psychotherapy\":false,"
            + "\"address\":{\"city\":\"Austin\",\"state\":\"TX\",\"zip\":\"78701\"}}";
    Files.writeString(corpus.resolve("providers/a-twin.jsonl"), twin + "\n", UTF_8);
    Files.writeString(corpus.resolve("providers/z-twin.jsonl"), twin + "\n", UTF_8);
    // So little memory that every batch of records is a run: the first twin is in the index
    // before the second is read.
    double tinyRunMb = 0.001;
    assertThat(RunMemory.providersPerRun(tinyRunMb, 2)).isEqualTo(1);
    IndexBuilder.Options options =
        new IndexBuilder.Options(corpus, TestCorpora.GAZETTEER, indexDir, true, null, 2, tinyRunMb);

    BuildSummary summary = new IndexBuilder(CLOCK).build(options, BuildProgress.NONE);

    assertThat(summary.providersIndexed()).isEqualTo(TestCorpora.miniProviderCount());
    assertThat(summary.providersRejected()).isEqualTo(2);
    try (DirectoryReader reader =
        DirectoryReader.open(
            FSDirectory.open(summary.published().resolve(IndexLayout.PROVIDERS)))) {
      assertThat(reader.numDocs()).isEqualTo(TestCorpora.miniProviderCount());
      assertThat(
              new IndexSearcher(reader).count(new TermQuery(new Term(ProviderFields.ID, "twin"))))
          .isZero();
    }
  }

  @Test
  void aRejectedCsvRowIsReportedAsItsCells(@TempDir Path corpus, @TempDir Path reports)
      throws Exception {
    copyMiniCorpus(corpus);
    Files.writeString(
        corpus.resolve("providers/bad.csv"),
        "id,name,type\nbad-1,\"Quiet Harbor, Clinic\",hospital\n",
        UTF_8);
    Path report = reports.resolve("rejected.jsonl");

    new IndexBuilder(CLOCK)
        .build(
            new IndexBuilder.Options(corpus, TestCorpora.GAZETTEER, indexDir, true, report, 2),
            BuildProgress.NONE);

    List<String> lines = Files.readAllLines(report, UTF_8);
    assertThat(lines).hasSize(1);
    JsonObject rejected = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertThat(rejected.get("file").getAsString()).isEqualTo("bad.csv");
    assertThat(rejected.get("line").getAsLong()).isEqualTo(2);
    assertThat(rejected.get("record").getAsString())
        .isEqualTo("bad-1,Quiet Harbor, Clinic,hospital");
  }

  @Test
  void skipInvalidIndexesTheValidRecordsAndReportsTheRest(
      @TempDir Path corpus, @TempDir Path reports) throws Exception {
    copyMiniCorpus(corpus);
    Path fixtures = TestCorpora.BUNDLED.resolve("fixtures");
    Files.copy(
        fixtures.resolve("invalid-providers.jsonl"), corpus.resolve("providers/invalid.jsonl"));
    Path report = reports.resolve("rejected.jsonl");
    BuildSummary summary =
        new IndexBuilder(CLOCK)
            .build(
                new IndexBuilder.Options(corpus, TestCorpora.GAZETTEER, indexDir, true, report, 2),
                BuildProgress.NONE);

    for (FileCounts counts : summary.providerFiles()) {
      assertThat(counts.read()).as(counts.file()).isEqualTo(counts.indexed() + counts.rejected());
    }
    FileCounts invalid =
        summary.providerFiles().stream()
            .filter(c -> c.file().equals("invalid.jsonl"))
            .findFirst()
            .orElseThrow();
    FileCounts valid =
        summary.providerFiles().stream()
            .filter(c -> c.file().equals("providers.jsonl"))
            .findFirst()
            .orElseThrow();
    assertThat(valid.rejected()).isZero();
    assertThat(valid.indexed()).isEqualTo(TestCorpora.miniProviderCount());
    assertThat(invalid.rejected()).isPositive();
    assertThat(summary.rejectedReport()).isEqualTo(report);

    var lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat((long) lines.size()).isEqualTo(summary.providersRejected());
    for (String line : lines) {
      JsonObject rejected = JsonParser.parseString(line).getAsJsonObject();
      assertThat(rejected.get("file").getAsString()).isEqualTo("invalid.jsonl");
      assertThat(rejected.getAsJsonArray("problems")).isNotEmpty();
      assertThat(rejected.get("record").getAsString()).isNotNull();
    }
    try (DirectoryReader reader =
        DirectoryReader.open(
            FSDirectory.open(summary.published().resolve(IndexLayout.PROVIDERS)))) {
      assertThat((long) reader.numDocs()).isEqualTo(summary.providersIndexed());
    }
  }

  @Test
  void aCorpusLargerThanTheBufferIsMergedDownToOneSegmentPerWorker() throws Exception {
    // A quarter of a megabyte holds a few hundred of the bundled providers: several segments each.
    IndexBuilder.Options tinyBuffer =
        new IndexBuilder.Options(
            TestCorpora.BUNDLED, TestCorpora.GAZETTEER, indexDir, false, null, 2, 0.25);
    BuildSummary summary = new IndexBuilder(CLOCK).build(tinyBuffer, BuildProgress.NONE);
    try (DirectoryReader reader =
        DirectoryReader.open(
            FSDirectory.open(summary.published().resolve(IndexLayout.PROVIDERS)))) {
      assertThat(reader.leaves()).hasSizeBetween(1, 2);
      assertThat((long) reader.numDocs()).isEqualTo(summary.providersIndexed());
      // Several runs: written under Lucene's index sort, so that merging keeps the curve order.
      for (LeafReaderContext leaf : reader.leaves()) {
        assertThat(leaf.reader().getMetaData().getSort()).isEqualTo(SpatialOrder.indexSort());
      }
      assertEachSegmentInCurveOrder(reader);
    }
  }

  @Test
  void aCorpusInOneRunIsWrittenInCurveOrderWithoutAnIndexSort() throws Exception {
    BuildSummary summary =
        new IndexBuilder(CLOCK).build(options(TestCorpora.BUNDLED, indexDir), BuildProgress.NONE);
    try (DirectoryReader reader =
        DirectoryReader.open(
            FSDirectory.open(summary.published().resolve(IndexLayout.PROVIDERS)))) {
      assertThat(reader.leaves()).hasSize(2);
      for (LeafReaderContext leaf : reader.leaves()) {
        assertThat(leaf.reader().getMetaData().getSort()).isNull();
      }
      assertEachSegmentInCurveOrder(reader);
    }
  }

  private static void assertEachSegmentInCurveOrder(DirectoryReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues keys = leaf.reader().getNumericDocValues(ProviderFields.SPATIAL_ORDER);
      long previous = Long.MIN_VALUE;
      for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
        assertThat(keys.longValue())
            .as("curve key of doc %d", doc)
            .isGreaterThanOrEqualTo(previous);
        previous = keys.longValue();
      }
    }
  }

  @Test
  void aRamBufferThatIsNotPositiveIsRefused() {
    assertThatThrownBy(
            () ->
                new IndexBuilder.Options(
                    TestCorpora.MINI, TestCorpora.GAZETTEER, indexDir, false, null, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RAM buffer");
  }

  /** The mini corpus and {@code broken.jsonl}, whose one record has an unknown type. */
  private static void copyMiniCorpusWithABrokenRecord(Path target) throws IOException {
    copyMiniCorpus(target);
    Files.writeString(
        target.resolve("providers/broken.jsonl"),
        "{\"id\":\"x\",\"name\":\"X\",\"type\":\"spaceship\",\"modes\":[\"in_person\"],"
            + "\"routes\":[\"iv\"],\"psychotherapy\":false,"
            + "\"address\":{\"city\":\"Austin\",\"state\":\"TX\",\"zip\":\"78701\"}}\n",
        UTF_8);
  }

  static void copyMiniCorpus(Path target) throws IOException {
    for (String folder : new String[] {"providers", "articles"}) {
      Files.createDirectories(target.resolve(folder));
      try (var files = Files.list(TestCorpora.MINI.resolve(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(folder).resolve(file.getFileName()));
        }
      }
    }
    Files.copy(TestCorpora.MINI.resolve("corpus.properties"), target.resolve("corpus.properties"));
  }
}
