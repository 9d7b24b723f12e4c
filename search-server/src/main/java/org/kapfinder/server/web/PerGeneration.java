package org.kapfinder.server.web;

import java.util.function.Function;
import org.kapfinder.server.search.IndexSnapshot;

/**
 * A value derived from one index generation (the map, the list of city guides), computed on first
 * use and again when another generation is served. Thread-safe: two requests racing on a new
 * generation may both compute the value, and either result is kept.
 */
final class PerGeneration<T> {

  private record Entry<T>(String generation, T value) {}

  private final Function<IndexSnapshot, T> compute;
  private volatile Entry<T> entry;

  PerGeneration(Function<IndexSnapshot, T> compute) {
    this.compute = compute;
  }

  T get(IndexSnapshot snapshot) {
    Entry<T> current = entry;
    if (current == null || !current.generation().equals(snapshot.generation())) {
      current = new Entry<>(snapshot.generation(), compute.apply(snapshot));
      entry = current;
    }
    return current.value();
  }
}
