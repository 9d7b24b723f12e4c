package org.kapfinder.index.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kapfinder.index.corpus.ProviderFileReader;
import org.kapfinder.index.corpus.RawRecord;

/**
 * The provider ids seen across all files, and the records of the ids seen more than once; safe for
 * the checkers to use at once.
 *
 * <p>Only where an id was first seen is kept for every record, not the record itself: a million
 * parsed records would fill the heap, and only the rare duplicated id needs its first record again,
 * which {@link #all} then reads back from its file.
 */
final class DuplicateIds {

  /** An id seen more than once: its first record and all of them, in file and line order. */
  record Duplicate(String id, RawRecord first, List<RawRecord> records) {}

  private record Seen(String file, long line) {}

  private final ConcurrentHashMap<String, Seen> firstById = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<RawRecord>> laterById = new ConcurrentHashMap<>();

  /** True when the record is the first with its id; otherwise it is kept as a duplicate. */
  boolean isFirst(String id, RawRecord record) {
    if (firstById.putIfAbsent(id, new Seen(record.file(), record.line())) == null) {
      return true;
    }
    laterById.compute(
        id,
        (ignored, records) -> {
          List<RawRecord> list = records == null ? new ArrayList<>() : records;
          list.add(record);
          return list;
        });
    return false;
  }

  boolean isEmpty() {
    return laterById.isEmpty();
  }

  /** Every duplicated id with all its records, the first ones read again from {@code files}. */
  List<Duplicate> all(List<Path> files) throws IOException {
    if (laterById.isEmpty()) {
      return List.of();
    }
    Map<Seen, RawRecord> firsts = readBack(files);
    List<Duplicate> duplicates = new ArrayList<>();
    for (Map.Entry<String, List<RawRecord>> entry : laterById.entrySet()) {
      RawRecord first = firsts.get(firstById.get(entry.getKey()));
      List<RawRecord> records = new ArrayList<>(entry.getValue());
      records.add(first);
      records.sort(Comparator.comparing(RawRecord::file).thenComparingLong(RawRecord::line));
      duplicates.add(new Duplicate(entry.getKey(), first, records));
    }
    return duplicates;
  }

  /** The first records of the duplicated ids, read again from their files. */
  private Map<Seen, RawRecord> readBack(List<Path> files) throws IOException {
    Set<Seen> wanted = new HashSet<>();
    laterById.keySet().forEach(id -> wanted.add(firstById.get(id)));
    Map<Seen, RawRecord> found = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (wanted.stream().noneMatch(seen -> seen.file().equals(name))) {
        continue;
      }
      ProviderFileReader.forFile(file)
          .read(
              file,
              record -> {
                Seen seen = new Seen(record.file(), record.line());
                if (wanted.contains(seen)) {
                  found.put(seen, record);
                }
              },
              bytes -> {});
    }
    if (!found.keySet().containsAll(wanted)) {
      throw new IOException("a provider file changed while it was being indexed");
    }
    return found;
  }
}
