package org.kapfinder.index.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a function made of values that repeat from one provider to the next (wire names,
 * states, cities), for up to {@code maxEntries} of them; a value met once it is full is computed
 * each time. Shared by the threads that build documents.
 */
final class BoundedMemo<K, V> {

  private final Map<K, V> remembered = new ConcurrentHashMap<>();
  private final Function<K, V> function;
  private final int maxEntries;

  BoundedMemo(Function<K, V> function, int maxEntries) {
    this.function = function;
    this.maxEntries = maxEntries;
  }

  V get(K key) {
    V value = remembered.get(key);
    if (value == null) {
      value = function.apply(key);
      // Two threads may both compute a value and one may overshoot the bound by a few: harmless.
      if (remembered.size() < maxEntries) {
        remembered.putIfAbsent(key, value);
      }
    }
    return value;
  }
}
