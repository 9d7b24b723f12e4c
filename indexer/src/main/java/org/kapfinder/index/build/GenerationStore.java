package org.kapfinder.index.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.kapfinder.index.schema.IndexLayout;

/**
 * The generations of one index directory and the {@code CURRENT} pointer that publishes one of them
 * (see {@link IndexLayout}). Builders hold {@link #lock()} while they work; readers only call
 * {@link #current}, which never blocks.
 *
 * <p>Crash safety comes from ordering: a generation is written under a {@code .partial} name,
 * fsynced and verified, renamed to its final name, and only then named in {@code CURRENT} by an
 * atomic rename of a fully written, fsynced temporary file. A build killed at any moment leaves
 * {@code CURRENT} naming the previous generation; the next build removes the leftovers.
 */
public final class GenerationStore {

  private static final Pattern GENERATION = Pattern.compile("g(\\d{6})");
  private static final String PARTIAL_SUFFIX = ".partial";
  private static final String LOCK_FILE = "build.lock";

  private final Path indexDir;

  public GenerationStore(Path indexDir) {
    this.indexDir = indexDir;
  }

  public Path indexDir() {
    return indexDir;
  }

  /** The published generation's folder, if any generation has been published. */
  public static Optional<Path> current(Path indexDir) throws IOException {
    Path pointer = IndexLayout.currentFile(indexDir);
    String name;
    try {
      name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!GENERATION.matcher(name).matches()) {
      throw new IOException(pointer + " names \"" + name + "\", which is not a generation");
    }
    return Optional.of(IndexLayout.generationsDir(indexDir).resolve(name));
  }

  /** A held build lock; closing it releases the lock. */
  public interface BuildLock extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /**
   * Takes the directory's build lock, so that two builds never interleave, and removes what earlier
   * killed builds left behind.
   *
   * @throws IOException when another build holds the lock
   */
  public BuildLock lock() throws IOException {
    Files.createDirectories(IndexLayout.generationsDir(indexDir));
    FileChannel channel =
        FileChannel.open(
            indexDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(
          "another build is running on " + indexDir + " (it holds " + LOCK_FILE + ")");
    }
    FileLock held = lock;
    removePartialGenerations();
    return () -> {
      try {
        held.release();
      } finally {
        channel.close();
      }
    };
  }

  /** Creates the folder for the next generation, under its {@code .partial} name. */
  public Path createPartial() throws IOException {
    int next = generationNumbers().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    Path partial = IndexLayout.generationsDir(indexDir).resolve(name(next) + PARTIAL_SUFFIX);
    Files.createDirectories(partial);
    return partial;
  }

  /**
   * Makes a verified partial generation the one served: renames it to its final name, then
   * atomically points {@code CURRENT} at it. Keeps the generation it replaces (a server may still
   * be reading it) and deletes older ones.
   *
   * @return the published generation's folder
   */
  public Path publish(Path partial) throws IOException {
    String fileName = partial.getFileName().toString();
    if (!fileName.endsWith(PARTIAL_SUFFIX)) {
      throw new IllegalArgumentException(partial + " is not a partial generation");
    }
    Path generations = IndexLayout.generationsDir(indexDir);
    String name = fileName.substring(0, fileName.length() - PARTIAL_SUFFIX.length());
    Path finalDir = generations.resolve(name);
    Files.move(partial, finalDir, StandardCopyOption.ATOMIC_MOVE);
    IOUtils.fsync(generations, true);

    Optional<Path> previous = current(indexDir);
    Path pointer = IndexLayout.currentFile(indexDir);
    Path temporary = indexDir.resolve(IndexLayout.CURRENT + ".tmp");
    Files.writeString(temporary, name + "\n", StandardCharsets.UTF_8);
    IOUtils.fsync(temporary, false);
    try {
      Files.move(temporary, pointer, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("this file system cannot replace " + pointer + " atomically", e);
    }
    IOUtils.fsync(indexDir, true);

    List<String> keep = new ArrayList<>(List.of(name));
    previous.ifPresent(path -> keep.add(path.getFileName().toString()));
    for (int number : generationNumbers()) {
      if (!keep.contains(name(number))) {
        deleteRecursively(generations.resolve(name(number)));
      }
    }
    return finalDir;
  }

  /** Deletes a partial generation after a failed build. */
  public void discard(Path partial) throws IOException {
    deleteRecursively(partial);
  }

  private void removePartialGenerations() throws IOException {
    try (Stream<Path> children = Files.list(IndexLayout.generationsDir(indexDir))) {
      for (Path child : children.toList()) {
        if (child.getFileName().toString().endsWith(PARTIAL_SUFFIX)) {
          deleteRecursively(child);
        }
      }
    }
  }

  private List<Integer> generationNumbers() throws IOException {
    List<Integer> numbers = new ArrayList<>();
    try (Stream<Path> children = Files.list(IndexLayout.generationsDir(indexDir))) {
      for (Path child : children.toList()) {
        String fileName = child.getFileName().toString();
        Matcher matcher = GENERATION.matcher(fileName.replace(PARTIAL_SUFFIX, ""));
        if (matcher.matches()) {
          numbers.add(Integer.parseInt(matcher.group(1)));
        }
      }
    }
    numbers.sort(null);
    return numbers;
  }

  private static String name(int number) {
    return String.format(java.util.Locale.ROOT, "g%06d", number);
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
