package org.kapfinder.bench.spatial;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonShape;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.geo.Polygon;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.spatial.prefix.RecursivePrefixTreeStrategy;
import org.apache.lucene.spatial.prefix.tree.GeohashPrefixTree;
import org.apache.lucene.spatial.query.SpatialArgs;
import org.apache.lucene.spatial.query.SpatialOperation;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kapfinder.index.SuppressForbidden;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.StateBoundaries;
import org.kapfinder.index.geo.ZipCode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.spatial4j.context.jts.JtsSpatialContext;
import org.locationtech.spatial4j.context.jts.JtsSpatialContextFactory;
import org.locationtech.spatial4j.shape.Shape;
import org.locationtech.spatial4j.shape.jts.JtsGeometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures what it would cost to index telehealth licensure as state polygons in a lucene
 * spatial-extras prefix tree (the indexer keeps licensed states as a keyword instead and finds the
 * searcher's state exactly from the same polygons): cells per state, postings for a whole corpus,
 * and how many ZIP centroids the cells would place in a state they are not in.
 */
@Command(
    name = "service-areas",
    mixinStandardHelpOptions = true,
    description = "Measures state polygons in a prefix tree against keyword licensure.")
public final class ServiceAreaMeasurement implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gazetteer",
      defaultValue = "corpus/gazetteer",
      description = "Gazetteer folder.")
  Path gazetteerDir;

  @Option(
      names = "--providers",
      split = ",",
      defaultValue = "corpus/providers/providers.jsonl",
      description = "Provider files (JSON Lines) whose telehealth licensure to total up.")
  List<Path> providerFiles;

  @Option(
      names = "--dist-err-pct",
      split = ",",
      defaultValue = "0.025,0.01",
      description = "Prefix-tree precisions to try (share of each shape's size).")
  List<Double> distErrPcts;

  @Option(names = "--levels", defaultValue = "6", description = "Geohash levels of the tree.")
  int levels;

  @Override
  @SuppressForbidden(reason = "a measurement tool reports to its console")
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer gazetteer = Gazetteer.load(gazetteerDir);
    StateBoundaries boundaries = gazetteer.boundaries();
    JtsSpatialContextFactory factory = new JtsSpatialContextFactory();
    factory.geo = true;
    JtsSpatialContext ctx = factory.newSpatialContext();
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (String state : boundaries.geometryJsonByState().keySet()) {
      JtsGeometry shape =
          ctx.getShapeFactory().makeShape(jts(boundaries.polygons(state)), true, true);
      shape.index();
      shapes.put(state, shape);
    }
    // Lucene core's alternative: each state tessellated into triangles, each triangle a BKD entry.
    Map<String, Integer> triangles = new LinkedHashMap<>();
    for (String state : boundaries.geometryJsonByState().keySet()) {
      int count = 0;
      for (Polygon polygon : boundaries.polygons(state)) {
        count += LatLonShape.createIndexableFields("area", polygon).length;
      }
      triangles.put(state, count);
    }
    List<Map<String, Integer>> licensure = new ArrayList<>();
    for (Path file : providerFiles) {
      licensure.add(licensedStateCounts(file));
    }
    out.println(
        "| precision (distErrPct) | cells, all 51 states | seconds to compute | ZIPs placed in a wrong state too | ZIPs missed |");
    out.println("|---:|---:|---:|---:|---:|");
    List<String> totals = new ArrayList<>();
    for (double pct : distErrPcts) {
      RecursivePrefixTreeStrategy strategy =
          new RecursivePrefixTreeStrategy(new GeohashPrefixTree(ctx, levels), "area");
      strategy.setDistErrPct(pct);
      long start = System.nanoTime();
      Map<String, Integer> cells = new LinkedHashMap<>();
      long allCells = 0;
      for (Map.Entry<String, Shape> state : shapes.entrySet()) {
        int count = cellCount(strategy, state.getValue());
        cells.put(state.getKey(), count);
        allCells += count;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int[] errors = borderErrors(strategy, shapes, gazetteer, boundaries);
      out.printf(
          Locale.ROOT,
          "| %.3f | %,d | %.1f | %,d | %,d |%n",
          pct,
          allCells,
          seconds,
          errors[0],
          errors[1]);
      for (int i = 0; i < providerFiles.size(); i++) {
        long postings = 0;
        long programmes = 0;
        long keywordPostings = 0;
        for (Map.Entry<String, Integer> state : licensure.get(i).entrySet()) {
          if (state.getKey().isEmpty()) {
            continue;
          }
          postings += (long) state.getValue() * cells.get(state.getKey());
          keywordPostings += state.getValue();
        }
        programmes = licensure.get(i).getOrDefault("", 0);
        totals.add(
            String.format(
                Locale.ROOT,
                "| %s | %.3f | %,d | %,d | %,d |",
                providerFiles.get(i).getFileName(),
                pct,
                programmes,
                postings,
                keywordPostings));
      }
    }
    out.println();
    out.println(
        "| corpus | precision | telehealth providers | prefix-tree postings for their states | keyword postings |");
    out.println("|---|---:|---:|---:|---:|");
    totals.forEach(out::println);
    out.println();
    out.println("| corpus | LatLonShape triangles for their states (Lucene core) |");
    out.println("|---|---:|");
    for (int i = 0; i < providerFiles.size(); i++) {
      long count = 0;
      for (Map.Entry<String, Integer> state : licensure.get(i).entrySet()) {
        if (!state.getKey().isEmpty()) {
          count += (long) state.getValue() * triangles.get(state.getKey());
        }
      }
      out.printf(Locale.ROOT, "| %s | %,d |%n", providerFiles.get(i).getFileName(), count);
    }
    out.flush();
    return 0;
  }

  /**
   * For each state, how many telehealth providers (treating at home) are licensed there; "" =
   * providers.
   */
  private static Map<String, Integer> licensedStateCounts(Path file) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> atHomeRoutes = Set.of("oral", "sublingual", "intranasal");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || !line.contains("\"telehealth\"")) {
          continue;
        }
        JsonObject record = JsonParser.parseString(line).getAsJsonObject();
        boolean telehealth = contains(record, "modes", Set.of("telehealth"));
        if (!telehealth
            || !contains(record, "routes", atHomeRoutes)
            || !record.has("servesStates")) {
          continue;
        }
        counts.merge("", 1, Integer::sum);
        for (JsonElement state : record.getAsJsonArray("servesStates")) {
          counts.merge(state.getAsString(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static boolean contains(JsonObject record, String field, Set<String> values) {
    if (!record.has(field)) {
      return false;
    }
    for (JsonElement value : record.getAsJsonArray(field)) {
      if (values.contains(value.getAsString())) {
        return true;
      }
    }
    return false;
  }

  private static int cellCount(RecursivePrefixTreeStrategy strategy, Shape shape)
      throws IOException {
    int count = 0;
    for (Field field : strategy.createIndexableFields(shape)) {
      try (TokenStream tokens = field.tokenStream(null, null)) {
        tokens.reset();
        while (tokens.incrementToken()) {
          count++;
        }
        tokens.end();
      }
    }
    return count;
  }

  /**
   * Indexes the 51 states as shapes and asks, for every ZIP centroid that lies in a state, which
   * states' cells hold it: {wrong states matched too, own state missed}.
   */
  private static int[] borderErrors(
      RecursivePrefixTreeStrategy strategy,
      Map<String, Shape> shapes,
      Gazetteer gazetteer,
      StateBoundaries boundaries)
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (Map.Entry<String, Shape> state : shapes.entrySet()) {
          Document doc = new Document();
          doc.add(new StoredField("state", state.getKey()));
          for (Field field : strategy.createIndexableFields(state.getValue())) {
            doc.add(field);
          }
          writer.addDocument(doc);
        }
      }
      int wrong = 0;
      int missed = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (ZipCode zip : gazetteer.zips().values()) {
          String exact = boundaries.stateAt(zip.lat(), zip.lon()).orElse(null);
          if (exact == null) {
            continue;
          }
          Set<String> matched = new HashSet<>();
          Shape point =
              strategy.getSpatialContext().getShapeFactory().pointXY(zip.lon(), zip.lat());
          for (ScoreDoc hit :
              searcher.search(
                      strategy.makeQuery(new SpatialArgs(SpatialOperation.Intersects, point)), 60)
                  .scoreDocs) {
            matched.add(searcher.storedFields().document(hit.doc).get("state"));
          }
          if (!matched.contains(exact)) {
            missed++;
          }
          matched.remove(exact);
          if (!matched.isEmpty()) {
            wrong++;
          }
        }
      }
      return new int[] {wrong, missed};
    }
  }

  /** The state's Lucene polygons as one JTS (multi)polygon. */
  private static Geometry jts(Polygon[] polygons) {
    GeometryFactory factory = new GeometryFactory();
    org.locationtech.jts.geom.Polygon[] parts =
        new org.locationtech.jts.geom.Polygon[polygons.length];
    for (int i = 0; i < polygons.length; i++) {
      Polygon[] holes = polygons[i].getHoles();
      LinearRing[] rings = new LinearRing[holes.length];
      for (int h = 0; h < holes.length; h++) {
        rings[h] = ring(factory, holes[h]);
      }
      parts[i] = factory.createPolygon(ring(factory, polygons[i]), rings);
    }
    return parts.length == 1 ? parts[0] : factory.createMultiPolygon(parts);
  }

  private static LinearRing ring(GeometryFactory factory, Polygon polygon) {
    double[] lats = polygon.getPolyLats();
    double[] lons = polygon.getPolyLons();
    Coordinate[] coordinates = new Coordinate[lats.length];
    for (int i = 0; i < lats.length; i++) {
      coordinates[i] = new Coordinate(lons[i], lats[i]);
    }
    return factory.createLinearRing(coordinates);
  }
}
