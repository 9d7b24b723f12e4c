package org.kapfinder.bench.perf;

import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload file: one {@link Searcher} per line as JSON, written once and replayed by every
 * system, so that all of them answer exactly the same questions.
 */
public final class Workload {

  private static final Gson GSON = new Gson();

  private Workload() {}

  public static void write(List<Searcher> searchers, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Searcher searcher : searchers) {
        out.write(GSON.toJson(searcher));
        out.write('\n');
      }
    }
  }

  public static List<Searcher> read(Path file) throws IOException {
    List<Searcher> searchers = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Searcher searcher = GSON.fromJson(line, Searcher.class);
        if (searcher == null || searcher.blendQuery() == null || searcher.prefix() == null) {
          throw new IOException(file + ":" + number + ": not a searcher: " + line);
        }
        searchers.add(searcher);
      }
    }
    if (searchers.isEmpty()) {
      throw new IOException(file + ": no searchers");
    }
    return searchers;
  }
}
