package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed inputs of the evaluation, under {@code relevance/} on the class path. */
final class RelevanceResources {

  static final String QUERIES = "queries.json";
  static final String CRISIS = "crisis.json";
  static final String FLOORS = "floors.json";

  private RelevanceResources() {}

  /** The file at {@code override} when given, else the bundled resource {@code name}. */
  static String read(String name, Path override) {
    try {
      if (override != null) {
        return Files.readString(override, StandardCharsets.UTF_8);
      }
      try (InputStream in = RelevanceResources.class.getResourceAsStream("/relevance/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource relevance/" + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
