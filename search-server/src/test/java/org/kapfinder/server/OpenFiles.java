package org.kapfinder.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files this process holds, from {@code /proc/self/fd} and {@code /proc/self/maps} (Linux):
 * Lucene memory-maps index files and closes their descriptors, so a held index shows in the maps.
 */
public final class OpenFiles {

  static final Path FDS = Path.of("/proc/self/fd");
  static final Path MAPS = Path.of("/proc/self/maps");

  private OpenFiles() {}

  public static boolean supported() {
    return Files.isDirectory(FDS);
  }

  /** Every open file descriptor, whatever it is (files, sockets, pipes). */
  public static int count() throws IOException {
    try (Stream<Path> fds = Files.list(FDS)) {
      return (int) fds.count();
    }
  }

  /** Open file descriptors other than sockets: files, pipes, and the like. */
  public static int countExceptSockets() throws IOException {
    int count = 0;
    try (Stream<Path> fds = Files.list(FDS)) {
      for (Path fd : fds.toList()) {
        try {
          if (!Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
            count++;
          }
        } catch (IOException e) {
          // Closed between the listing and the read.
        }
      }
    }
    return count;
  }

  /**
   * The distinct paths of files under {@code dir} that are open or mapped (a deleted one still
   * counts, with its old path and a " (deleted)" suffix, as Linux shows it).
   */
  public static Set<String> under(Path dir) throws IOException {
    String prefix = dir.toRealPath().toString() + "/";
    Set<String> open = new TreeSet<>();
    for (String line : Files.readAllLines(MAPS, StandardCharsets.UTF_8)) {
      int path = line.indexOf(prefix);
      if (path >= 0) {
        open.add(line.substring(path));
      }
    }
    try (Stream<Path> fds = Files.list(FDS)) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(prefix)) {
            open.add(target);
          }
        } catch (IOException e) {
          // Closed between the listing and the read: not open any more.
        }
      }
    }
    return open;
  }

  /**
   * The files under {@code dir} that are open or mapped, once all of them start with {@code
   * prefix}, or as they are after {@code maxWait}.
   */
  public static Set<String> underOnceOnly(Path dir, String prefix, Duration maxWait)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(maxWait);
    Set<String> held = under(dir);
    while (!held.stream().allMatch(path -> path.startsWith(prefix))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      held = under(dir);
    }
    return held;
  }
}
